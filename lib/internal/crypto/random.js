'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID and getRandomValues
// over OpenSSL's RAND_bytes. The callback forms fill on the thread pool.

const { binding, bytesOf } = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const { codes } = require('internal/errors');
const { types } = require('internal/util/types');
const {
  validateNumber, validateFunction, validateObject, validateBoolean, validateInt32,
} = require('internal/validators');

const { isAnyArrayBuffer } = types;
const ArrayBufferIsView = ArrayBuffer.isView;
const NumberIsNaN = Number.isNaN;
const NumberIsSafeInteger = Number.isSafeInteger;
const MathMin = Math.min;

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = MathMin(2 ** 32 - 1, kMaxInt32);
const kMaxLength = 2 ** 53 - 1;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = MathMin(length, kMaxPossibleLength);
  if (NumberIsNaN(offset) || offset > maxLength || offset < 0)
    throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (NumberIsNaN(size) || size > kMaxPossibleLength || size < 0)
    throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  if (size + offset > length)
    throw new codes.ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function checkSize(size) {
  validateNumber(size, 'size', 0, kMaxInt32);
}

function randomBytes(size, callback) {
  checkSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    binding.randomFill(buf, 0, size);
    return buf;
  }
  binding.randomFill(buf, 0, size, (err) => {
    if (err) return callback(err);
    callback(null, buf);
  });
}

function checkBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !ArrayBufferIsView(buf))
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  binding.randomFill(bytesOf(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = assertOffset(offset, buf.BYTES_PER_ELEMENT || 1, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    const elementSize = buf.BYTES_PER_ELEMENT || 1;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  binding.randomFill(bytesOf(buf), offset, size, (err) => callback(err, buf));
}

// randomInt draws 48-bit values from a cache of random bytes, rejecting
// those past the largest multiple of the range (no modulo bias).
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!NumberIsSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!NumberIsSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new codes.ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  for (;;) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

// randomUUID takes its bytes from a cache of 128 UUIDs' worth unless asked
// not to.
const kHexBytes = [];
for (let i = 0; i < 256; i++) kHexBytes[i] = (i < 16 ? '0' : '') + i.toString(16);
const uuidCache = new FastBuffer(16 * 128);
let uuidCacheOffset = uuidCache.length;
const uuidOne = new FastBuffer(16);

function serializeUUID(buf, offset) {
  const h = kHexBytes;
  return h[buf[offset]] + h[buf[offset + 1]] + h[buf[offset + 2]] + h[buf[offset + 3]] + '-' +
    h[buf[offset + 4]] + h[buf[offset + 5]] + '-' +
    h[(buf[offset + 6] & 0x0f) | 0x40] + h[buf[offset + 7]] + '-' +
    h[(buf[offset + 8] & 0x3f) | 0x80] + h[buf[offset + 9]] + '-' +
    h[buf[offset + 10]] + h[buf[offset + 11]] + h[buf[offset + 12]] +
    h[buf[offset + 13]] + h[buf[offset + 14]] + h[buf[offset + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    binding.randomFill(uuidOne, 0, 16);
    return serializeUUID(uuidOne, 0);
  }
  if (uuidCacheOffset === uuidCache.length) {
    binding.randomFill(uuidCache, 0, uuidCache.length);
    uuidCacheOffset = 0;
  }
  const s = serializeUUID(uuidCache, uuidCacheOffset);
  uuidCacheOffset += 16;
  return s;
}

// Web Crypto's getRandomValues: integer arrays only, at most 64 KiB.
function getRandomValues(data) {
  if (!ArrayBufferIsView(data) || data instanceof DataView ||
      data instanceof Float32Array || data instanceof Float64Array ||
      (typeof Float16Array === 'function' && data instanceof Float16Array)) {
    throw new DOMException(
      "The data argument must be an integer-type TypedArray", 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException(
      `The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`,
      'QuotaExceededError');
  }
  binding.randomFill(data, 0, data.byteLength);
  return data;
}

// ---- generatePrime, checkPrime (OpenSSL's BN_generate_prime_ex2 and
// BN_check_prime; the callback forms answer on a later tick)

const kPrimeTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0n) throw new codes.ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  const padded = hex.length % 2 ? `0${hex}` : hex;
  const out = new Uint8Array(padded.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(padded.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function primeBytes(v, name) {
  if (typeof v === 'bigint') return unsignedBigIntToBuffer(v, name);
  if (!isAnyArrayBuffer(v) && !ArrayBufferIsView(v)) throw new codes.ERR_INVALID_ARG_TYPE(name, kPrimeTypes, v);
  return bytesOf(v);
}

function primeOf(ab, bigint) {
  if (!bigint) return ab;
  const bytes = new Uint8Array(ab);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function preparePrime(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = primeBytes(add, 'options.add');
  if (rem !== undefined) rem = primeBytes(rem, 'options.rem');
  return { safe, bigint, add, rem };
}

function runGeneratePrime(size, { safe, add, rem }) {
  const r = binding.generatePrime(size, safe, add, rem);
  if (r === 1 || r === 2) {
    const err = new RangeError(r === 1 ? 'invalid options.add' : 'invalid options.rem');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return r;
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const opts = preparePrime(size, options ?? {});
  const ab = runGeneratePrime(size, opts);
  process.nextTick(callback, null, primeOf(ab, opts.bigint));
}

function generatePrimeSync(size, options = {}) {
  const opts = preparePrime(size, options);
  return primeOf(runGeneratePrime(size, opts), opts.bigint);
}

function prepareCheck(candidate, options) {
  candidate = primeBytes(candidate, 'candidate');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return { candidate, checks };
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof candidate !== 'bigint' && !isAnyArrayBuffer(candidate) && !ArrayBufferIsView(candidate))
    throw new codes.ERR_INVALID_ARG_TYPE('candidate', kPrimeTypes, candidate);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const { candidate: bytes, checks } = prepareCheck(candidate, options);
  const result = binding.checkPrime(bytes, checks);
  process.nextTick(callback, null, result);
}

function checkPrimeSync(candidate, options = {}) {
  const { candidate: bytes, checks } = prepareCheck(candidate, options);
  return binding.checkPrime(bytes, checks);
}

module.exports = {
  generatePrime,
  generatePrimeSync,
  checkPrime,
  checkPrimeSync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  kMaxLength,
};
