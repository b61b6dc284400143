'use strict';
// buf.fill() checks its range against the bytes, not against a `length`
// property a program defined on the buffer: a shadowed length larger than
// the memory is ERR_BUFFER_OUT_OF_BOUNDS for every kind of fill value,
// and nothing is written (issue 4; Node's test-buffer-fill "bypassing
// 'length'").
require('../common');
const assert = require('assert');

const outOfBounds = {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
};

for (const value of ['', 'x', 'xyz', 0, 7, Buffer.from('ab'), new Uint8Array([1, 2, 3])]) {
  const buf = Buffer.from('w00t');
  Object.defineProperty(buf, 'length', { value: 1337, enumerable: true });
  assert.throws(() => buf.fill(value), outOfBounds, `fill(${String(value)})`);
  assert.strictEqual(buf.toString('latin1', 0, 4), 'w00t');
}

// An explicit end past the shadowed length is an ordinary range error;
// one inside the memory still works.
{
  const buf = Buffer.alloc(4);
  Object.defineProperty(buf, 'length', { value: 2 });
  assert.throws(() => buf.fill(1, 0, 3), { code: 'ERR_OUT_OF_RANGE' });
  buf.fill(9, 0, 2);
  assert.deepStrictEqual([...new Uint8Array(buf.buffer, buf.byteOffset, 4)], [9, 9, 0, 0]);
}

// A shadowed length smaller than the memory only shortens the fill.
{
  const buf = Buffer.alloc(6);
  Object.defineProperty(buf, 'length', { value: 3 });
  buf.fill('ab');
  assert.deepStrictEqual([...new Uint8Array(buf.buffer, buf.byteOffset, 6)], [97, 98, 97, 0, 0, 0]);
}
