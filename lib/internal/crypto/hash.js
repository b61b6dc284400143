'use strict';
// createHash, createHmac and the one-shot hash(): each a handle in the
// binding (crypto_hash.c), one C call per update and per digest.

const {
  binding, kHandle, kState, bufferOf, bytesOf, getDefaultEncoding, getStringOption,
  lazyTransform, stringBytes,
} = require('internal/crypto/util');
const { codes } = require('internal/errors');
const { validateObject, validateString, validateUint32 } = require('internal/validators');
const { FastBuffer } = require('internal/buffer');

const ArrayBufferIsView = ArrayBuffer.isView;

// A digest's name becomes the binding's index for it once: a hot
// createHash('sha1') then passes a number rather than converting a string.
const mdIndexes = new Map();
function mdIndex(name) {
  let i = mdIndexes.get(name);
  if (i === undefined) {
    i = binding.mdIndex(name);
    if (mdIndexes.size < 1024) mdIndexes.set(name, i);
  }
  return i;
}

let bufferModule;
function isEncoding(enc) {
  bufferModule ??= require('buffer');
  return bufferModule.Buffer.isEncoding(enc);
}

// A digest as the caller asked: hex straight from C; other known encodings
// from a Buffer; anything else (undefined, 'buffer', an unknown name) a
// Buffer, as Node.
function finish(handle, encoding) {
  if (encoding === 'hex') return handle.digest(true);
  const buf = bufferOf(handle.digest(false));
  if (encoding && encoding !== 'buffer' && isEncoding(encoding)) return buf.toString(encoding);
  return buf;
}

function encode(buf, encoding) {
  if (encoding && encoding !== 'buffer' && isEncoding(encoding)) return buf.toString(encoding);
  return buf;
}

function isUtf8(enc) {
  return enc === undefined || enc === 'utf8' || enc === 'utf-8' || enc === 'buffer' ||
    (typeof enc === 'string' && (enc.toLowerCase() === 'utf8' || enc.toLowerCase() === 'utf-8'));
}

function toData(data, encoding) {
  if (typeof data === 'string') return isUtf8(encoding) ? data : stringBytes(data, encoding);
  if (!ArrayBufferIsView(data))
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  return bytesOf(data);
}

// DEP0198, a pending deprecation: SHAKE without an explicit length.
let shakeWarned = false;
function maybeWarnShake(algorithm) {
  if (shakeWarned || (algorithm.length !== 8 && algorithm.length !== 9)) return;
  const lower = algorithm.toLowerCase();
  if (lower !== 'shake128' && lower !== 'shake256') return;
  if (!natives.execArgv.includes('--pending-deprecation') &&
      !/(^|\s)--pending-deprecation(\s|$)/.test(process.env.NODE_OPTIONS || '')) return;
  shakeWarned = true;
  process.emitWarning('Creating SHAKE128/256 digests without an explicit options.outputLength is deprecated.',
                      'DeprecationWarning', 'DEP0198');
}

// The common use, createHash(alg).update(data).digest(enc), costs one call
// into C (binding.hashDigest): the handle is made only when the input
// outgrows kState.pending, or copy() or a stream need it. Until then
// pending holds the strings given so far, joined, or a copy of one small
// run of bytes (the caller may change its own before digest()), and
// digest() hashes it in one shot.
const kMaxPendingChars = 16384;
const kMaxPendingBytes = 1024;
const Uint8ArrayCtor = Uint8Array;

// Output forms hashDigest makes itself (others come from a Buffer).
const kOutBuffer = 0;
const kOutForm = { __proto__: null, hex: 1, base64: 2, base64url: 3 };
const kInString = 4;
const kCodeShift = 3;

// Strings may wait joined unless the join would pair a lone surrogate at
// the end of one with one at the start of the next: each is hashed on its
// own (as U+FFFD), as Node hashes each update's UTF-8 separately.
function joinable(a, b) {
  if (a.length + b.length > kMaxPendingChars) return false;
  if (a.length === 0 || b.length === 0) return true;
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  return !(last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff);
}

