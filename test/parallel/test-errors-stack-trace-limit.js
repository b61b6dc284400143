'use strict';
// Error.stackTraceLimit caps the number of frames; 0 leaves only the header.
const assert = require('assert');

assert.strictEqual(typeof Error.stackTraceLimit, 'number');
const saved = Error.stackTraceLimit;

function recurse(n) {
  return n === 0 ? new Error('deep') : recurse(n - 1);
}

Error.stackTraceLimit = 0;
assert.strictEqual(new Error('z').stack, 'Error: z');
const obj = {};
Error.captureStackTrace(obj);
assert.strictEqual(obj.stack, 'Error');

Error.stackTraceLimit = 3;
assert.strictEqual(recurse(20).stack.split('\n').length, 1 + 3);

Error.stackTraceLimit = saved;
assert(recurse(20).stack.split('\n').length > 1 + 3);
