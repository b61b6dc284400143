'use strict';
// buffer.isUtf8 and buffer.isAscii on Buffers, other typed arrays and
// ArrayBuffers; anything else is ERR_INVALID_ARG_TYPE. Recorded from
// Node 24.
require('../common');
const assert = require('assert');
const { isUtf8, isAscii } = require('buffer');

const cases = [
  ["", true, true],
  ["61", true, true],
  ["7f", true, true],
  ["80", false, false],
  ["c3a9", true, false],
  ["c3", false, false],
  ["e282ac", true, false],
  ["e282", false, false],
  ["f09f9880", true, false],
  ["f09f98", false, false],
  ["c080", false, false],
  ["eda080", false, false],
  ["efbfbf", true, false],
  ["f48fbfbf", true, false],
  ["f4908080", false, false],
  ["f5", false, false],
  ["ff", false, false],
  ["6162e9", false, false],
];

for (const [bytes, utf8, ascii] of cases) {
  const buf = Buffer.from(bytes, 'hex');
  assert.strictEqual(isUtf8(buf), utf8, `isUtf8 <${bytes}>`);
  assert.strictEqual(isAscii(buf), ascii, `isAscii <${bytes}>`);
  const ab = new Uint8Array(buf).buffer;
  assert.strictEqual(isUtf8(ab), utf8);
  assert.strictEqual(isAscii(ab), ascii);
  // Long inputs: valid text around the sample.
  const long = Buffer.concat([Buffer.alloc(5000, 'a'), buf, Buffer.alloc(5000, '\u00e9')]);
  assert.strictEqual(isUtf8(long), utf8, `long isUtf8 <${bytes}>`);
}

assert.strictEqual(isUtf8(new Uint16Array([0x6261])), true);
assert.strictEqual(isAscii(new Uint16Array([0x80])), false);
assert.strictEqual(isUtf8(Buffer.from('\u00e9').subarray(1)), false);
for (const bad of ['a', 1, null, undefined, {}, [], new DataView(new ArrayBuffer(1))]) {
  for (const fn of [isUtf8, isAscii]) {
    assert.throws(() => fn(bad), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray\./,
    });
  }
}
