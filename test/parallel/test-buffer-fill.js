'use strict';
// buf.fill(value, offset, end, encoding): numbers are bytes (mod 256),
// strings repeat in the encoding, '' fills with zeros, other values count
// as their number; offset and end may be left out for the encoding;
// results recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  [[0], "000000000000"],
  [[1], "010101010101"],
  [[257], "010101010101"],
  [[-1], "ffffffffffff"],
  [[1.5], "010101010101"],
  [["a"], "616161616161"],
  [["ab"], "616261626162"],
  [["abc", 1], "2e6162636162"],
  [["abc", 1, 3], "2e61622e2e2e"],
  [["\u00e9"], "c3a9c3a9c3a9"],
  [["\u00e9", "latin1"], "e9e9e9e9e9e9"],
  [["\u20ac", "latin1"], "acacacacacac"],
  [["ab", "hex"], "abababababab"],
  [["YWJj", "base64"], "616263616263"],
  [["YQ", "base64url"], "616161616161"],
  [["ab", "ucs2"], "610062006100"],
  [["\u0101", "ucs2"], "010101010101"],
  [[""], "000000000000"],
  [["", 1], "2e0000000000"],
  [[true], "010101010101"],
  [[false], "000000000000"],
  [[null], "000000000000"],
  [[undefined], "000000000000"],
  [["a", 1, 3], "2e61612e2e2e"],
  [[97, 0, 3, "hex"], "6161612e2e2e"],
  [["a", 0, 2, "latin1"], "61612e2e2e2e"],
  [["ab", 0, "hex"], "abababababab"],
  [["ab", undefined, undefined, "hex"], "616261626162"],
  [[97, undefined, 2], "616161616161"],
  [["\ud83d\ude00"], "f09f9880f09f"],
  [["\ud83d"], "efbfbdefbfbd"],
  [["x", 0, 0], "2e2e2e2e2e2e"],
  [["xy", 5], "2e2e2e2e2e78"],
  [["xy", 2, 6], "2e2e78797879"],
  [["a", ""], "616161616161"],
  [["a", "UTF-8"], "616161616161"],
];

for (const [args, expected] of cases) {
  const buf = Buffer.alloc(6, 0x2e);
  assert.strictEqual(buf.fill(...args), buf);
  assert.strictEqual(buf.toString('hex'), expected, `fill(${args.map(String)})`);
}

// Typed arrays and Buffers repeat their bytes.
assert.strictEqual(Buffer.alloc(5).fill(new Uint8Array([1, 2])).toString('hex'), '0102010201');
assert.strictEqual(Buffer.alloc(5).fill(Buffer.from('xyz'), 1).toString(), '\0xyzx');
assert.strictEqual(Buffer.alloc(4).fill(new Uint16Array([0x0102])).toString('hex'), '02010201');
assert.strictEqual(Buffer.alloc(3).fill(new DataView(new Uint8Array([7, 8]).buffer)).toString('hex'), '070807');
assert.strictEqual(Buffer.alloc(3).fill({ valueOf() { return 0x41; } }).toString(), 'AAA');

// A long fill (done in C) gives the same pattern as a short one.
const long = Buffer.alloc(10000).fill('abc');
assert.strictEqual(long.toString(), 'abc'.repeat(3334).slice(0, 10000));
assert.strictEqual(Buffer.alloc(1000).fill('\u20ac', 1, 999).toString('hex'), '00' + 'e282ac'.repeat(333).slice(0, 1996) + '00');

// Buffer.alloc takes the same fill and encoding.
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 'YWI=', 'base64').toString(), 'abab');
assert.strictEqual(Buffer.alloc(3, 0x101).toString('hex'), '010101');
assert.strictEqual(Buffer.alloc(0, 'abc').length, 0);
assert.strictEqual(Buffer.alloc(4, '').toString('hex'), '00000000');
