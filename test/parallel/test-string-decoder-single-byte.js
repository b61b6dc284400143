'use strict';
// StringDecoder for hex, latin1 and ascii: every byte stands alone, so
// nothing is ever kept between chunks. Recorded from Node 24.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const cases = [
  ["hex", "61e980", ["61", "0/0/00000000", "e9", "0/0/00000000", "80", "0/0/00000000", "", "0/0"]],
  ["hex", "ff007f", ["ff", "0/0/00000000", "00", "0/0/00000000", "7f", "0/0/00000000", "", "0/0"]],
  ["latin1", "61e980", ["a", "0/0/00000000", "\u00e9", "0/0/00000000", "\u0080", "0/0/00000000", "", "0/0"]],
  ["latin1", "ff007f", ["\u00ff", "0/0/00000000", "\u0000", "0/0/00000000", "\u007f", "0/0/00000000", "", "0/0"]],
  ["binary", "61e980", ["a", "0/0/00000000", "\u00e9", "0/0/00000000", "\u0080", "0/0/00000000", "", "0/0"]],
  ["binary", "ff007f", ["\u00ff", "0/0/00000000", "\u0000", "0/0/00000000", "\u007f", "0/0/00000000", "", "0/0"]],
  ["ascii", "61e980", ["a", "0/0/00000000", "i", "0/0/00000000", "\u0000", "0/0/00000000", "", "0/0"]],
  ["ascii", "ff007f", ["\u007f", "0/0/00000000", "\u0000", "0/0/00000000", "\u007f", "0/0/00000000", "", "0/0"]],
];

for (const [encoding, hexBytes, expected] of cases) {
  const bytes = Buffer.from(hexBytes, 'hex');
  const decoder = new StringDecoder(encoding);
  const got = [];
  let prev = 0;
  for (const cut of [1, 2, bytes.length]) {
    got.push(decoder.write(bytes.subarray(prev, cut)));
    got.push(`${decoder.lastNeed}/${decoder.lastTotal}/${decoder.lastChar.toString('hex')}`);
    prev = cut;
  }
  got.push(decoder.end());
  got.push(`${decoder.lastNeed}/${decoder.lastTotal}`);
  assert.deepStrictEqual(got, expected, `${encoding} <${hexBytes}>`);
}
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('HEX').encoding, 'hex');
