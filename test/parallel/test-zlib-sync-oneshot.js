'use strict';
// The Sync one-shot functions (gzipSync, inflateSync, brotliCompressSync,
// ...) called many times in a row with changing options, failing inputs in
// between, and async work in flight: each result must be what a fresh
// stream gives. kiln runs these calls on a reused engine (issue 11), so
// what one call leaves behind must not reach the next.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'x'.repeat(50) + 'a small string of about a hundred bytes, compressed and back.';
const big = Buffer.from(Array.from({ length: 4000 }, (_, i) => `line ${i} ${i * 7919 % 1000}\n`).join(''));

// Against the stream path: the same bytes for every option set, in any order.
function viaStream(Ctor, input, opts, cb) {
  const chunks = [];
  const s = new Ctor(opts);
  s.on('data', (c) => chunks.push(c));
  s.on('end', () => cb(Buffer.concat(chunks)));
  s.end(input);
}

const optionSets = [
  undefined, {}, { level: 1 }, { level: 9 }, { level: 0 }, { strategy: zlib.constants.Z_HUFFMAN_ONLY },
  { memLevel: 1 }, { windowBits: 9 }, { level: 9 }, undefined, { chunkSize: 64 }, { windowBits: 15, level: 6 },
];
const pairs = [
  ['deflateSync', 'inflateSync', zlib.Deflate],
  ['gzipSync', 'gunzipSync', zlib.Gzip],
  ['deflateRawSync', 'inflateRawSync', zlib.DeflateRaw],
];
for (let round = 0; round < 2; round++) {
  for (const opts of optionSets) {
    for (const [enc, dec, Ctor] of pairs) {
      for (const input of [text, big]) {
        const packed = zlib[enc](input, opts);
        assert.strictEqual(zlib[dec](packed, opts).toString(), input.toString(), `${enc} ${JSON.stringify(opts)}`);
        assert.strictEqual(zlib.unzipSync(zlib.deflateSync(input, opts)).toString(), input.toString());
        assert.strictEqual(zlib.unzipSync(zlib.gzipSync(input, opts)).toString(), input.toString());
        if (input === text) {
          viaStream(Ctor, input, opts, common.mustCall((out) => assert.deepStrictEqual(out, packed)));
        }
      }
    }
  }
}

// windowBits 0 (given, or implied by an options object) takes the window
// size from each stream's header: a small window seen first must not stay.
const narrow = zlib.deflateSync(text, { windowBits: 9 });
const wide = zlib.deflateSync(text);
assert.notStrictEqual(narrow[0], wide[0]);
for (const f of ['inflateSync', 'unzipSync']) {
  for (const opts of [{}, { windowBits: 0 }, { level: 3 }]) {
    for (const packed of [narrow, wide, narrow, wide]) assert.strictEqual(zlib[f](packed, opts).toString(), text);
  }
}
assert.throws(() => zlib.inflateSync(wide, { windowBits: 9 }), { code: 'Z_DATA_ERROR', message: 'invalid window size' });
assert.strictEqual(zlib.inflateSync(wide, { windowBits: 0 }).toString(), text);

// A small chunkSize makes many steps, each checked against maxOutputLength.
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(big), { chunkSize: 64 }), big);
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(big), { maxOutputLength: big.length }), big);
for (const chunkSize of [64, 1000, undefined]) {
  assert.throws(() => zlib.inflateSync(zlib.deflateSync(big), { chunkSize, maxOutputLength: big.length - 1 }), {
    code: 'ERR_BUFFER_TOO_LARGE',
    message: `Cannot create a Buffer larger than ${big.length - 1} bytes`,
  });
}
assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(big), { maxOutputLength: big.length }),
                       big);
assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(big), { maxOutputLength: 10 }),
              { code: 'ERR_BUFFER_TOO_LARGE' });

