'use strict';
// Hex: decoding stops at the first pair that is not two hex digits (either
// case) and ignores a last odd digit; encoding is lower case. Recorded
// from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  ["", "", 0, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
  ["a", "", 0, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
  ["ab", "ab", 1, [1, "ab2e2e2e"], [1, "2eab2e2e"]],
  ["abc", "ab", 1, [1, "ab2e2e2e"], [1, "2eab2e2e"]],
  ["ABCD", "abcd", 2, [2, "abcd2e2e"], [2, "2eabcd2e"]],
  ["aBcD", "abcd", 2, [2, "abcd2e2e"], [2, "2eabcd2e"]],
  ["0g12", "", 2, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
  ["12g4", "12", 2, [1, "122e2e2e"], [1, "2e122e2e"]],
  ["zz", "", 1, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
  ["12 34", "12", 2, [1, "122e2e2e"], [1, "2e122e2e"]],
  [" 1234", "", 2, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
  ["1234 ", "1234", 2, [2, "12342e2e"], [2, "2e12342e"]],
  ["\u00e912", "", 1, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
  ["deadbeefcafe", "deadbeefcafe", 6, [4, "deadbeef"], [2, "2edead2e"]],
  ["DEADBEEFCAFE1", "deadbeefcafe", 6, [4, "deadbeef"], [2, "2edead2e"]],
  ["0x12", "", 2, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
  ["-1", "", 1, [0, "2e2e2e2e"], [0, "2e2e2e2e"]],
];

for (const [input, bytes, length, [written, into], [written2, into2]] of cases) {
  const label = JSON.stringify(input);
  assert.strictEqual(Buffer.from(input, 'hex').toString('hex'), bytes, label);
  assert.strictEqual(Buffer.byteLength(input, 'hex'), length, label);
  const buf = Buffer.alloc(4, 0x2e);
  assert.strictEqual(buf.write(input, 'hex'), written, label);
  assert.strictEqual(buf.toString('hex'), into, label);
  const buf2 = Buffer.alloc(4, 0x2e);
  assert.strictEqual(buf2.hexWrite(input, 1, 2), written2, label);
  assert.strictEqual(buf2.toString('hex'), into2, label);
}

const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const text = all.toString('hex');
assert.strictEqual(text.length, 512);
assert.strictEqual(text.slice(0, 8), '00010203');
assert.strictEqual(text.slice(-4), 'feff');
assert.ok(Buffer.from(text.toUpperCase(), 'hex').equals(all));
assert.strictEqual(all.toString('hex', 250, 252), 'fafb');
const big = Buffer.alloc(1 << 20, all);
assert.ok(Buffer.from(big.toString('hex'), 'hex').equals(big));
