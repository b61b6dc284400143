'use strict';
// Error.captureStackTrace(obj) gives a plain object a string `stack` whose
// first line is "Error" and whose other lines are "    at " frames.
const assert = require('assert');

const obj = {};
assert.strictEqual(Error.captureStackTrace(obj), undefined);
assert.strictEqual(typeof obj.stack, 'string');
const lines = obj.stack.split('\n');
assert.strictEqual(lines[0], 'Error');
assert(lines.length > 1);
for (const line of lines.slice(1)) {
  assert(line.startsWith('    at '), JSON.stringify(line));
}
assert(lines[1].includes(__filename), lines[1]);
// `stack` is not enumerable.
assert(!Object.keys(obj).includes('stack'));

assert.throws(() => Error.captureStackTrace(1), TypeError);
