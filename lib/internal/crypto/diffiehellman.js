'use strict';
// DiffieHellman and DiffieHellmanGroup (finite-field Diffie-Hellman) over
// the binding's DH handle (crypto_dh.c).

const { binding, kHandle, bufferOf, getArrayBufferOrView, getDefaultEncoding, stringBytes } =
  require('internal/crypto/util');
const { codes } = require('internal/errors');
const { types } = require('internal/util/types');
const { validateInt32, validateString } = require('internal/validators');

const { isAnyArrayBuffer } = types;
const ArrayBufferIsView = ArrayBuffer.isView;
const DH_GENERATOR = 2;

let BufferCtor;
function isEncoding(enc) {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor.isEncoding(enc);
}

function encode(ab, encoding) {
  const buf = bufferOf(ab);
  encoding = encoding || getDefaultEncoding();
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

const kByteTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !ArrayBufferIsView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new codes.ERR_INVALID_ARG_TYPE('sizeOrKey', kByteTypes, sizeOrKey);
  }
  // Negative sizes pass here and OpenSSL refuses them, as in Node.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  // (prime, generator[, genEncoding]) without a key encoding
  if (keyEncoding && keyEncoding !== 'buffer' && !isEncoding(keyEncoding)) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding ||= getDefaultEncoding();
  genEncoding ||= getDefaultEncoding();
  if (typeof sizeOrKey !== 'number') sizeOrKey = getArrayBufferOrView(sizeOrKey, 'sizeOrKey', keyEncoding);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = stringBytes(generator, genEncoding);
  } else if (ArrayBufferIsView(generator) || isAnyArrayBuffer(generator)) {
    generator = getArrayBufferOrView(generator, 'generator');
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('generator', kByteTypes, generator);
  }
  let handle;
  if (typeof sizeOrKey === 'number') {
    if (typeof generator !== 'number') generator = bufferOf(generator.buffer ?? generator).length ? readGenerator(generator) : 0;
    handle = binding.dhNew(1, sizeOrKey, generator);
    if (handle === false) throw new codes.ERR_INVALID_ARG_VALUE('sizeOrKey', sizeOrKey, 'is invalid');
  } else {
    handle = binding.dhNew(0, sizeOrKey, generator);
  }
  if (handle === false) throw invalidParams();
  this[kHandle] = handle;
  Object.defineProperty(this, 'verifyError', { enumerable: true, value: handle.verifyError(), writable: false });
}

function invalidParams() {
  const err = new TypeError('Invalid DH parameters');
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

// A generator given as bytes for a generated prime: its value as a number.
function readGenerator(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer ?? bytes, bytes.byteOffset ?? 0, bytes.byteLength);
  let n = 0;
  for (let i = 0; i < view.length; i++) n = n * 256 + view[i];
  return n;
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  const handle = binding.dhNew(2, name);
  if (handle === null) throw new codes.ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this[kHandle] = handle;
  Object.defineProperty(this, 'verifyError', { enumerable: true, value: handle.verifyError(), writable: false });
}

function noKey(kind) {
  const err = new Error(`No ${kind} key - did you forget to generate one?`);
  err.code = 'ERR_CRYPTO_INVALID_STATE';
  return err;
}

function keylenError(message) {
  const err = new RangeError(message);
  err.code = 'ERR_CRYPTO_INVALID_KEYLEN';
  return err;
}

const methods = {
  generateKeys(encoding) {
    return encode(this[kHandle].generateKeys(), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = getArrayBufferOrView(key, 'key', inEnc);
    const r = this[kHandle].computeSecret(key);
    if (r === 1) throw keylenError('Supplied key is too small');
    if (r === 2) throw keylenError('Supplied key is too large');
    if (r === 3) throw new Error('Invalid key');
    if (r === 4) {
      const err = new Error('Failed to compute shared secret');
      err.code = 'ERR_CRYPTO_OPERATION_FAILED';
      throw err;
    }
    return encode(r, outEnc);
  },
  getPrime(encoding) {
    return encode(this[kHandle].getPrime(), encoding);
  },
  getGenerator(encoding) {
    return encode(this[kHandle].getGenerator(), encoding);
  },
  getPublicKey(encoding) {
    const ab = this[kHandle].getPublicKey();
    if (ab === null) throw noKey('public');
    return encode(ab, encoding);
  },
  getPrivateKey(encoding) {
    const ab = this[kHandle].getPrivateKey();
    if (ab === null) throw noKey('private');
    return encode(ab, encoding);
  },
};

for (const C of [DiffieHellman, DiffieHellmanGroup]) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(C.prototype, name, { value: methods[name], writable: true, configurable: true, enumerable: true });
  }
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kHandle].setPublicKey(getArrayBufferOrView(key, 'key', encoding));
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kHandle].setPrivateKey(getArrayBufferOrView(key, 'key', encoding));
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = { DiffieHellman, DiffieHellmanGroup, createDiffieHellman, createDiffieHellmanGroup };

// ECDH: elliptic-curve Diffie-Hellman over the binding's EC key handle.
// A public key set by hand may not match the private key: computeSecret
// then checks the pair (kPublicSet), as Node does.
const kPublicSet = Symbol('kPublicSet');
function pointForm(format) {
  if (format === undefined || format === 'uncompressed') return binding.POINT_CONVERSION_UNCOMPRESSED;
  if (format === 'compressed') return binding.POINT_CONVERSION_COMPRESSED;
  if (format === 'hybrid') return binding.POINT_CONVERSION_HYBRID;
  throw new codes.ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

function opFailed(message) {
  const err = new Error(message);
  err.code = 'ERR_CRYPTO_OPERATION_FAILED';
  return err;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  const handle = binding.ecdhNew(curve);
  if (handle === null) throw new codes.ERR_CRYPTO_INVALID_CURVE();
  this[kHandle] = handle;
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this[kHandle].generateKeys();
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  const r = this[kHandle].computeSecret(key, this[kPublicSet] === true);
  if (r === false) {
    const err = new RangeError('Invalid key pair');
    err.code = 'ERR_CRYPTO_INVALID_KEYPAIR';
    throw err;
  }
  if (r === null) throw new codes.ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  return encode(r, outEnc);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const form = pointForm(format);
  const ab = this[kHandle].getPublicKey(form);
  if (ab === null) throw opFailed('Failed to get ECDH public key');
  return encode(ab, encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const ab = this[kHandle].getPrivateKey();
  if (ab === null) throw opFailed('Failed to get ECDH private key');
  return encode(ab, encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kPublicSet] = false;
  if (!this[kHandle].setPrivateKey(key)) {
    const err = new RangeError('Private key is not valid for specified curve.');
    err.code = 'ERR_CRYPTO_INVALID_KEYTYPE';
    throw err;
  }
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  if (!this[kHandle].setPublicKey(key)) throw opFailed('Failed to convert Buffer to EC_POINT');
  this[kPublicSet] = true;
  return this;
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const form = pointForm(format);
  const r = binding.ecdhConvertKey(curve, key, form);
  if (r === null) throw new codes.ERR_CRYPTO_INVALID_CURVE();
  if (r === false) throw opFailed('Failed to convert Buffer to EC_POINT');
  return encode(r, outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports.ECDH = ECDH;
module.exports.createECDH = createECDH;
