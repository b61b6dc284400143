'use strict';
// zlib's errors as Node reports them: corrupt and truncated input (message,
// code, errno), dictionaries, maxOutputLength, option validation, brotli and
// zstd parameters, and the immutable constants and codes tables.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const garbage = Buffer.from('hello world garbage');
assert.throws(() => zlib.gunzipSync(garbage), { name: 'Error', message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3 });
assert.throws(() => zlib.inflateSync(garbage), { message: 'incorrect header check', code: 'Z_DATA_ERROR' });
assert.throws(() => zlib.inflateRawSync(garbage), { message: 'invalid stored block lengths', code: 'Z_DATA_ERROR' });
assert.throws(() => zlib.unzipSync(garbage), { message: 'incorrect header check', code: 'Z_DATA_ERROR' });
assert.throws(() => zlib.brotliDecompressSync(garbage),
              { message: 'Decompression failed', code: 'ERR__ERROR_FORMAT_CL_SPACE', errno: -6 });
assert.throws(() => zlib.zstdDecompressSync(garbage),
              { message: 'Unknown frame descriptor', code: 'ZSTD_error_prefix_unknown', errno: 10 });
try {
  zlib.gunzipSync(garbage);
} catch (err) {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
}

// Truncated input.
for (const [enc, dec] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['brotliCompress', 'brotliDecompress'],
  ['zstdCompress', 'zstdDecompress']]) {
  const packed = zlib[`${enc}Sync`]('some text that compresses to more than a few bytes');
  assert.throws(() => zlib[`${dec}Sync`](packed.subarray(0, 5)),
                { message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5 }, dec);
}
zlib.gunzip(Buffer.from('bad'), common.mustCall((err, out) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(out, undefined);
}));
const stream = zlib.createGunzip();
stream.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'incorrect header check')));
stream.end(garbage);

// Dictionaries.
const packed = zlib.deflateSync('abc', { dictionary: Buffer.from('abc') });
assert.throws(() => zlib.inflateSync(packed), { code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });
assert.throws(() => zlib.inflateSync(packed, { dictionary: Buffer.from('xyz') }),
              { code: 'Z_NEED_DICT', errno: 2, message: 'Bad dictionary' });
assert.throws(() => zlib.createDeflate({ dictionary: 'abc' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type string (\'abc\')',
});

// maxOutputLength: Sync, callback.
const big = zlib.gzipSync('a'.repeat(1000));
assert.throws(() => zlib.gunzipSync(big, { maxOutputLength: 10 }),
              { name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 10 bytes' });
assert.throws(() => zlib.gzipSync('a'.repeat(1000), { maxOutputLength: 10 }), { code: 'ERR_BUFFER_TOO_LARGE' });
zlib.gunzip(big, { maxOutputLength: 10, chunkSize: 64 }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
}));

// Options.
const range = (name, range, received) => ({
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: `The value of "${name}" is out of range. It must be ${range}. Received ${received}`,
});
assert.throws(() => zlib.createGzip({ chunkSize: 10 }), range('options.chunkSize', '>= 64', 10));
assert.throws(() => zlib.createGzip({ chunkSize: Infinity }), range('options.chunkSize', 'a finite number', 'Infinity'));
assert.throws(() => zlib.createGzip({ chunkSize: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.chunkSize" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => zlib.createGzip({ level: 10 }), range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => zlib.createGzip({ windowBits: 8 }), range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => zlib.createDeflate({ memLevel: 10 }), range('options.memLevel', '>= 1 and <= 9', 10));
assert.throws(() => zlib.createDeflate({ strategy: 5 }), range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => zlib.createGzip({ flush: 99 }), range('options.flush', '>= 0 and <= 5', 99));
assert.throws(() => zlib.createBrotliCompress({ flush: 9 }), range('options.flush', '>= 0 and <= 3', 9));
assert.throws(() => zlib.createZstdCompress({ finishFlush: 3 }), range('options.finishFlush', '>= 0 and <= 2', 3));
assert.throws(() => zlib.createGzip().params(99, 0, common.mustNotCall()), range('level', '>= -1 and <= 9', 99));
// An 8-bit window is raised to 9 for raw deflate (the options object too).
const opts = { windowBits: 8 };
zlib.createDeflateRaw(opts);
assert.strictEqual(opts.windowBits, 9);
assert.throws(() => zlib.gzipSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (1)',
});
assert.throws(() => zlib.gzip('x'), { code: 'ERR_INVALID_ARG_TYPE' });

// Brotli and zstd parameters.
assert.throws(() => zlib.brotliCompressSync('x', { params: { 99: 1 } }),
              { name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '99 is not a valid Brotli parameter' });
assert.throws(() => zlib.brotliCompressSync('x', { params: { 1: 'a' } }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.params[key]" property must be of type number. Received type string (\'a\')',
});
const q0 = zlib.brotliCompressSync('x'.repeat(1000), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 0 } });
assert.strictEqual(zlib.brotliDecompressSync(q0).toString(), 'x'.repeat(1000));
assert.throws(() => zlib.zstdCompressSync('x', { params: { 1000: 1 } }),
              { name: 'RangeError', code: 'ERR_ZSTD_INVALID_PARAM', message: '1000 is not a valid zstd parameter' });
assert.throws(() => zlib.zstdDecompressSync('x', { params: { 101: 1 } }), { code: 'ERR_ZSTD_INVALID_PARAM' });
assert.throws(() => zlib.zstdCompressSync('x', { params: { 5: 1 } }),
              { code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Setting parameter failed' });
assert.throws(() => zlib.zstdCompressSync('x', { pledgedSrcSize: 'a' }),
              { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'pledgedSrcSize must be a number' });
assert.throws(() => zlib.zstdCompressSync('x', { pledgedSrcSize: 1.5 }),
              { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'pledgedSrcSize must be a safe integer' });
assert.throws(() => zlib.zstdCompressSync('x', { pledgedSrcSize: -1 }),
              { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'pledgedSrcSize must be non-negative' });
assert.throws(() => zlib.zstdCompressSync('xx', { pledgedSrcSize: 5 }),
              { code: 'ZSTD_error_srcSize_wrong', errno: 72, message: 'Src size is incorrect' });
assert.strictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync('hello', { pledgedSrcSize: 5 })).toString(), 'hello');
const level19 = zlib.zstdCompressSync('y'.repeat(5000), { params: { [zlib.constants.ZSTD_c_compressionLevel]: 19 } });
assert.strictEqual(zlib.zstdDecompressSync(level19).length, 5000);

// crc32 arguments.
assert.throws(() => zlib.crc32(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => zlib.crc32('a', -1), { code: 'ERR_OUT_OF_RANGE' });

// Tables.
assert.throws(() => { 'use strict'; zlib.constants.Z_OK = 1; }, TypeError);
assert.strictEqual(zlib.constants.Z_OK, 0);
assert.strictEqual(Object.getPrototypeOf(zlib.constants), null);
assert.ok(Object.isFrozen(zlib.codes));
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.Z_BEST_COMPRESSION, 9);
assert.strictEqual(Object.keys(zlib).includes('Z_BEST_COMPRESSION'), false);
assert.strictEqual(zlib.BROTLI_OPERATION_FLUSH, undefined);
assert.strictEqual(zlib.gzip.name, 'asyncBufferWrapper');
assert.strictEqual(zlib.gzipSync.name, 'syncBufferWrapper');
