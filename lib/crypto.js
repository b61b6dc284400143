'use strict';
// node:crypto over OpenSSL 3 (internalBinding('crypto')).

const { binding, codedError, getArrayBufferOrView, getDefaultEncoding } = require('internal/crypto/util');
const { codes } = require('internal/errors');
const random = require('internal/crypto/random');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const kdf = require('internal/crypto/kdf');
const keys = require('internal/crypto/keys');

const { KeyObject, createSecretKey } = keys;

const { deprecate } = require('util');

const ArrayBufferIsView = ArrayBuffer.isView;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  const check = (v, name) => {
    if (!ArrayBufferIsView(v) && !(v instanceof ArrayBuffer) &&
        !(typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer)) {
      throw new codes.ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
    }
    return getArrayBufferOrView(v, name);
  };
  buf1 = check(buf1, 'buf1');
  buf2 = check(buf2, 'buf2');
  if (buf1.byteLength !== buf2.byteLength) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

let hashes, ciphers, curves;
const getHashes = () => (hashes ??= Object.freeze(binding.getHashes())).slice();
const getCiphers = () => (ciphers ??= Object.freeze(binding.getCiphers())).slice();
const getCurves = () => (curves ??= Object.freeze(binding.getCurves())).slice();

let cipherModule;
const cipher = () => (cipherModule ??= require('internal/crypto/cipher'));
let dhModule;
const dh = () => (dhModule ??= require('internal/crypto/diffiehellman'));
let sigModule;
const sig = () => (sigModule ??= require('internal/crypto/sig'));
let webcryptoModule;
const webcrypto = () => (webcryptoModule ??= require('internal/crypto/webcrypto'));

function notImplemented(name) {
  return function() {
    throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
  };
}

module.exports = {
  createHash,
  createHmac,
  createCipheriv: (...args) => cipher().createCipheriv(...args),
  createDecipheriv: (...args) => cipher().createDecipheriv(...args),
  createDiffieHellman: (...args) => dh().createDiffieHellman(...args),
  createDiffieHellmanGroup: (name) => dh().createDiffieHellmanGroup(name),
  getDiffieHellman: (name) => dh().createDiffieHellmanGroup(name),
  createECDH: (curve) => dh().createECDH(curve),
  createSecretKey,
  getCipherInfo: (...args) => cipher().getCipherInfo(...args),
  getCiphers,
  getCurves,
  getHashes,
  hash,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  generatePrime: random.generatePrime,
  generatePrimeSync: random.generatePrimeSync,
  checkPrime: random.checkPrime,
  checkPrimeSync: random.checkPrimeSync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  timingSafeEqual,
  getFips: () => 0,
  // OpenSSL's secure heap (--secure-heap): its size, smallest block and use.
  secureHeapUsed() {
    return internalBinding('crypto').secureHeapUsed();
  },
  setFips(val) {
    if (val) throw codedError(Error, 'ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode in a non-FIPS build.');
  },
  getRandomValues(array) {
    return webcrypto().crypto.getRandomValues(array);
  },
  createSign: (algorithm, options) => new (sig().Sign)(algorithm, options),
  createVerify: (algorithm, options) => new (sig().Verify)(algorithm, options),
  sign: (algorithm, data, key, callback) => sig().signOneShot(algorithm, data, key, callback),
  verify: (algorithm, data, key, signature, callback) => sig().verifyOneShot(algorithm, data, key, signature, callback),
  publicEncrypt: (key, buffer) => sig().publicEncrypt(key, buffer),
  privateDecrypt: (key, buffer) => sig().privateDecrypt(key, buffer),
  privateEncrypt: (key, buffer) => sig().privateEncrypt(key, buffer),
  publicDecrypt: (key, buffer) => sig().publicDecrypt(key, buffer),
  createPublicKey: keys.createPublicKey,
  createPrivateKey: keys.createPrivateKey,
  diffieHellman: keys.diffieHellman,
  encapsulate: keys.encapsulate,
  decapsulate: keys.decapsulate,
  generateKey: keys.generateKey,
  generateKeySync: keys.generateKeySync,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  Hash: deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  KeyObject,
  get Certificate() { return require('internal/crypto/certificate').Certificate; },
  get X509Certificate() { return require('internal/crypto/x509').X509Certificate; },
  get Cipheriv() { return cipher().Cipheriv; },
  get DiffieHellman() { return dh().DiffieHellman; },
  get Sign() { return sig().Sign; },
  get Verify() { return sig().Verify; },
  get DiffieHellmanGroup() { return dh().DiffieHellmanGroup; },
  get ECDH() { return dh().ECDH; },
  get Decipheriv() { return cipher().Decipheriv; },
  get webcrypto() { return webcrypto().crypto; },
  get subtle() { return webcrypto().subtle; },
};
// One object, as in Node (a read-only property; the object itself is not
// frozen).
Object.defineProperty(module.exports, 'constants', {
  enumerable: true, configurable: false, writable: false, value: require('internal/crypto/constants').cryptoConstants(),
});

Object.defineProperty(module.exports, 'randomBytes', { enumerable: true, writable: true, value: random.randomBytes });
// prng, pseudoRandomBytes and rng: randomBytes, deprecated (DEP0115) under
// --pending-deprecation; the wrapper is made on first use
for (const key of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(module.exports, key, {
    enumerable: false,
    configurable: true,
    get() {
      const value = require('internal/util').pendingDeprecate(random.randomBytes, `crypto.${key} is deprecated.`, 'DEP0115');
      Object.defineProperty(this, key, { enumerable: false, configurable: true, writable: true, value });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { enumerable: true, configurable: true, writable: true, value });
    },
  });
}
void getDefaultEncoding;
