'use strict';
// pbkdf2, scrypt and hkdf: Node's argument checks here, the derivation in
// the binding (on the thread pool for the callback forms).

const { binding, bufferOf, getArrayBufferOrView, validateByteSource } = require('internal/crypto/util');
const { codes } = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateString, validateUint32,
} = require('internal/validators');

const kMaxLength = 2 ** 53 - 1;

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  // OpenSSL would make an empty key; Node reports the derivation failed
  if (keylen === 0) {
    if (binding.digestSize(digest) < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
    process.nextTick(callback, new Error('Deriving bits failed'));
    return;
  }
  const r = binding.pbkdf2(password, salt, iterations, keylen, digest, (err, ab) => {
    if (err) return callback(err);
    callback(null, bufferOf(ab));
  });
  if (r === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  if (keylen === 0) {
    if (binding.digestSize(digest) < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
    throw new Error('Deriving bits failed');
  }
  const ab = binding.pbkdf2(password, salt, iterations, keylen, digest);
  if (ab === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  return bufferOf(ab);
}

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    const has = (k) => options[k] !== undefined;
    if (has('N')) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (has('cost')) {
      if (has('N')) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('N', 'cost');
      N = options.cost;
      validateUint32(N, 'cost');
    }
    if (has('r')) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (has('blockSize')) {
      if (has('r')) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('r', 'blockSize');
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    if (has('p')) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (has('parallelization')) {
      if (has('p')) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('p', 'parallelization');
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (has('maxmem')) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  const check = binding.scryptCheck(N, r, p, maxmem);
  if (check !== true) {
    const err = new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    if (check) err.message += `: ${check}`;
    throw err;
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  options = scryptCheck(password, salt, keylen, options);
  const { N, r, p, maxmem } = options;
  validateFunction(callback, 'callback');
  binding.scrypt(options.password, options.salt, keylen, N, r, p, maxmem, (err, ab) => {
    if (err) {
      const e = new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
      return callback(e);
    }
    callback(null, bufferOf(ab));
  });
}

function scryptSync(password, salt, keylen, options = defaults) {
  options = scryptCheck(password, salt, keylen, options);
  const { N, r, p, maxmem } = options;
  try {
    return bufferOf(binding.scrypt(options.password, options.salt, keylen, N, r, p, maxmem));
  } catch {
    throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  }
}

function prepareIkm(key) {
  const keys = require('internal/crypto/keys');
  if (keys.isKeyObject(key)) return keys.secretKeyBytes(key);
  try {
    return validateByteSource(key, 'ikm');
  } catch {
    throw new codes.ERR_INVALID_ARG_TYPE('ikm',
      ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
}

function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = prepareIkm(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new codes.ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(hash);
  if (size < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hash);
  if (length > size * 255) throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
  return { hash, key, salt, info, length };
}

function hkdf(hash, key, salt, info, length, callback) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  validateFunction(callback, 'callback');
  binding.hkdf(hash, key, salt, info, length, (err, ab) => {
    if (err) return callback(err);
    callback(null, ab);
  });
}

function hkdfSync(hash, key, salt, info, length) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  return binding.hkdf(hash, key, salt, info, length);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
