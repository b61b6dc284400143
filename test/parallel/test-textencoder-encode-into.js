'use strict';
// TextEncoder#encodeInto(src, dest): as many whole characters as fit in
// dest; returns { read (UTF-16 units), written (bytes) }. dest must be a
// Uint8Array (a Buffer is one), src a string. Recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  ["", 0, 0, 0, ""],
  ["", 1, 0, 0, "00"],
  ["", 2, 0, 0, "0000"],
  ["", 3, 0, 0, "000000"],
  ["", 4, 0, 0, "00000000"],
  ["", 5, 0, 0, "0000000000"],
  ["", 8, 0, 0, "0000000000000000"],
  ["a", 0, 0, 0, ""],
  ["a", 1, 1, 1, "61"],
  ["a", 2, 1, 1, "6100"],
  ["a", 3, 1, 1, "610000"],
  ["a", 4, 1, 1, "61000000"],
  ["a", 5, 1, 1, "6100000000"],
  ["a", 8, 1, 1, "6100000000000000"],
  ["ab\u20ac", 0, 0, 0, ""],
  ["ab\u20ac", 1, 1, 1, "61"],
  ["ab\u20ac", 2, 2, 2, "6162"],
  ["ab\u20ac", 3, 2, 2, "616200"],
  ["ab\u20ac", 4, 2, 2, "61620000"],
  ["ab\u20ac", 5, 3, 5, "6162e282ac"],
  ["ab\u20ac", 8, 3, 5, "6162e282ac000000"],
  ["a\ud83d\ude00", 0, 0, 0, ""],
  ["a\ud83d\ude00", 1, 1, 1, "61"],
  ["a\ud83d\ude00", 2, 1, 1, "6100"],
  ["a\ud83d\ude00", 3, 1, 1, "610000"],
  ["a\ud83d\ude00", 4, 1, 1, "61000000"],
  ["a\ud83d\ude00", 5, 3, 5, "61f09f9880"],
  ["a\ud83d\ude00", 8, 3, 5, "61f09f9880000000"],
  ["\u00e9\u00e9\u00e9", 0, 0, 0, ""],
  ["\u00e9\u00e9\u00e9", 1, 0, 0, "00"],
  ["\u00e9\u00e9\u00e9", 2, 1, 2, "c3a9"],
  ["\u00e9\u00e9\u00e9", 3, 1, 2, "c3a900"],
  ["\u00e9\u00e9\u00e9", 4, 2, 4, "c3a9c3a9"],
  ["\u00e9\u00e9\u00e9", 5, 2, 4, "c3a9c3a900"],
  ["\u00e9\u00e9\u00e9", 8, 3, 6, "c3a9c3a9c3a90000"],
  ["\ud800x", 0, 0, 0, ""],
  ["\ud800x", 1, 0, 0, "00"],
  ["\ud800x", 2, 0, 0, "0000"],
  ["\ud800x", 3, 1, 3, "efbfbd"],
  ["\ud800x", 4, 2, 4, "efbfbd78"],
  ["\ud800x", 5, 2, 4, "efbfbd7800"],
  ["\ud800x", 8, 2, 4, "efbfbd7800000000"],
  ["abcdef", 0, 0, 0, ""],
  ["abcdef", 1, 1, 1, "61"],
  ["abcdef", 2, 2, 2, "6162"],
  ["abcdef", 3, 3, 3, "616263"],
  ["abcdef", 4, 4, 4, "61626364"],
  ["abcdef", 5, 5, 5, "6162636465"],
  ["abcdef", 8, 6, 6, "6162636465660000"],
];

const encoder = new TextEncoder();
for (const [src, size, read, written, bytes] of cases) {
  const dest = new Uint8Array(size);
  const result = encoder.encodeInto(src, dest);
  assert.deepStrictEqual(result, { read, written }, `${JSON.stringify(src)} into ${size}`);
  assert.strictEqual(Buffer.from(dest).toString('hex'), bytes);
}

const buf = Buffer.alloc(6, 0x2e);
assert.deepStrictEqual(encoder.encodeInto('a\u20ac', buf.subarray(1)), { read: 2, written: 4 });
assert.strictEqual(buf.toString('hex'), '2e61e282ac2e');
const big = new Uint8Array(300000);
assert.deepStrictEqual(encoder.encodeInto('\u00e9'.repeat(200000), big), { read: 150000, written: 300000 });

assert.throws(() => encoder.encodeInto(1, new Uint8Array(4)), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "src" argument must be of type string. Received type number (1)',
});
assert.throws(() => encoder.encodeInto(), { code: 'ERR_INVALID_ARG_TYPE', message: /"src"/ });
for (const bad of [[], new Uint16Array(4), new ArrayBuffer(4), null, new DataView(new ArrayBuffer(4))]) {
  assert.throws(() => encoder.encodeInto('a', bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "dest" argument must be an instance of Uint8Array\./,
  });
}
