'use strict';
// Strings and buffers of tens of megabytes, which kiln converts in
// pieces: characters that straddle a piece boundary (surrogate pairs,
// multi-byte UTF-8, hex pairs, ill-formed sequences) come out the same as
// in one piece.
require('../common');
const assert = require('assert');

const MiB = 1024 * 1024;
// 4 Mi UTF-16 units and 8 MiB are where the pieces are cut; put awkward
// characters around both, and around twice both.
function text(units) {
  const parts = [];
  let length = 0;
  let i = 0;
  while (length < units) {
    const piece = ['abc', '\u00e9', '\u20ac', '\u{1F600}', '\ud800', 'x'][i++ % 6];
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}
for (const shift of [0, 1, 2, 3]) {
  const s = 'a'.repeat(shift) + text(9 * MiB);
  const utf8 = Buffer.from(s);
  assert.strictEqual(utf8.length, Buffer.byteLength(s));
  assert.strictEqual(utf8.toString(), s.toWellFormed());
  assert.strictEqual(new TextDecoder().decode(utf8), s.toWellFormed());
  assert.strictEqual(Buffer.from(new TextEncoder().encode(s)).equals(utf8), true);
  const ucs2 = Buffer.from(s, 'ucs2');
  assert.strictEqual(ucs2.length, s.length * 2);
  assert.strictEqual(ucs2.toString('ucs2'), s);
  const into = Buffer.alloc(utf8.length - 5);
  const written = into.write(s);
  assert.ok(written <= utf8.length - 5 && written > utf8.length - 9);
  assert.ok(into.subarray(0, written).equals(utf8.subarray(0, written)));
  const dest = new Uint8Array(10 * MiB);
  const { read, written: w } = new TextEncoder().encodeInto(s, dest);
  assert.strictEqual(Buffer.from(s.slice(0, read)).length, w);
}

// Ill-formed UTF-8 across the 8 MiB mark.
const bytes = Buffer.alloc(17 * MiB, 'z');
for (const at of [8 * MiB - 2, 8 * MiB - 1, 8 * MiB, 16 * MiB - 3]) bytes.write('\u20ac', at);
bytes[16 * MiB + 5] = 0xe2;
bytes[16 * MiB + 6] = 0x82;
bytes[16 * MiB + 7] = 0x41;
for (let k = 0; k < 5; k++) bytes[12 * MiB + k] = 0x80;
const decoded = bytes.toString();
assert.strictEqual(decoded, bytes.toString('utf8', 0, 5 * MiB) + bytes.toString('utf8', 5 * MiB));
assert.strictEqual(Buffer.byteLength(decoded), Buffer.from(decoded).length);
assert.strictEqual(decoded.length, 17825787); // as Node 24 decodes it

const hex = bytes.subarray(0, 9 * MiB).toString('hex');
assert.ok(Buffer.from(hex, 'hex').equals(bytes.subarray(0, 9 * MiB)));
const latin1 = bytes.toString('latin1');
assert.ok(Buffer.from(latin1, 'latin1').equals(bytes));