// One C call: the digest of data (a string or bytes) in encoding.
// binding.fast.hashDigest: the same for ASCII strings and Uint8Arrays into
// a string, as an engine host function; undefined when it declines.
const fastHashDigest = binding.fast?.hashDigest ?? (() => undefined);
function digestOf(index, data, encoding) {
  const form = kOutForm[encoding];
  const code = (index << kCodeShift) | (typeof data === 'string' ? kInString : 0);
  if (form !== undefined) {
    if (form !== kOutBuffer) {
      const r = fastHashDigest(code | form, data);
      if (r !== undefined) return r;
    }
    return binding.hashDigest(code | form, data);
  }
  return encode(bufferOf(binding.hashDigest(code | kOutBuffer, data)), encoding);
}
function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  if (algorithm instanceof Hash) {
    const from = algorithm[kState];
    if (from.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    this[kHandle] = materialize(algorithm).copy(xofLen ?? -1);
    this[kState] = { finalized: false, index: from.index, xofLen: xofLen ?? -1, pending: undefined, cached: undefined };
  } else {
    validateString(algorithm, 'algorithm');
    if (xofLen === undefined) maybeWarnShake(algorithm);
    const index = mdIndex(algorithm);
    if (index < 0) throw new Error('Digest method not supported');
    // a length is checked against the digest now, as Node does
    this[kHandle] = xofLen === undefined ? null : binding.hashNew(index, xofLen);
    this[kState] = { finalized: false, index, xofLen: xofLen ?? -1, pending: undefined, cached: undefined };
  }
  this._options = options;
}

function materialize(hash) {
  let handle = hash[kHandle];
  if (handle === null) {
    const state = hash[kState];
    handle = hash[kHandle] = binding.hashNew(state.index, state.xofLen);
    if (state.pending !== undefined) {
      const pending = state.pending;
      state.pending = undefined;
      if (!handle.update(pending)) throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
    }
  }
  return handle;
}

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

// The stream's digest is kept: digest() may still be called once after
// the stream ended, and returns it.
Hash.prototype._flush = function _flush(callback) {
  const state = this[kState];
  if (!state.finalized && state.cached === undefined) state.cached = bufferOf(materialize(this).digest(false));
  this.push(state.cached);
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  data = toData(data, encoding);
  if (this[kHandle] === null) {
    const pending = state.pending;
    if (typeof data === 'string') {
      if (pending === undefined) {
        state.pending = data;
        return this;
      }
      if (typeof pending === 'string' && joinable(pending, data)) {
        state.pending = pending + data;
        return this;
      }
    } else if (pending === undefined && data.byteLength <= kMaxPendingBytes) {
      state.pending = new Uint8ArrayCtor(data);
      return this;
    }
  }
  if (!materialize(this).update(data)) throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  outputEncoding = `${outputEncoding || getDefaultEncoding()}`;
  state.finalized = true;
  if (state.cached !== undefined) return encode(state.cached, outputEncoding);
  if (this[kHandle] === null) {
    const pending = state.pending ?? '';
    state.pending = undefined;
    return digestOf(state.index, pending, outputEncoding);
  }
  return finish(this[kHandle], outputEncoding);
};

