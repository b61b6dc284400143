'use strict';
// Error.prepareStackTrace is also used by Error.captureStackTrace, with the
// target object as its first argument and fn's frames left out.
const assert = require('assert');

const target = { marker: 1 };
function above() {
  return below();
}
function below() {
  Error.captureStackTrace(target, below);
}
let sawTarget = false;
let names;
Error.prepareStackTrace = (obj, callSites) => {
  sawTarget = obj === target;
  names = callSites.map((cs) => cs.getFunctionName());
  return 'from prepareStackTrace';
};
above();
assert.strictEqual(target.stack, 'from prepareStackTrace');
Error.prepareStackTrace = undefined;
assert.strictEqual(sawTarget, true);
assert.strictEqual(names[0], 'above');
assert(!names.includes('below'));
