'use strict';
// TextDecoder for UTF-16LE and UTF-16BE: lone surrogates and a last odd
// byte are U+FFFD (or a TypeError when fatal), a leading byte order mark
// is dropped unless ignoreBOM, and streaming keeps an odd byte or a high
// surrogate for the next chunk. Recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  ["utf-16le", {  }, "6100", "ok", "a"],
  ["utf-16le", { ignoreBOM: true }, "6100", "ok", "a"],
  ["utf-16le", { fatal: true }, "6100", "ok", "a"],
  ["utf-16be", {  }, "6100", "ok", "\u6100"],
  ["utf-16be", { ignoreBOM: true }, "6100", "ok", "\u6100"],
  ["utf-16be", { fatal: true }, "6100", "ok", "\u6100"],
  ["utf-16le", {  }, "61", "ok", "\ufffd"],
  ["utf-16le", { ignoreBOM: true }, "61", "ok", "\ufffd"],
  ["utf-16le", { fatal: true }, "61", "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16le"],
  ["utf-16be", {  }, "61", "ok", "\ufffd"],
  ["utf-16be", { ignoreBOM: true }, "61", "ok", "\ufffd"],
  ["utf-16be", { fatal: true }, "61", "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16be"],
  ["utf-16le", {  }, "610062", "ok", "a\ufffd"],
  ["utf-16le", { ignoreBOM: true }, "610062", "ok", "a\ufffd"],
  ["utf-16le", { fatal: true }, "610062", "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16le"],
  ["utf-16be", {  }, "610062", "ok", "\u6100\ufffd"],
  ["utf-16be", { ignoreBOM: true }, "610062", "ok", "\u6100\ufffd"],
  ["utf-16be", { fatal: true }, "610062", "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16be"],
  ["utf-16le", {  }, "00d86100", "ok", "\ufffda"],
  ["utf-16le", { ignoreBOM: true }, "00d86100", "ok", "\ufffda"],
  ["utf-16le", { fatal: true }, "00d86100", "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16le"],
  ["utf-16be", {  }, "00d86100", "ok", "\u00d8\u6100"],
  ["utf-16be", { ignoreBOM: true }, "00d86100", "ok", "\u00d8\u6100"],
  ["utf-16be", { fatal: true }, "00d86100", "ok", "\u00d8\u6100"],
  ["utf-16le", {  }, "00dc6100", "ok", "\ufffda"],
  ["utf-16le", { ignoreBOM: true }, "00dc6100", "ok", "\ufffda"],
  ["utf-16le", { fatal: true }, "00dc6100", "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16le"],
  ["utf-16be", {  }, "00dc6100", "ok", "\u00dc\u6100"],
  ["utf-16be", { ignoreBOM: true }, "00dc6100", "ok", "\u00dc\u6100"],
  ["utf-16be", { fatal: true }, "00dc6100", "ok", "\u00dc\u6100"],
  ["utf-16le", {  }, "3dd800de", "ok", "\ud83d\ude00"],
  ["utf-16le", { ignoreBOM: true }, "3dd800de", "ok", "\ud83d\ude00"],
  ["utf-16le", { fatal: true }, "3dd800de", "ok", "\ud83d\ude00"],
  ["utf-16be", {  }, "3dd800de", "ok", "\u3dd8\u00de"],
  ["utf-16be", { ignoreBOM: true }, "3dd800de", "ok", "\u3dd8\u00de"],
  ["utf-16be", { fatal: true }, "3dd800de", "ok", "\u3dd8\u00de"],
  ["utf-16le", {  }, "fffe6100", "ok", "a"],
  ["utf-16le", { ignoreBOM: true }, "fffe6100", "ok", "\ufeffa"],
  ["utf-16le", { fatal: true }, "fffe6100", "ok", "a"],
  ["utf-16be", {  }, "fffe6100", "ok", "\ufffe\u6100"],
  ["utf-16be", { ignoreBOM: true }, "fffe6100", "ok", "\ufffe\u6100"],
  ["utf-16be", { fatal: true }, "fffe6100", "ok", "\ufffe\u6100"],
  ["utf-16le", {  }, "fffe", "ok", ""],
  ["utf-16le", { ignoreBOM: true }, "fffe", "ok", "\ufeff"],
  ["utf-16le", { fatal: true }, "fffe", "ok", ""],
  ["utf-16be", {  }, "fffe", "ok", "\ufffe"],
  ["utf-16be", { ignoreBOM: true }, "fffe", "ok", "\ufffe"],
  ["utf-16be", { fatal: true }, "fffe", "ok", "\ufffe"],
  ["utf-16le", {  }, "feff6100", "ok", "\ufffea"],
  ["utf-16le", { ignoreBOM: true }, "feff6100", "ok", "\ufffea"],
  ["utf-16le", { fatal: true }, "feff6100", "ok", "\ufffea"],
  ["utf-16be", {  }, "feff6100", "ok", "\u6100"],
  ["utf-16be", { ignoreBOM: true }, "feff6100", "ok", "\ufeff\u6100"],
  ["utf-16be", { fatal: true }, "feff6100", "ok", "\u6100"],
  ["utf-16le", {  }, "00d8", "ok", "\ufffd"],
  ["utf-16le", { ignoreBOM: true }, "00d8", "ok", "\ufffd"],
  ["utf-16le", { fatal: true }, "00d8", "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16le"],
  ["utf-16be", {  }, "00d8", "ok", "\u00d8"],
  ["utf-16be", { ignoreBOM: true }, "00d8", "ok", "\u00d8"],
  ["utf-16be", { fatal: true }, "00d8", "ok", "\u00d8"],
];

for (const [label, options, hexBytes, kind, ...rest] of cases) {
  const call = () => new TextDecoder(label, options).decode(Buffer.from(hexBytes, 'hex'));
  const what = `${label} ${JSON.stringify(options)} <${hexBytes}>`;
  if (kind === 'ok') assert.strictEqual(call(), rest[0], what);
  else assert.throws(call, { name: rest[0], code: rest[1], message: rest[2] }, what);
}

const streams = [
  [[[61], [216, 0], [222]], ["", "", "\ud83d\ude00", ""]],
  [[[61, 216], []], ["", "", "\ufffd"]],
  [[[61], []], ["", "", "\ufffd"]],
  [[[255], [254, 97], [0]], ["", "", "a", ""]],
  [[[97, 0, 61, 216], [98, 0]], ["a", "\ufffdb", ""]],
];

for (const [chunks, expected] of streams) {
  const decoder = new TextDecoder('utf-16le');
  const got = chunks.map((c) => decoder.decode(new Uint8Array(c), { stream: true }));
  got.push(decoder.decode());
  assert.deepStrictEqual(got, expected, JSON.stringify(chunks));
}

const text = 'abc \u00e9\u20ac\u{1F600}'.repeat(1000);
assert.strictEqual(new TextDecoder('utf-16le').decode(Buffer.from(text, 'utf16le')), text);
assert.strictEqual(new TextDecoder('utf-16be').decode(Buffer.from(text, 'utf16le').swap16()), text);