// A key for an HMAC: a secret KeyObject, a CryptoKey, a string or bytes.
let keysModule;
function prepareSecretKey(key, encoding, name = 'key', allowString = false) {
  if (typeof key === 'string') {
    // the binding takes a UTF-8 key as the string itself
    return allowString && isUtf8(encoding) ? key : stringBytes(key, encoding);
  }
  keysModule ??= require('internal/crypto/keys');
  const secret = keysModule.secretKeyBytes(key);
  if (secret !== undefined) return secret;
  if (key instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && key instanceof SharedArrayBuffer))
    return key;
  if (!ArrayBufferIsView(key)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name,
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  return bytesOf(key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding, 'key', true);
  const index = mdIndex(hmac);
  if (index < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
  // As Hash, a string key and one string of data wait for digest(); bytes
  // are taken now (the caller may reuse the buffer).
  const lazy = typeof key === 'string';
  this[kHandle] = lazy ? null : binding.hmacNew(index, key);
  this[kState] = { finalized: false, index, key: lazy ? key : undefined, pending: undefined, cached: undefined };
  this._options = options;
}

function materializeHmac(hmac) {
  let handle = hmac[kHandle];
  if (handle === null) {
    const state = hmac[kState];
    handle = hmac[kHandle] = binding.hmacNew(state.index, state.key);
    state.key = undefined;
    if (state.pending !== undefined) {
      const pending = state.pending;
      state.pending = undefined;
      if (!handle.update(pending)) throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
    }
  }
  return handle;
}

Hmac.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  data = toData(data, encoding);
  if (typeof data === 'string' && this[kHandle] === null && state.pending === undefined) {
    state.pending = data;
    return this;
  }
  if (!materializeHmac(this).update(data)) throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = `${outputEncoding || getDefaultEncoding()}`;
  if (state.cached !== undefined && !state.finalized) {
    state.finalized = true;
    return encode(state.cached, outputEncoding);
  }
  if (state.finalized) {
    const buf = new FastBuffer(0);
    return outputEncoding === 'buffer' || !isEncoding(outputEncoding) ? buf : buf.toString(outputEncoding);
  }
  state.finalized = true;
  if (this[kHandle] === null) {
    const hex = outputEncoding === 'hex';
    const r = binding.hmacOneShot(state.index, state.key, state.pending ?? '', hex);
    state.key = state.pending = undefined;
    return hex ? r : encode(bufferOf(r), outputEncoding);
  }
  return finish(this[kHandle], outputEncoding);
};

Hmac.prototype._flush = function _flush(callback) {
  const state = this[kState];
  if (!state.finalized && state.cached === undefined) state.cached = bufferOf(materializeHmac(this).digest(false));
  this.push(state.cached);
  callback();
};
Hmac.prototype._transform = Hash.prototype._transform;

let streamsReady = false;
function setupStreams() {
  if (streamsReady) return;
  streamsReady = true;
  const LazyTransform = lazyTransform();
  Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Hash, LazyTransform);
  Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Hmac, LazyTransform);
}
setupStreams();

// crypto.hash(algorithm, input[, outputEncoding | { outputEncoding, outputLength }])
function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBufferIsView(input))
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  let outputEncoding = 'hex';
  let outputLength;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    if (options.outputLength !== undefined) {
      outputLength = options.outputLength;
      validateUint32(outputLength, 'outputLength');
    }
    if (options.outputEncoding !== undefined) outputEncoding = options.outputEncoding;
  }
  if (outputLength === undefined) maybeWarnShake(algorithm);
  let normalized = outputEncoding;
  if (outputEncoding === 'hex' || outputEncoding === 'base64') {
    // valid names already in their normal form
  } else if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    if (!isEncoding(outputEncoding)) throw new codes.ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    normalized = outputEncoding.toLowerCase();
    if (normalized === 'utf-8') normalized = 'utf8';
  }
  const hex = normalized === 'hex';
  const index = mdIndex(algorithm);
  if (index < 0) throw new Error(`Digest method ${algorithm} is not supported`);
  if (outputLength === undefined) {
    return digestOf(index, typeof input === 'string' ? input : bytesOf(input), normalized);
  }
  const r = binding.hashOneShot(index, typeof input === 'string' ? input : bytesOf(input), hex, outputLength);
  if (r === null) throw new Error(`Digest method ${algorithm} is not supported`);
  if (r === false)
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  if (hex) return r;
  const buf = bufferOf(r);
  return normalized === 'buffer' ? buf : buf.toString(normalized);
}

module.exports = {
  Hash,
  Hmac,
  hash,
  prepareSecretKey,
};
