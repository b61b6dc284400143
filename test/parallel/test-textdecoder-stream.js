'use strict';
// TextDecoder#decode(chunk, { stream: true }) keeps an unfinished UTF-8
// character for the next chunk and gives U+FFFD for one that cannot be
// finished; a call without stream ends the stream (and flushes). Outputs
// recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  [[[97, 226], [130, 172, 98]], ["a", "\u20acb", ""]],
  [[[240], [159], [152], [128]], ["", "", "", "\ud83d\ude00", ""]],
  [[[226, 130], [65]], ["", "\ufffdA", ""]],
  [[[240], []], ["", "", "\ufffd"]],
  [[[224], [128]], ["", "\ufffd\ufffd", ""]],
  [[[237], [160, 128]], ["", "\ufffd\ufffd\ufffd", ""]],
  [[[195], [195, 169]], ["", "\ufffd\u00e9", ""]],
  [[[239, 187], [191, 65]], ["", "A", ""]],
  [[[65], [239, 187, 191]], ["A", "\ufeff", ""]],
  [[[226, 130], []], ["", "", "\ufffd"]],
  [[[244, 143], [191, 191]], ["", "\udbff\udfff", ""]],
  [[[244], [144]], ["", "\ufffd\ufffd", ""]],
  [[[128, 226], [130, 172, 226]], ["\ufffd", "\u20ac", "\ufffd"]],
  [[[], [97]], ["", "a", ""]],
];

for (const [chunks, expected] of cases) {
  const decoder = new TextDecoder();
  const got = chunks.map((c) => decoder.decode(new Uint8Array(c), { stream: true }));
  got.push(decoder.decode());
  assert.deepStrictEqual(got, expected, JSON.stringify(chunks));
}

// Any text, in chunks cut anywhere, comes back whole.
const text = 'a\u00e9\u20ac\u{1F600}\u4e2d \u{10FFFF}z'.repeat(50);
const bytes = new TextEncoder().encode(text);
for (const step of [1, 2, 3, 5, 7, 64, 1000]) {
  const decoder = new TextDecoder();
  let out = '';
  for (let i = 0; i < bytes.length; i += step) out += decoder.decode(bytes.subarray(i, i + step), { stream: true });
  out += decoder.decode();
  assert.strictEqual(out, text, `step ${step}`);
}
