'use strict';
// Buffer.from(arrayBuffer, byteOffset, length) makes a view of the same
// memory; offsets are numbers (NaN is 0), a length of 0 or less is empty,
// anything past the end is ERR_BUFFER_OUT_OF_BOUNDS; results from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  [[], "ok", ["0102030405060708", 0]],
  [[2], "ok", ["030405060708", 2]],
  [[2, 3], "ok", ["030405", 2]],
  [["2", "3"], "ok", ["030405", 2]],
  [[NaN, NaN], "ok", ["", 0]],
  [[9], "throws", "RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds"],
  [[8], "ok", ["", 8]],
  [[2, 7], "throws", "RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "\"length\" is outside of buffer bounds"],
  [[-1], "throws", "RangeError", undefined, "Start offset -1 is outside the bounds of the buffer"],
  [[1, -5], "ok", ["", 1]],
  [[undefined, 2], "ok", ["0102", 0]],
  [[1.5, 2.5], "ok", ["0203", 1]],
  [[8, 0], "ok", ["", 8]],
  [[0, 0], "ok", ["", 0]],
  [[null, null], "ok", ["", 0]],
  [[3, undefined], "ok", ["0405060708", 3]],
  [["x", "y"], "ok", ["", 0]],
  [["OBJ1", 2], "ok", ["0203", 1]],
];

function arrayBuffer() {
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
  return ab;
}

for (const [args, kind, ...rest] of cases) {
  const real = args.map((a) => (a === 'OBJ1' ? { valueOf() { return 1; } } : a));
  const label = `from(ab, ${args.map(String)})`;
  if (kind === 'ok') {
    const b = Buffer.from(arrayBuffer(), ...real);
    assert.deepStrictEqual([b.toString('hex'), b.byteOffset], rest[0], label);
  } else if (rest[1] !== undefined) {
    assert.throws(() => Buffer.from(arrayBuffer(), ...real), { name: rest[0], code: rest[1], message: rest[2] }, label);
  } else {
    // Errors the engine raises itself: same class, its own wording.
    assert.throws(() => Buffer.from(arrayBuffer(), ...real), { name: rest[0] }, label);
  }
}

// The view shares memory both ways.
const ab = arrayBuffer();
const view = Buffer.from(ab, 2, 3);
view[0] = 0xff;
assert.strictEqual(new Uint8Array(ab)[2], 0xff);
new Uint8Array(ab)[3] = 0xee;
assert.strictEqual(view[1], 0xee);
assert.strictEqual(view.buffer, ab);

// A typed array's buffer works the same way.
const u16 = new Uint16Array([0x0102, 0x0304]);
assert.strictEqual(Buffer.from(u16.buffer).toString('hex'), '02010403');
assert.strictEqual(Buffer.from({ buffer: ab, length: 2, 0: 9, 1: 10 }).toString('hex'), '090a');
