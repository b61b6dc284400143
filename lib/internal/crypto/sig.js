'use strict';
// Sign, Verify and the one-shot crypto.sign/verify over the binding's
// EVP_DigestSign/EVP_DigestVerify (crypto_keys.c). A Sign collects its data
// and signs in one call, which Ed25519 and Ed448 require anyway.

const { binding, bufferOf, bytesOf, getArrayBufferOrView, stringBytes } = require('internal/crypto/util');
const { codes } = require('internal/errors');
const { prepareAsymmetricKey } = require('internal/crypto/keys');
const { validateFunction, validateString } = require('internal/validators');
const { FastBuffer } = require('internal/buffer');

const ArrayBufferIsView = ArrayBuffer.isView;
const kState = Symbol('kSignState');

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return stringBytes(data, encoding);
  if (!ArrayBufferIsView(data))
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  return bytesOf(data);
}

// padding, saltLength and dsaEncoding from the key options
function sigOptions(options) {
  let padding = -1, saltLength = -3, dsa = 0;
  if (options && typeof options === 'object') {
    if (options.padding !== undefined) {
      if (options.padding >>> 0 !== options.padding) throw new codes.ERR_INVALID_ARG_VALUE('options.padding', options.padding);
      padding = options.padding;
    }
    if (options.saltLength !== undefined) {
      if (!Number.isInteger(options.saltLength)) throw new codes.ERR_INVALID_ARG_VALUE('options.saltLength', options.saltLength);
      saltLength = options.saltLength;
    }
    if (options.dsaEncoding !== undefined) {
      if (options.dsaEncoding === 'ieee-p1363') dsa = 1;
      else if (options.dsaEncoding !== 'der') throw new codes.ERR_INVALID_ARG_VALUE('options.dsaEncoding', options.dsaEncoding);
    }
  }
  return { padding, saltLength, dsa };
}

function concat(chunks) {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.byteLength;
  const out = new FastBuffer(n);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

let Writable;
function setupStream(C) {
  Writable ??= require('stream').Writable;
  Object.setPrototypeOf(C.prototype, Writable.prototype);
  Object.setPrototypeOf(C, Writable);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kState] = { algorithm, chunks: [] };
  Writable.call(this, options);
}
setupStream(Sign);

function update(data, encoding) {
  data = toBytes(data, encoding);
  // a copy: the caller may reuse the buffer before sign()
  this[kState].chunks.push(new FastBuffer(data.buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data).slice());
  return this;
}

function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

Sign.prototype.update = update;
Sign.prototype._write = _write;

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new Error('No key provided to sign');
  const { handle } = prepareAsymmetricKey(options, true);
  const { padding, saltLength, dsa } = sigOptions(options);
  const sig = bufferOf(binding.sign(handle, this[kState].algorithm, concat(this[kState].chunks), padding, saltLength, dsa));
  return encoding && encoding !== 'buffer' ? sig.toString(encoding) : sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kState] = { algorithm, chunks: [] };
  Writable.call(this, options);
}
setupStream(Verify);

Verify.prototype.update = update;
Verify.prototype._write = _write;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const { handle } = prepareAsymmetricKey(options, false);
  const { padding, saltLength, dsa } = sigOptions(options);
  signature = toBytes(signature, sigEncoding, 'signature');
  return binding.verify(handle, this[kState].algorithm, concat(this[kState].chunks), signature, padding, saltLength, dsa);
};

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new Error('No key provided to sign');
  const { handle } = prepareAsymmetricKey(key, true);
  const { padding, saltLength, dsa } = sigOptions(key);
  let sig, error = null;
  try {
    sig = bufferOf(binding.sign(handle, algorithm ?? null, data, padding, saltLength, dsa));
  } catch (err) {
    if (!callback) throw err;
    error = err;
  }
  if (!callback) return sig;
  process.nextTick(() => (error ? callback(error) : callback(null, sig)));
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  const { handle } = prepareAsymmetricKey(key, false);
  const { padding, saltLength, dsa } = sigOptions(key);
  signature = getArrayBufferOrView(signature, 'signature');
  let ok, error = null;
  try {
    ok = binding.verify(handle, algorithm ?? null, data, signature, padding, saltLength, dsa);
  } catch (err) {
    if (!callback) throw err;
    error = err;
  }
  if (!callback) return ok;
  process.nextTick(() => (error ? callback(error) : callback(null, ok)));
}

module.exports = { Sign, Verify, signOneShot, verifyOneShot };

// publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt: RSA with
// OAEP (the default for the encrypt/decrypt pair) or PKCS#1 v1.5 padding.
const kOaep = 4, kPkcs1 = 1;
function rsaFunction(op, isPrivate, defaultPadding) {
  return function(options, buffer) {
    let padding = defaultPadding, oaepHash, oaepLabel;
    if (options && typeof options === 'object' && !ArrayBufferIsView(options)) {
      if (options.padding !== undefined) padding = options.padding;
      oaepHash = options.oaepHash;
      if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
      if (options.oaepLabel !== undefined) {
        if (!ArrayBufferIsView(options.oaepLabel) && !(options.oaepLabel instanceof ArrayBuffer))
          throw new codes.ERR_INVALID_ARG_TYPE('key.oaepLabel', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], options.oaepLabel);
        oaepLabel = bytesOf(options.oaepLabel);
      }
    }
    if (oaepHash !== undefined && binding.digestSize(oaepHash) < 0) {
      const err = new TypeError(`Invalid digest used: ${oaepHash}`);
      err.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
      throw err;
    }
    const { handle } = prepareAsymmetricKey(options, isPrivate);
    buffer = getArrayBufferOrView(buffer, 'buffer', options?.encoding);
    const r = binding.cipherAsym(op, handle, buffer, padding, oaepHash, oaepLabel);
    if (r === null) {
      const err = new TypeError(`Invalid digest used: ${oaepHash}`);
      err.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
      throw err;
    }
    return bufferOf(r);
  };
}

module.exports.publicEncrypt = rsaFunction(0, false, kOaep);
module.exports.privateDecrypt = rsaFunction(1, true, kOaep);
module.exports.privateEncrypt = rsaFunction(2, true, kPkcs1);
module.exports.publicDecrypt = rsaFunction(3, false, kPkcs1);
