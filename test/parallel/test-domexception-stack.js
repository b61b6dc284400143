'use strict';
// A DOMException has an own, non-enumerable `stack` like any Error: a
// "Name: message" header, then frames starting in the code that made it.
const assert = require('assert');

function make() {
  return new DOMException('went wrong', 'InvalidStateError');
}
const d = make();
const desc = Object.getOwnPropertyDescriptor(d, 'stack');
assert(desc, 'stack is an own property');
assert.strictEqual(desc.enumerable, false);
const lines = d.stack.split('\n');
assert.strictEqual(lines[0], 'InvalidStateError: went wrong');
assert(lines.length > 1);
for (const line of lines.slice(1)) assert(line.startsWith('    at '), line);
assert(d.stack.includes('make'), d.stack);
assert(d.stack.includes(__filename), d.stack);

assert.strictEqual(new DOMException().stack.split('\n')[0], 'Error');
