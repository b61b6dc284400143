'use strict';
// Call sites for a constructor and for a method name the function that ran.
// (V8 also reports the receiver's type, the method name and whether the
// frame is a constructor call; JavaScriptCore's stack frames do not carry
// those, so kiln answers null/false for them: see docs/compat.md.)
const assert = require('assert');

Error.prepareStackTrace = (err, callSites) => callSites;
class Gadget {
  constructor() {
    this.sites = new Error('in constructor').stack;
  }
  run() {
    return new Error('in method').stack;
  }
}
const gadget = new Gadget();
const ctorSites = gadget.sites;
const methodSites = gadget.run();
Error.prepareStackTrace = undefined;

assert.strictEqual(ctorSites[0].getFunctionName(), 'Gadget');
assert.match(ctorSites[0].toString(), /Gadget \(/);
assert.strictEqual(ctorSites[0].getFileName(), __filename);
assert.strictEqual(ctorSites[0].getLineNumber(), 11);

assert.strictEqual(methodSites[0].isConstructor(), false);
assert.strictEqual(methodSites[0].getFunctionName(), 'run');
assert.match(methodSites[0].toString(), /run \(/);
assert.strictEqual(methodSites[0].getLineNumber(), 14);
