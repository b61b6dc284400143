'use strict';
// buf.toString(encoding, start, end): start and end are truncated, NaN is
// 0, a start past the end or an end before the start gives ''; results
// recorded from Node 24.
require('../common');
const assert = require('assert');

const buf = Buffer.from('abcdef');
const cases = [
  [[], "abcdef"],
  [["utf8", -1], "abcdef"],
  [["utf8", 1.5], "bcdef"],
  [["utf8", "1"], "bcdef"],
  [["utf8", null, 2], "ab"],
  [["utf8", NaN, NaN], ""],
  [["utf8", 0, 100], "abcdef"],
  [["utf8", 2, 1], ""],
  [["latin1", undefined, 2], "ab"],
  [[undefined, 1], "bcdef"],
  [["utf8", Infinity], ""],
  [["utf8", -Infinity, Infinity], "abcdef"],
  [["utf8", 10000000000], ""],
  [["utf8", "2", "3"], "c"],
  [["hex", 1, 3], "6263"],
  [["utf8", 6], ""],
  [["utf8", 5, 6], "f"],
  [["utf8", -5, 2], "ab"],
  [["utf8", 0, -1], ""],
  [["utf8", 2.9, 4.9], "cd"],
  [["base64", 1], "YmNkZWY="],
  [["utf8", true, 3], "bc"],
];

for (const [args, expected] of cases) {
  assert.strictEqual(buf.toString(...args), expected, `toString(${args.map(String)})`);
}
