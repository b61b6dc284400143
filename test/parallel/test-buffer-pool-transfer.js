'use strict';
// The pool that small Buffers share cannot be detached: transferring a
// pooled Buffer's ArrayBuffer must not empty that Buffer, its neighbours,
// or the Buffers made after it (issue 4). Node refuses the transfer with a
// TypeError (its pool is non-detachable); kiln's engine has no such flag,
// and copies the bytes instead, leaving the pool in place. Either way the
// pool stays whole.
require('../common');
const assert = require('assert');

const a = Buffer.from('hello world');
const b = Buffer.allocUnsafe(5).fill(0x2a);
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(a.buffer.byteLength, Buffer.poolSize);

let copy;
try {
  copy = a.buffer.transfer();
} catch (err) {
  assert.strictEqual(err.name, 'TypeError');
}
if (copy !== undefined) {
  // A copy of the whole pool, the Buffers' bytes at their offsets.
  assert.strictEqual(copy.byteLength, Buffer.poolSize);
  assert.strictEqual(Buffer.from(copy, a.byteOffset, a.length).toString(), 'hello world');
}

assert.strictEqual(a.buffer.detached, false);
assert.strictEqual(a.length, 11);
assert.strictEqual(a.toString(), 'hello world');
assert.deepStrictEqual([...b], [42, 42, 42, 42, 42]);

// Later small Buffers still come from the same pool.
const c = Buffer.from('after');
assert.strictEqual(c.toString(), 'after');
assert.strictEqual(c.buffer, a.buffer);

// transfer() with a new length, and structuredClone's transfer list,
// leave it in place too.
try {
  a.buffer.transfer(16);
} catch (err) {
  assert.strictEqual(err.name, 'TypeError');
}
assert.throws(() => structuredClone(a.buffer, { transfer: [a.buffer] }), { name: 'DataCloneError' });
assert.strictEqual(a.toString(), 'hello world');
assert.strictEqual(Buffer.allocUnsafe(3).buffer, a.buffer);
