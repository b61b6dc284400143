'use strict';
// err.stack of a new Error is "Name: message" followed by "    at " frames,
// the first naming the function and this file.
const assert = require('assert');

function makeError() {
  return new Error('x');
}
const stack = makeError().stack;
assert.strictEqual(typeof stack, 'string');
assert(stack.startsWith('Error: x\n    at '), JSON.stringify(stack));
const lines = stack.split('\n');
assert(lines.length > 1);
for (const line of lines.slice(1)) {
  assert(line.startsWith('    at '), JSON.stringify(line));
}
assert(lines[1].includes('makeError'), lines[1]);
assert(lines[1].includes(__filename), lines[1]);

assert(new TypeError('t').stack.startsWith('TypeError: t\n    at '));
assert(new RangeError().stack.startsWith('RangeError\n    at '));
class MyError extends Error {}
assert(new MyError('m').stack.startsWith('Error: m\n    at '));
