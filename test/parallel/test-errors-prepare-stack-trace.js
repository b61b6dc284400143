'use strict';
// Error.prepareStackTrace(err, callSites), when set, builds `stack` for new
// errors: it gets the error and an array of call sites, and its return
// value (of any type) becomes `stack`.
const assert = require('assert');

let calls = 0;
Error.prepareStackTrace = (err, callSites) => {
  calls++;
  assert(err instanceof Error);
  assert.strictEqual(err.message, 'custom');
  assert(Array.isArray(callSites));
  assert(callSites.length > 0);
  return { custom: true, frames: callSites.length };
};
const err = new Error('custom');
const stack = err.stack;
assert.strictEqual(typeof stack, 'object');
assert.strictEqual(stack.custom, true);
assert.strictEqual(calls, 1);

Error.prepareStackTrace = () => 'replaced';
assert.strictEqual(new TypeError('custom').stack, 'replaced');

Error.prepareStackTrace = undefined;
assert(new Error('back').stack.startsWith('Error: back\n    at '));
