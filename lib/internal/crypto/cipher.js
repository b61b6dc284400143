'use strict';
// createCipheriv and createDecipheriv over the binding's cipher handle
// (crypto_cipher.c). This file keeps Node's state rules and error codes.

const {
  binding, kHandle, kState, bufferOf, bytesOf, codedError, getArrayBufferOrView,
  getStringOption, getUIntOption, lazyTransform, stringBytes,
} = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/hash');
const { codes } = require('internal/errors');
const { validateString, validateInt32, validateObject } = require('internal/validators');

const ArrayBufferIsView = ArrayBuffer.isView;

let StringDecoder;
function getDecoder(decoder, encoding) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const normalized = new StringDecoder(encoding).encoding; // throws ERR_UNKNOWN_ENCODING
  decoder ||= new StringDecoder(encoding);
  if (decoder.encoding !== normalized) throw new Error('Cannot change encoding');
  return decoder;
}

function createCipherBase(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  if (iv !== null) {
    if (typeof iv !== 'string' && !ArrayBufferIsView(iv) &&
        !(iv instanceof ArrayBuffer) && !(typeof SharedArrayBuffer === 'function' && iv instanceof SharedArrayBuffer)) {
      throw new codes.ERR_INVALID_ARG_TYPE('iv', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], iv);
    }
    iv = getArrayBufferOrView(iv, 'iv', encoding);
  }
  const authTagLength = getUIntOption(options, 'authTagLength');
  const handle = binding.cipherNew(cipher, key, iv, encrypt, authTagLength);
  if (typeof handle === 'number') {
    switch (handle) {
      case 1: throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
      case 2: throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
      case 3: throw new codes.ERR_CRYPTO_INVALID_IV();
      case 4: throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${authTagLength}`);
      default: throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(`authTagLength required for ${cipher}`);
    }
  }
  self[kHandle] = handle;
  const ccm = /-ccm$/i.test(cipher);
  // CCM's counter field bounds the message: 2^(8 * (15 - ivLength)) - 1 bytes
  const ccmMax = ccm && iv !== null ? 2 ** (8 * (15 - iv.byteLength)) - 1 : Infinity;
  self[kState] = { finalized: false, ccm, ccmMax, gcm: /gcm$/i.test(cipher), authTagLength };
  self._decoder = null;
  self._options = options;
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    data = stringBytes(data, inputEncoding);
  } else if (!ArrayBufferIsView(data)) {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  } else {
    data = bytesOf(data);
  }
  const state = this[kState];
  if (state.finalized) throw new Error('Trying to add data in unsupported state');
  if (state.ccm && data.byteLength > state.ccmMax) throw new Error('Invalid message length');
  const ab = this[kHandle].update(data);
  if (ab === null) throw new Error('Trying to add data in unsupported state');
  const ret = bufferOf(ab);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  state.finalized = true;
  const ret = bufferOf(this[kHandle].final());
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (this[kState].finalized || !this[kHandle].setAutoPadding(!!ap))
    throw new codes.ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const buffer = getArrayBufferOrView(aadbuf, 'buffer', encoding);
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_INVALID_STATE('setAAD');
  if (this[kState].ccm) {
    if (plaintextLength === -1)
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'options.plaintextLength required for CCM mode with AAD');
    if (plaintextLength > this[kState].ccmMax) throw new Error('Invalid message length');
  }
  if (!this[kHandle].setAAD(buffer, plaintextLength)) throw new codes.ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, true);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, false);
}

const common = { update, final, setAutoPadding, setAAD, _transform, _flush };
for (const C of [Cipheriv, Decipheriv]) {
  for (const name of Object.keys(common)) {
    Object.defineProperty(C.prototype, name, {
      value: common[name], writable: true, configurable: true, enumerable: true,
    });
  }
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const ab = this[kHandle].getAuthTag();
  if (ab === undefined) throw new codes.ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return bufferOf(ab);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const r = this[kState].finalized ? 1 : this[kHandle].setAuthTag(tag);
  if (r === 1) throw new codes.ERR_CRYPTO_INVALID_STATE('setAuthTag');
  if (r === 2) throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${tag.byteLength}`);
  const state = this[kState];
  if (state.gcm && state.authTagLength === -1 && tag.byteLength < 16) {
    process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the ' +
                        'authTagLength option when initializing decryption is deprecated.',
                        'DeprecationWarning', 'DEP0182');
  }
  return this;
};

const LazyTransform = lazyTransform();
for (const C of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength = -1, ivLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) {
      validateInt32(options.keyLength, 'options.keyLength');
      keyLength = options.keyLength;
    }
    if (options.ivLength !== undefined) {
      validateInt32(options.ivLength, 'options.ivLength');
      ivLength = options.ivLength;
    }
  }
  const info = binding.cipherInfo(nameOrNid, keyLength, ivLength);
  if (info === undefined) return undefined;
  const [name, nid, mode, blockSize, iv, key] = info;
  const ret = {};
  if (mode) ret.mode = mode;
  ret.name = name;
  ret.nid = nid;
  if (mode !== 'stream') ret.blockSize = blockSize;
  if (iv !== 0) ret.ivLength = iv;
  ret.keyLength = key;
  return ret;
}

module.exports = { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCipherInfo };
