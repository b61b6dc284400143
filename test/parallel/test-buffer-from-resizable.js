'use strict';
// Buffer.from(arrayBuffer, byteOffset) without a length makes a view that
// follows a resizable ArrayBuffer's size, as a Uint8Array made the same
// way does; with a length the view keeps it, and goes out of bounds when
// the buffer shrinks below it (issue 4; Node's test-buffer-resizable).
require('../common');
const assert = require('assert');

{
  const ab = new ArrayBuffer(10, { maxByteLength: 20 });
  const buf = Buffer.from(ab, 1);
  assert.strictEqual(buf.byteLength, 9);
  assert.strictEqual(buf.length, 9);
  ab.resize(15);
  assert.strictEqual(buf.byteLength, 14);
  buf.write('hello', 9);
  assert.strictEqual(buf.toString('latin1', 9), 'hello');
  assert.strictEqual(buf.indexOf('llo'), 11);
  assert.strictEqual(new Uint8Array(ab)[10], 0x68);
  ab.resize(5);
  assert.strictEqual(buf.byteLength, 4);
  assert.strictEqual(buf.toString('hex'), '00000000');
  ab.resize(0);
  assert.strictEqual(buf.length, 0);
}

{
  // The deprecated constructor goes the same way.
  const ab = new ArrayBuffer(10, { maxByteLength: 20 });
  const buf = new Buffer(ab, 1); // eslint-disable-line no-buffer-constructor
  ab.resize(15);
  assert.strictEqual(buf.byteLength, 14);
}

{
  // A length given is kept while it fits, and the offset still checked.
  const ab = new ArrayBuffer(10, { maxByteLength: 20 });
  const buf = Buffer.from(ab, 2, 4);
  ab.resize(20);
  assert.strictEqual(buf.length, 4);
  ab.resize(6);
  assert.strictEqual(buf.length, 4);
  ab.resize(5);
  assert.strictEqual(buf.length, 0);
  assert.throws(() => Buffer.from(ab, 6), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
}

{
  // A fixed-size ArrayBuffer: the rest of it, as before.
  const buf = Buffer.from(new ArrayBuffer(8), 3);
  assert.strictEqual(buf.length, 5);
}