// Errors between good calls leave nothing behind.
const goodGz = zlib.gzipSync(text);
const goodDeflate = zlib.deflateSync(text);
for (let i = 0; i < 3; i++) {
  assert.throws(() => zlib.gunzipSync(Buffer.from('not gzip at all')),
                { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
  assert.strictEqual(zlib.gunzipSync(goodGz).toString(), text);
  assert.throws(() => zlib.gunzipSync(goodGz.subarray(0, goodGz.length - 4)),
                { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
  assert.strictEqual(zlib.gunzipSync(goodGz).toString(), text);
  // Truncated input is no error with a finishing flush that does not finish.
  assert.strictEqual(zlib.inflateSync(goodDeflate.subarray(0, goodDeflate.length - 6),
                                      { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(),
                     text.slice(0, zlib.inflateSync(goodDeflate.subarray(0, goodDeflate.length - 6),
                                                    { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length));
  assert.throws(() => zlib.inflateSync(goodGz), { code: 'Z_DATA_ERROR' });
  assert.strictEqual(zlib.unzipSync(goodGz).toString(), text);
  assert.strictEqual(zlib.unzipSync(goodDeflate).toString(), text);
  assert.throws(() => zlib.brotliDecompressSync(Buffer.from('hello world garbage')),
                { message: 'Decompression failed', code: 'ERR__ERROR_FORMAT_CL_SPACE', errno: -6 });
  assert.strictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(text)).toString(), text);
}

// Dictionaries: needed, wrong, right, then none again.
const dict = Buffer.from('a small string of about a hundred bytes');
const withDict = zlib.deflateSync(text, { dictionary: dict });
assert.notDeepStrictEqual(withDict, goodDeflate);
assert.throws(() => zlib.inflateSync(withDict), { code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });
assert.throws(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('other') }),
              { code: 'Z_NEED_DICT', message: 'Bad dictionary' });
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: dict }).toString(), text);
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: new DataView(dict.buffer, dict.byteOffset,
                                                                           dict.length) }).toString(), text);
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: dict.buffer.slice(dict.byteOffset,
                                                                              dict.byteOffset + dict.length) })
  .toString(), text);
assert.deepStrictEqual(zlib.deflateSync(text), goodDeflate);
const rawDict = zlib.deflateRawSync(text, { dictionary: dict });
assert.strictEqual(zlib.inflateRawSync(rawDict, { dictionary: dict }).toString(), text);
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync(text)).toString(), text);
// gzip has no dictionaries: the option is ignored.
assert.deepStrictEqual(zlib.gzipSync(text, { dictionary: dict }), zlib.gzipSync(text));

// info: the engine comes back too.
const info = zlib.gzipSync(text, { info: true });
assert.ok(info.engine instanceof zlib.Gzip);
assert.deepStrictEqual(info.buffer, goodGz);
assert.strictEqual(info.engine.bytesWritten, Buffer.byteLength(text));

// Results are separate buffers.
const a = zlib.gzipSync(text);
const b = zlib.gzipSync(text);
a.fill(0);
assert.deepStrictEqual(b, goodGz);
assert.strictEqual(zlib.gzipSync('').length, 20);
assert.strictEqual(zlib.inflateRawSync(Buffer.alloc(0), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length, 0);

// Inputs of every kind, and options of the stream.
const bytes = Buffer.from(text);
const own = new ArrayBuffer(Math.ceil(bytes.length / 8) * 8); // its own memory, a multiple of 8 bytes
bytes.copy(new Uint8Array(own));
for (const [input, expected] of [[bytes, text], [new Uint8Array(own, 0, bytes.length), text],
  [new DataView(own, 0, bytes.length), text], [own.slice(0, bytes.length), text],
  [new Float64Array(own), text + '\0'.repeat(own.byteLength - bytes.length)]]) {
  const out = zlib.inflateSync(zlib.deflateSync(input)).toString('latin1');
  assert.ok(out === expected, `${input.constructor.name}: ${out.length} bytes`);
}
assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync('\ud800 lone')), Buffer.from('\ud800 lone'));
assert.throws(() => zlib.gzipSync(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.gzipSync(text, { level: 10 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.gzipSync(42, { level: 10 }), { code: 'ERR_OUT_OF_RANGE' }); // options first
assert.throws(() => zlib.gzipSync(text, { chunkSize: 10 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.gzipSync(text, { highWaterMark: -1 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => zlib.brotliCompressSync(text, { params: { 99: 1 } }), { code: 'ERR_BROTLI_INVALID_PARAM' });
const rawOpts = { windowBits: 8 };
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync(text, rawOpts)).toString(), text);
assert.strictEqual(rawOpts.windowBits, 9);
zlib.gzipSync(text, { construct: common.mustCall((cb) => cb()) });

// brotli with parameters, one after another.
for (const quality of [0, 5, 11, 4]) {
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 };
  const packed = zlib.brotliCompressSync(big, { params });
  assert.deepStrictEqual(zlib.brotliDecompressSync(packed), big);
  viaStream(zlib.BrotliCompress, big, { params }, common.mustCall((out) => assert.deepStrictEqual(out, packed)));
}

// Async streams in flight meanwhile are not disturbed.
let pending = 0;
for (let i = 0; i < 8; i++) {
  pending++;
  zlib.gzip(big, common.mustSucceed((packed) => {
    assert.deepStrictEqual(zlib.gunzipSync(packed), big);
    zlib.gunzip(packed, common.mustSucceed((out) => {
      assert.deepStrictEqual(out, big);
      pending--;
    }));
    assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(text, { level: i })).toString(), text);
  }));
  assert.strictEqual(zlib.inflateSync(zlib.deflateSync(big, { level: i })).length, big.length);
}
process.on('exit', () => assert.strictEqual(pending, 0));
