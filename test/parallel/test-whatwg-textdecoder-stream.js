'use strict';
// TextDecoderStream: bytes in (any BufferSource), strings out, characters
// split across chunks joined, the BOM dropped, fatal errors erroring the
// stream, and the constructor's checks.
const assert = require('assert');
const common = require('../common');

async function decode(stream, chunks) {
  const out = [];
  await ReadableStream.from(chunks).pipeThrough(stream)
    .pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  return out;
}

(async () => {
  const tds = new TextDecoderStream();
  assert.strictEqual(tds.encoding, 'utf-8');
  assert.strictEqual(tds.fatal, false);
  assert.strictEqual(tds.ignoreBOM, false);
  assert.deepStrictEqual(await decode(tds, [
    new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3]),
    new Uint8Array([0xa9, 0xf0, 0x9f]),
    new Uint8Array([0x98, 0x80]).buffer,
    new DataView(new Uint8Array([0x62, 0xe2]).buffer),
  ]), ['a', '\u00e9', '\ud83d\ude00', 'b', '\ufffd']);

  const latin = new TextDecoderStream('latin1', { fatal: true, ignoreBOM: 1 });
  assert.strictEqual(latin.encoding, 'windows-1252');
  assert.strictEqual(latin.fatal, true);
  assert.strictEqual(latin.ignoreBOM, true);

  assert.deepStrictEqual(await decode(new TextDecoderStream('utf-16le'),
                                      [new Uint8Array([0x41, 0x00, 0x42]), new Uint8Array([0x00])]), ['A', 'B']);

  // Fatal: invalid bytes error the stream, in a chunk or left at the end.
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const writer = fatal.writable.getWriter();
  const reader = fatal.readable.getReader();
  const read = reader.read();
  await assert.rejects(writer.write(new Uint8Array([0x61, 0xff])), {
    name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  });
  await assert.rejects(read, { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  const got = [];
  await assert.rejects(
    ReadableStream.from([new Uint8Array([0x61, 0xe2])])
      .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))
      .pipeTo(new WritableStream({ write(c) { got.push(c); } })),
    { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  assert.deepStrictEqual(got, ['a']);

  assert.throws(() => new TextDecoderStream('nope'), {
    name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED', message: 'The "nope" encoding is not supported',
  });
  assert.throws(() => new TextDecoderStream('utf8', 1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
