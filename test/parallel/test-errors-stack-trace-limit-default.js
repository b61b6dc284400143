'use strict';
// Error.stackTraceLimit is a plain writable data property, 10 by default.
const assert = require('assert');

const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
assert(desc, 'Error.stackTraceLimit is not an own property');
assert.strictEqual(desc.value, 10);
assert.strictEqual(desc.writable, true);

function recurse(n) {
  return n === 0 ? new Error('deep') : recurse(n - 1);
}
assert.strictEqual(recurse(30).stack.split('\n').length, 1 + 10);
