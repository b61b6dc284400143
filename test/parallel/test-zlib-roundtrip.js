'use strict';
// Every format round-trips through its Sync, callback and stream forms, and
// the formats are the standard ones (known bytes for 'hello', CRC-32 known
// answers); gunzip reads concatenated members and ignores zero padding;
// unzip takes both gzip and zlib input; zstd stops after the first frame.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000);
const input = Buffer.from(text);

const pairs = [
  ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'gunzip'], ['gzip', 'unzip'],
  ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'], ['zstdCompress', 'zstdDecompress'],
];
for (const [enc, dec] of pairs) {
  const packed = zlib[`${enc}Sync`](input);
  assert.ok(packed.length < input.length / 10, enc);
  assert.deepStrictEqual(zlib[`${dec}Sync`](packed), input, `${enc}/${dec}`);
  // strings, ArrayBuffers and other views are accepted too
  assert.deepStrictEqual(zlib[`${dec}Sync`](zlib[`${enc}Sync`](text)), input);
  const u16 = new Uint16Array(input.buffer.slice(input.byteOffset, input.byteOffset + 2000));
  assert.deepStrictEqual(zlib[`${dec}Sync`](zlib[`${enc}Sync`](u16)), Buffer.from(u16.buffer));
  zlib[enc](input, common.mustSucceed((packed2) => {
    zlib[dec](packed2, common.mustSucceed((out) => assert.deepStrictEqual(out, input)));
  }));
  // through streams, written in small pieces
  const chunks = [];
  const pieces = [];
  for (let i = 0; i < input.length; i += 777) pieces.push(input.subarray(i, i + 777));
  const create = (name) => zlib[`create${name[0].toUpperCase()}${name.slice(1).replace(/Sync$/, '')}`]();
  pipeline(Readable.from(pieces), create(enc), create(dec),
           new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
           common.mustSucceed(() => assert.deepStrictEqual(Buffer.concat(chunks), input)));
}

// The standard formats: known encodings of 'hello'.
assert.strictEqual(zlib.deflateSync('hello').toString('hex'), '789ccb48cdc9c90700062c0215');
assert.strictEqual(zlib.deflateRawSync('hello').toString('hex'), 'cb48cdc9c90700');
assert.strictEqual(zlib.gunzipSync(Buffer.from('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex')).toString(), 'hello');
assert.strictEqual(zlib.gzipSync('hello').toString('hex'), '1f8b0800000000000003cb48cdc9c9070086a6103605000000');
assert.strictEqual(zlib.brotliDecompressSync(Buffer.from('0b028068656c6c6f03', 'hex')).toString(), 'hello');
assert.strictEqual(zlib.zstdDecompressSync(Buffer.from('28b52ffd200529000068656c6c6f', 'hex')).toString(), 'hello');

// CRC-32 (IEEE): known answers, continuing from a previous value.
assert.strictEqual(zlib.crc32('hello'), 0x3610a686);
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(new Uint8Array([1, 2, 3])), zlib.crc32(Buffer.from([1, 2, 3])));

// Members: a second gzip member is read, zero padding after one is not an
// error, other trailing bytes are.
const ab = zlib.gzipSync('ab');
const cd = zlib.gzipSync('cd');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([ab, cd])).toString(), 'abcd');
assert.strictEqual(zlib.unzipSync(Buffer.concat([ab, cd])).toString(), 'abcd');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([ab, Buffer.alloc(10)])).toString(), 'ab');
assert.throws(() => zlib.gunzipSync(Buffer.concat([ab, Buffer.from('xx')])),
              { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
assert.strictEqual(zlib.zstdDecompressSync(Buffer.concat([zlib.zstdCompressSync('ab'),
                                                          zlib.zstdCompressSync('cd')])).toString(), 'ab');
// Output that fills the buffer exactly is no truncation.
const exact = Buffer.alloc(1 << 16, 'z');
assert.deepStrictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync(exact), { chunkSize: 1 << 14 }), exact);
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(exact), { chunkSize: 1 << 14 }), exact);

// Dictionaries: zlib (raw and not) and zstd.
const dictionary = Buffer.from('The quick brown fox jumps over the lazy dog. ');
for (const [enc, dec] of [['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['zstdCompress', 'zstdDecompress']]) {
  const packed = zlib[`${enc}Sync`](input, { dictionary });
  assert.deepStrictEqual(zlib[`${dec}Sync`](packed, { dictionary }), input);
  assert.deepStrictEqual(zlib[`${dec}Sync`](packed, { dictionary: new DataView(dictionary.buffer,
                                                                              dictionary.byteOffset, dictionary.length) }), input);
}

// info: the engine comes back with the buffer.
const info = zlib.gzipSync('x', { info: true });
assert.deepStrictEqual(Object.keys(info), ['buffer', 'engine']);
assert.ok(info.engine instanceof zlib.Gzip);
assert.strictEqual(info.engine.bytesWritten, 1);
zlib.deflate('abc', { info: true }, common.mustSucceed((r) => assert.ok(r.engine instanceof zlib.Deflate)));
