'use strict';
// TextDecoder('utf-8'): ill-formed sequences become U+FFFD (one for each
// maximal subpart), or with fatal a TypeError ERR_ENCODING_INVALID_ENCODED_DATA;
// a leading byte order mark is dropped unless ignoreBOM, a later one kept.
// Recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  ["c080", {  }, "ok", "\ufffd\ufffd"],
  ["c080", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["c080", { ignoreBOM: true }, "ok", "\ufffd\ufffd"],
  ["eda080", {  }, "ok", "\ufffd\ufffd\ufffd"],
  ["eda080", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["eda080", { ignoreBOM: true }, "ok", "\ufffd\ufffd\ufffd"],
  ["f4908080", {  }, "ok", "\ufffd\ufffd\ufffd\ufffd"],
  ["f4908080", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["f4908080", { ignoreBOM: true }, "ok", "\ufffd\ufffd\ufffd\ufffd"],
  ["f880", {  }, "ok", "\ufffd\ufffd"],
  ["f880", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["f880", { ignoreBOM: true }, "ok", "\ufffd\ufffd"],
  ["e228a1", {  }, "ok", "\ufffd(\ufffd"],
  ["e228a1", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["e228a1", { ignoreBOM: true }, "ok", "\ufffd(\ufffd"],
  ["f09f98", {  }, "ok", "\ufffd"],
  ["f09f98", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["f09f98", { ignoreBOM: true }, "ok", "\ufffd"],
  ["ff", {  }, "ok", "\ufffd"],
  ["ff", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["ff", { ignoreBOM: true }, "ok", "\ufffd"],
  ["618062", {  }, "ok", "a\ufffdb"],
  ["618062", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["618062", { ignoreBOM: true }, "ok", "a\ufffdb"],
  ["efbbbf61", {  }, "ok", "a"],
  ["efbbbf61", { fatal: true }, "ok", "a"],
  ["efbbbf61", { ignoreBOM: true }, "ok", "\ufeffa"],
  ["efbbbfefbbbf", {  }, "ok", "\ufeff"],
  ["efbbbfefbbbf", { fatal: true }, "ok", "\ufeff"],
  ["efbbbfefbbbf", { ignoreBOM: true }, "ok", "\ufeff\ufeff"],
  ["efbb", {  }, "ok", "\ufffd"],
  ["efbb", { fatal: true }, "throws", "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"],
  ["efbb", { ignoreBOM: true }, "ok", "\ufffd"],
  ["61efbbbf", {  }, "ok", "a\ufeff"],
  ["61efbbbf", { fatal: true }, "ok", "a\ufeff"],
  ["61efbbbf", { ignoreBOM: true }, "ok", "a\ufeff"],
];

for (const [hexBytes, options, kind, ...rest] of cases) {
  const call = () => new TextDecoder('utf-8', options).decode(Buffer.from(hexBytes, 'hex'));
  const what = `${JSON.stringify(options)} <${hexBytes}>`;
  if (kind === 'ok') assert.strictEqual(call(), rest[0], what);
  else assert.throws(call, { name: rest[0], code: rest[1], message: rest[2] }, what);
}

// The same inside long inputs.
const pad = 'p'.repeat(500);
const bad = Buffer.concat([Buffer.from(pad), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from(pad)]);
assert.strictEqual(new TextDecoder().decode(bad), `${pad}\ufffd(\ufffd${pad}`);
assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bad), {
  name: 'TypeError',
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: 'The encoded data was not valid for encoding utf-8',
});
assert.strictEqual(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(`\ufeff${pad}\u20ac`)), `${pad}\u20ac`);

// A fatal decoder that threw starts over.
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.throws(() => fatal.decode(new Uint8Array([0x41])), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(fatal.decode(new Uint8Array([0x42])), 'B');
assert.strictEqual(fatal.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.throws(() => fatal.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

// The byte order mark only opens a stream.
const d = new TextDecoder();
assert.strictEqual(d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), '');
assert.strictEqual(d.decode(new Uint8Array([0xbf, 0x41]), { stream: true }), 'A');
assert.strictEqual(d.decode(new Uint8Array([0xef, 0xbb, 0xbf])), '\ufeff');
assert.strictEqual(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42])), 'B');
