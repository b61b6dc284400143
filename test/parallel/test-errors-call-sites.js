'use strict';
// The call sites given to Error.prepareStackTrace report the file, line and
// function of each frame, and have the CallSite methods.
const assert = require('assert');

Error.prepareStackTrace = (err, callSites) => callSites;
// The line numbers of the two frames below are asserted.
function namedThrower() {
  return new Error('here');  // Line 9.
}
function caller() {
  return namedThrower();  // Line 12.
}
const sites = caller().stack;
Error.prepareStackTrace = undefined;

assert(Array.isArray(sites));
const [first, second] = sites;
for (const name of ['getFileName', 'getLineNumber', 'getColumnNumber', 'getFunctionName',
                    'getTypeName', 'getMethodName', 'isNative', 'isToplevel', 'isConstructor',
                    'isAsync', 'isEval', 'toString', 'getThis', 'getFunction']) {
  assert.strictEqual(typeof first[name], 'function', name);
}
assert.strictEqual(first.getFileName(), __filename);
assert.strictEqual(first.getLineNumber(), 9);
assert.strictEqual(typeof first.getColumnNumber(), 'number');
assert(first.getColumnNumber() > 0);
assert.strictEqual(first.getFunctionName(), 'namedThrower');
assert.strictEqual(first.isNative(), false);
assert.strictEqual(first.isConstructor(), false);
assert.strictEqual(first.isAsync(), false);
assert.strictEqual(first.isEval(), false);
assert.strictEqual(typeof first.isToplevel(), 'boolean');
assert.match(first.toString(), /^namedThrower \(.*:9:\d+\)$/);
assert(first.toString().includes(__filename));

assert.strictEqual(second.getFileName(), __filename);
assert.strictEqual(second.getLineNumber(), 12);
assert.strictEqual(second.getFunctionName(), 'caller');
