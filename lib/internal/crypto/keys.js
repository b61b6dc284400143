'use strict';
// KeyObject: secret keys keep their bytes in JS (a private copy); public
// and private keys are EVP_PKEY handles in the binding. createSecretKey,
// createPrivateKey, createPublicKey (PEM, DER and JWK) and
// generateKeyPair(Sync) for rsa, rsa-pss, ec, ed25519, ed448, x25519, x448.
// KeyObject.from and toCryptoKey bridge to Web Crypto (webcrypto.js).

const { codes } = require('internal/errors');
const { FastBuffer } = require('internal/buffer');
const { getArrayBufferOrView, binding } = require('internal/crypto/util');
const {
  validateFunction, validateInt32, validateInteger, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');

let webcryptoModule;
const webcrypto = () => (webcryptoModule ??= require('internal/crypto/webcrypto'));

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');

let hasKeyObjectBrand;
class KeyObject {
  // The brand isKeyObject checks: `#brand in v` runs no Proxy trap and no
  // user code, as V8's internal-slot checks do not.
  #brand = true;

  static {
    hasKeyObjectBrand = (v) => #brand in v;
  }

  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private')
      throw new codes.ERR_INVALID_ARG_VALUE('type', type);
    if (typeof handle !== 'object' || handle === null || !(kKeyBytes in handle))
      throw new codes.ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this[kKeyType] = type;
    this[kKeyBytes] = handle[kKeyBytes];
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    const keyObject = webcrypto().keyObjectOf(key);
    if (keyObject === undefined) throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return keyObject;
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return webcrypto().toCryptoKey(this, algorithm, extractable, keyUsages);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject))
      throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kKeyBytes], b = otherKeyObject[kKeyBytes];
    return a.length === b.length && binding.timingSafeEqual(a, b);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  get symmetricKeySize() {
    return this[kKeyBytes].length;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      const { format } = options;
      if (format !== undefined) validateOneOf(format, 'options.format', ['buffer', 'jwk']);
      if (format === 'jwk') {
        return { kty: 'oct', k: new FastBuffer(this[kKeyBytes]).toString('base64url') };
      }
    }
    const bytes = this[kKeyBytes];
    const out = new FastBuffer(bytes.length);
    out.set(bytes);
    return out;
  }
}

function createSecretKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  const view = key instanceof ArrayBuffer || !ArrayBuffer.isView(key)
    ? new Uint8Array(key) : new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  const copy = new Uint8Array(view.length);
  copy.set(view);
  return new SecretKeyObject('secret', { [kKeyBytes]: copy });
}

// The bytes of a secret KeyObject, undefined for anything else; other key
// types are refused where a secret is needed.
function secretKeyBytes(key) {
  if (!(key instanceof KeyObject)) return undefined;
  if (key.type !== 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
  return key[kKeyBytes];
}

function isKeyObject(v) {
  return v !== null && typeof v === 'object' && hasKeyObjectBrand(v);
}

// ---- asymmetric keys: an EVP_PKEY handle in the binding (crypto_keys.c)

const kAsymHandle = Symbol('kAsymHandle');
const kByteKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymHandle].type();
  }

  get asymmetricKeyDetails() {
    const [modulusLength, publicExponent, namedCurve, divisorLength, hashAlgorithm, mgf1HashAlgorithm, saltLength] =
      this[kAsymHandle].details();
    const type = this.asymmetricKeyType;
    if (type === 'rsa-pss' && hashAlgorithm !== undefined) {
      return { modulusLength, publicExponent: BigInt(publicExponent), hashAlgorithm, mgf1HashAlgorithm, saltLength };
    }
    if (type === 'rsa' || type === 'rsa-pss') return { modulusLength, publicExponent: BigInt(publicExponent) };
    if (type === 'dsa') return { modulusLength, divisorLength };
    if (type === 'ec') return { namedCurve };
    return {};
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject))
      throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    if (otherKeyObject.type !== this.type) return false;
    return this[kAsymHandle].equals(otherKeyObject[kAsymHandle]);
  }

  export(options) {
    validateObject(options, 'options');
    const { format = 'pem', type, cipher, passphrase } = options;
    const isPrivate = this.type === 'private';
    if (format === 'jwk') {
      if (passphrase !== undefined) throw incompatible('jwk does not support encryption');
      return exportJwk(this, isPrivate);
    }
    if (format !== 'pem' && format !== 'der') throw new codes.ERR_INVALID_ARG_VALUE('options.format', format);
    if (type === undefined && !(isPrivate ? false : true))
      throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
    const allowed = isPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (type !== undefined && !allowed.includes(type)) throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
    if (cipher !== undefined && !isPrivate) throw new codes.ERR_INVALID_ARG_VALUE('options.cipher', cipher);
    const pass = passphrase === undefined ? null : getArrayBufferOrView(passphrase, 'options.passphrase');
    const r = this[kAsymHandle].export(isPrivate, format.toUpperCase(), type ?? (isPrivate ? 'pkcs8' : 'spki'), cipher, pass);
    return typeof r === 'string' ? r : new FastBuffer(r);
  }
}

const b64url = (ab) => new FastBuffer(ab).toString('base64url');
const kJwkCurves = { __proto__: null, prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' };
const kOkpCurves = { __proto__: null, ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };

function exportJwk(key, isPrivate) {
  const type = key.asymmetricKeyType;
  const parts = key[kAsymHandle].jwk(isPrivate);
  if (type === 'rsa') {
    const names = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
    const jwk = { kty: 'RSA' };
    for (let i = 0; i < parts.length; i++) if (parts[i] !== undefined) jwk[names[i]] = b64url(parts[i]);
    return jwk;
  }
  if (type === 'ec') {
    const crv = kJwkCurves[parts[0]];
    if (crv === undefined) {
      const err = new Error(`Unsupported JWK EC curve: ${parts[0]}.`);
      err.code = 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE';
      throw err;
    }
    const jwk = { kty: 'EC', x: b64url(parts[1]), y: b64url(parts[2]), crv };
    if (parts[3] !== undefined) jwk.d = b64url(parts[3]);
    return jwk;
  }
  if (kOkpCurves[type] !== undefined) {
    const jwk = { crv: kOkpCurves[type] };
    if (parts[1] !== undefined) jwk.d = b64url(parts[1]);
    jwk.x = b64url(parts[0]);
    jwk.kty = 'OKP';
    return jwk;
  }
  const err = new Error(`Unsupported JWK Key Type.`);
  err.code = 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE';
  throw err;
}

class PublicKeyObject extends AsymmetricKeyObject {}
class PrivateKeyObject extends AsymmetricKeyObject {}

function wrapAsymmetric(handle, isPrivate) {
  const key = new (isPrivate ? PrivateKeyObject : PublicKeyObject)(isPrivate ? 'private' : 'public',
                                                                    { [kKeyBytes]: null });
  key[kAsymHandle] = handle;
  return key;
}

// Node's key input: PEM as a string or bytes, or { key, format, type,
// passphrase, encoding }, or a KeyObject.
function parseKeyInput(key, isPrivate, name = 'key') {
  if (key instanceof KeyObject) return { keyObject: key };
  let data = key, format = 'pem', type, passphrase, encoding;
  if (typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    ({ key: data, format = 'pem', type, passphrase, encoding } = key);
    if (data instanceof KeyObject) return { keyObject: data, options: key };
    if (format === 'jwk') {
      if (data === null || typeof data !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('key.key', 'object', data);
      return { handle: jwkToHandle(data, isPrivate), options: key };
    }
    if (format !== 'pem' && format !== 'der') throw new codes.ERR_INVALID_ARG_VALUE('key.format', format);
    // DER names its structure; PEM may
    if (type !== undefined || format === 'der') {
      const types = isPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
      if (!types.includes(type)) throw new codes.ERR_INVALID_ARG_VALUE('key.type', type);
    }
    name = 'key.key';
  }
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer))
    throw new codes.ERR_INVALID_ARG_TYPE(name, kByteKeyTypes, data);
  if (typeof data === 'string' && (format === 'der' || (encoding !== undefined && encoding !== 'utf8'))) {
    data = getArrayBufferOrView(data, name, encoding);
  }
  else if (typeof data !== 'string') data = getArrayBufferOrView(data, name);
  const pass = passphrase === undefined || passphrase === null ? null : getArrayBufferOrView(passphrase, 'key.passphrase');
  const handle = binding.keyParse(isPrivate, data, format.toUpperCase(), type, pass);
  if (handle === 1) {
    const err = new TypeError('Passphrase required for encrypted key');
    err.code = 'ERR_MISSING_PASSPHRASE';
    throw err;
  }
  return { handle, options: typeof key === 'object' ? key : undefined };
}

function createPrivateKey(key) {
  // a KeyObject is not key material here, not even a private one
  if (key instanceof KeyObject)
    throw new codes.ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'], key);
  const { keyObject, handle } = parseKeyInput(key, true);
  if (keyObject) {
    if (keyObject.type !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(keyObject.type, 'private');
    return keyObject;
  }
  return wrapAsymmetric(handle, true);
}

function createPublicKey(key) {
  const { keyObject, handle } = parseKeyInput(key, false);
  if (keyObject) {
    if (keyObject.type !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(keyObject.type, 'private');
    return publicOf(keyObject);
  }
  return wrapAsymmetric(handle, false);
}

function publicOf(privateKey) {
  return wrapAsymmetric(privateKey[kAsymHandle].toPublic(), false);
}

// A key for signing (private) or verifying (public, or a private key's
// public half) and the signature options given with it.
function prepareAsymmetricKey(key, isPrivate) {
  const { keyObject, handle, options } = parseKeyInput(key, isPrivate);
  if (keyObject) {
    if (keyObject.type === 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', isPrivate ? 'private' : 'public');
    if (isPrivate && keyObject.type !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(keyObject.type, 'private');
    return { handle: keyObject[kAsymHandle], options };
  }
  return { handle, options };
}

const kKeyTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

function incompatible(what) {
  const err = new Error(`The selected key encoding ${what}.`);
  err.code = 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS';
  return err;
}

// publicKeyEncoding / privateKeyEncoding of generateKeyPair, checked before
// any key is made (an RSA-4096 pair takes a second).
function checkKeyEncoding(enc, kind, keyType) {
  if (enc == null) return;
  const name = `options.${kind}KeyEncoding`;
  if (typeof enc !== 'object') throw new codes.ERR_INVALID_ARG_VALUE(name, enc);
  const { format, type, cipher, passphrase } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') throw new codes.ERR_INVALID_ARG_VALUE(`${name}.format`, format);
  if (format !== 'jwk') {
    const allowed = kind === 'public' ? ['spki', 'pkcs1'] : ['pkcs8', 'pkcs1', 'sec1'];
    if (!allowed.includes(type)) throw new codes.ERR_INVALID_ARG_VALUE(`${name}.type`, type);
    // a structure of one key type asked of another
    if (type === 'pkcs1' && keyType !== 'rsa') throw incompatible('pkcs1 can only be used for RSA keys');
    if (type === 'sec1' && keyType !== 'ec') throw incompatible('sec1 can only be used for EC keys');
    if (kind === 'private' && cipher != null && format === 'der' && type !== 'pkcs8')
      throw incompatible(`${type} does not support encryption`);
  }
  if (kind === 'private' && cipher != null) {
    if (typeof cipher !== 'string') throw new codes.ERR_INVALID_ARG_VALUE(`${name}.cipher`, cipher);
    if (binding.cipherInfo(cipher, -1, -1) === undefined) throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
    if (typeof passphrase !== 'string' && !ArrayBuffer.isView(passphrase) && !(passphrase instanceof ArrayBuffer))
      throw new codes.ERR_INVALID_ARG_VALUE(`${name}.passphrase`, passphrase);
  }
}

function generateKeyPairSync(type, options) {
  validateString(type, 'type');
  if (!kKeyTypes.includes(type))
    throw new codes.ERR_INVALID_ARG_VALUE('type', type, `must be a supported key type`);
  // rsa, rsa-pss, dsa, ec and dh need options; the others take them only
  // for the encodings
  if (options !== undefined || ['rsa', 'rsa-pss', 'dsa', 'ec', 'dh'].includes(type)) validateObject(options, 'options');
  const { modulusLength, publicExponent = 0x10001, namedCurve, publicKeyEncoding, privateKeyEncoding } = options || {};
  checkKeyEncoding(publicKeyEncoding, 'public', type);
  checkKeyEncoding(privateKeyEncoding, 'private', type);
  if (type === 'rsa' || type === 'rsa-pss') {
    validateUint32(modulusLength, 'options.modulusLength');
    validateUint32(publicExponent, 'options.publicExponent');
  } else if (type === 'ec') {
    validateString(namedCurve, 'options.namedCurve');
    const { paramEncoding } = options;
    if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit')
      throw new codes.ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
  }
  let handle;
  if (type === 'dsa') {
    validateUint32(modulusLength, 'options.modulusLength');
    const { divisorLength } = options;
    if (divisorLength != null) validateInt32(divisorLength, 'options.divisorLength', 0);
    handle = binding.keyGenerateDsa(modulusLength, divisorLength ?? -1);
  } else if (type === 'dh') {
    const { group, prime, primeLength, generator = 2 } = options || {};
    if (group != null) {
      if (prime != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
      if (primeLength != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
      if (options.generator != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
      validateString(group, 'options.group');
      handle = binding.keyGenerateDh(group, undefined, 0, 2);
      if (handle === null) throw new codes.ERR_CRYPTO_UNKNOWN_DH_GROUP();
    } else {
      if (prime != null) {
        if (primeLength != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
        if (!ArrayBuffer.isView(prime)) throw new codes.ERR_INVALID_ARG_TYPE('options.prime', 'Buffer', prime);
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
      } else {
        throw new codes.ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
      }
      validateInt32(generator, 'options.generator', 0);
      handle = binding.keyGenerateDh(undefined, prime != null ? getArrayBufferOrView(prime, 'options.prime') : undefined,
                                     primeLength ?? 0, generator);
    }
  } else if (type === 'rsa-pss') {
    let { hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
    const { hash, mgf1Hash } = options;
    // hash and mgf1Hash are the deprecated names (DEP0154)
    if (hash !== undefined) {
      process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.', 'DeprecationWarning', 'DEP0154');
      if (hashAlgorithm !== undefined && hashAlgorithm !== hash) throw new codes.ERR_INVALID_ARG_VALUE('options.hash', hash);
      hashAlgorithm = hash;
    }
    if (mgf1Hash !== undefined) {
      process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
                          'DeprecationWarning', 'DEP0154');
      if (mgf1HashAlgorithm !== undefined && mgf1HashAlgorithm !== mgf1Hash)
        throw new codes.ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
      mgf1HashAlgorithm = mgf1Hash;
    }
    if (hashAlgorithm !== undefined) {
      validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (binding.digestSize(hashAlgorithm) < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hashAlgorithm);
    }
    if (mgf1HashAlgorithm !== undefined) {
      validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      if (binding.digestSize(mgf1HashAlgorithm) < 0) {
        const err = new TypeError(`Invalid MGF1 digest: ${mgf1HashAlgorithm}`);
        err.code = 'ERR_CRYPTO_INVALID_DIGEST';
        throw err;
      }
    }
    if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
    // RFC 8017 defaults once a hash is chosen: MGF1 with the same hash, a
    // salt as long as its output
    if (hashAlgorithm !== undefined) {
      mgf1HashAlgorithm ??= hashAlgorithm;
      if (saltLength === undefined) {
        const size = binding.digestSize(hashAlgorithm);
        if (size >= 0) saltLength = size;
      }
    }
    handle = binding.keyGenerate(type, modulusLength, publicExponent, undefined, hashAlgorithm, mgf1HashAlgorithm,
                                 saltLength ?? -1);
  } else {
    handle = binding.keyGenerate(type, modulusLength ?? 0, publicExponent, namedCurve);
    if (handle === null) throw new codes.ERR_CRYPTO_INVALID_CURVE();
  }
  const privateKey = wrapAsymmetric(handle, true);
  const publicKey = publicOf(privateKey);
  return {
    publicKey: publicKeyEncoding ? publicKey.export(publicKeyEncoding) : publicKey,
    privateKey: privateKeyEncoding ? privateKey.export(privateKeyEncoding) : privateKey,
  };
}

// The pair is made now and handed over on a later tick (the callback never
// runs synchronously, as in Node; kiln does not yet use the thread pool).
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  let pair, error = null;
  try {
    pair = generateKeyPairSync(type, options);
  } catch (err) {
    // argument errors are thrown; what OpenSSL reports goes to the callback
    if (err && typeof err.code === 'string' && err.code.startsWith('ERR_') && !err.code.startsWith('ERR_OSSL_')) throw err;
    error = err;
  }
  process.nextTick(() => (error ? callback(error) : callback(null, pair.publicKey, pair.privateKey)));
}

// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }
Object.defineProperty(generateKeyPair, require('internal/util/promisify').kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['publicKey', 'privateKey'], enumerable: false,
});

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createSecretKey,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  generateKeyPairSync,
  prepareAsymmetricKey,
  secretKeyBytes,
  isKeyObject,
};

// generateKey(Sync): secret keys for 'hmac' (8 to 2^31-1 bits) and 'aes'
// (128, 192 or 256 bits).
function generateKeySync(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  } else {
    throw new codes.ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  const bytes = new Uint8Array(Math.floor(length / 8));
  binding.randomFill(bytes, 0, bytes.length);
  return new SecretKeyObject('secret', { [kKeyBytes]: bytes });
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const key = generateKeySync(type, options);
  process.nextTick(callback, null, key);
}

module.exports.generateKey = generateKey;
module.exports.generateKeySync = generateKeySync;

// crypto.diffieHellman({ privateKey, publicKey }[, callback]): the shared
// secret of two KeyObjects of one type (dh, ec, x25519, x448).
function diffieHellman(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw new codes.ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw new codes.ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private')
    throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !['dh', 'ec', 'x448', 'x25519'].includes(privateType)) {
    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  if (callback === undefined) return new FastBuffer(binding.derive(privateKey[kAsymHandle], publicKey[kAsymHandle]));
  let secret, error = null;
  try {
    secret = new FastBuffer(binding.derive(privateKey[kAsymHandle], publicKey[kAsymHandle]));
  } catch (err) {
    error = err;
  }
  process.nextTick(() => (error ? callback(error) : callback(null, secret)));
}

module.exports.diffieHellman = diffieHellman;

// ---- JWK import: the key is rebuilt as DER (SubjectPublicKeyInfo or
// PKCS#8) and read by the same decoder as any other key.

function derLength(n) {
  if (n < 0x80) return [n];
  const out = [];
  while (n > 0) {
    out.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return [0x80 | out.length, ...out];
}

// One DER element: tag, length, contents (arrays of bytes or Uint8Arrays).
function der(tag, ...parts) {
  let len = 0;
  for (const p of parts) len += p.length;
  const head = [tag, ...derLength(len)];
  const out = new Uint8Array(head.length + len);
  out.set(head, 0);
  let off = head.length;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

// An unsigned big-endian integer as a DER INTEGER.
function derUint(bytes) {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  bytes = bytes.subarray(i);
  if (bytes.length === 0) return der(0x02, [0]);
  return bytes[0] & 0x80 ? der(0x02, [0], bytes) : der(0x02, bytes);
}

const kOid = {
  __proto__: null,
  rsaEncryption: [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01],
  ecPublicKey: [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01],
  prime256v1: [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07],
  secp384r1: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22],
  secp521r1: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23],
  secp256k1: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a],
  x25519: [0x06, 0x03, 0x2b, 0x65, 0x6e],
  x448: [0x06, 0x03, 0x2b, 0x65, 0x6f],
  ed25519: [0x06, 0x03, 0x2b, 0x65, 0x70],
  ed448: [0x06, 0x03, 0x2b, 0x65, 0x71],
};
const kOkpSizes = { __proto__: null, ed25519: 32, x25519: 32, ed448: 57, x448: 56 };

function spkiDer(algId, publicBytes) {
  return der(0x30, algId, der(0x03, [0], publicBytes));
}

function pkcs8Der(algId, privateBytes) {
  return der(0x30, [0x02, 0x01, 0x00], algId, der(0x04, privateBytes));
}

// The SubjectPublicKeyInfo of an EC point (OpenSSL checks it is on the
// curve), of an OKP key's raw bytes.
function ecSpki(curve, point) {
  return spkiDer(der(0x30, kOid.ecPublicKey, kOid[curve]), point);
}

function okpSpki(type, raw) {
  return spkiDer(der(0x30, kOid[type]), raw);
}

function okpPkcs8(type, raw) {
  return pkcs8Der(der(0x30, kOid[type]), der(0x04, raw));
}

function ecPkcs8(curve, d, point) {
  const inner = der(0x30, [0x02, 0x01, 0x01], der(0x04, d), der(0xa1, der(0x03, [0], point)));
  return pkcs8Der(der(0x30, kOid.ecPublicKey, kOid[curve]), inner);
}

function rsaSpki(n, e) {
  return spkiDer(der(0x30, kOid.rsaEncryption, [0x05, 0x00]), der(0x30, derUint(n), derUint(e)));
}

function rsaPkcs8(parts) {
  return pkcs8Der(der(0x30, kOid.rsaEncryption, [0x05, 0x00]),
                  der(0x30, [0x02, 0x01, 0x00], ...parts.map(derUint)));
}

const kJwkCurveNames = { __proto__: null, 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1', 'secp256k1': 'secp256k1' };
const kJwkOkpNames = { __proto__: null, Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448' };
const kEcSizes = { __proto__: null, prime256v1: 32, secp384r1: 48, secp521r1: 66, secp256k1: 32 };

function invalidJwk(message) {
  const err = new TypeError(message);
  err.code = 'ERR_CRYPTO_INVALID_JWK';
  return err;
}

function b64urlBytes(s) {
  return new Uint8Array(require('buffer').Buffer.from(s, 'base64url'));
}

function parseDer(isPrivate, bytes, structure) {
  return binding.keyParse(isPrivate, bytes, 'DER', structure, null, true);
}

// A key handle from a JWK for createPublicKey / createPrivateKey (Node's
// ERR_CRYPTO_INVALID_JWK errors). isPrivate: a private key is required.
function jwkToHandle(jwk, isPrivate) {
  const { kty } = jwk;
  if (kty === 'RSA') {
    if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') throw invalidJwk('Invalid JWK RSA key');
    const n = b64urlBytes(jwk.n), e = b64urlBytes(jwk.e);
    if (!isPrivate && jwk.d === undefined) return jwkParse(false, rsaSpki(n, e), 'spki', 'Invalid JWK RSA key');
    if (jwk.d === undefined) throw invalidJwk('JWK does not contain private key material');
    const names = ['d', 'p', 'q', 'dp', 'dq', 'qi'];
    for (const name of names) if (typeof jwk[name] !== 'string') throw invalidJwk('Invalid JWK RSA key');
    const der = rsaPkcs8([n, e, ...names.map((name) => b64urlBytes(jwk[name]))]);
    return jwkParse(isPrivate, der, 'pkcs8', 'Invalid JWK RSA key');
  }
  if (kty === 'EC') {
    const { crv, x, y, d } = jwk;
    if (typeof crv !== 'string' || typeof x !== 'string' || typeof y !== 'string' ||
        (d !== undefined && typeof d !== 'string')) throw invalidJwk('Invalid JWK EC key');
    const curve = kJwkCurveNames[crv];
    if (curve === undefined) throw new codes.ERR_CRYPTO_INVALID_CURVE();
    const size = kEcSizes[curve];
    const xb = b64urlBytes(x), yb = b64urlBytes(y);
    if (xb.length !== size || yb.length !== size) throw invalidJwk('Invalid JWK EC key');
    const point = new Uint8Array(1 + 2 * size);
    point[0] = 4;
    point.set(xb, 1);
    point.set(yb, 1 + size);
    if (!isPrivate && d === undefined) return jwkParse(false, ecSpki(curve, point), 'spki', 'Invalid JWK EC key');
    if (d === undefined) throw invalidJwk('JWK does not contain private key material');
    const db = b64urlBytes(d);
    if (db.length !== size) throw invalidJwk('Invalid JWK EC key');
    return jwkParse(isPrivate, ecPkcs8(curve, db, point), 'pkcs8', 'Invalid JWK EC key');
  }
  if (kty === 'OKP') {
    const { crv, x, d } = jwk;
    const type = kJwkOkpNames[crv];
    if (type === undefined || typeof x !== 'string' || (d !== undefined && typeof d !== 'string'))
      throw invalidJwk('Invalid JWK OKP key');
    const xb = b64urlBytes(x);
    if (xb.length !== kOkpSizes[type]) throw invalidJwk('Invalid JWK OKP key');
    if (!isPrivate && d === undefined) return jwkParse(false, okpSpki(type, xb), 'spki', 'Invalid JWK OKP key');
    if (d === undefined) throw invalidJwk('JWK does not contain private key material');
    const db = b64urlBytes(d);
    if (db.length !== kOkpSizes[type]) throw invalidJwk('Invalid JWK OKP key');
    return jwkParse(isPrivate, okpPkcs8(type, db), 'pkcs8', 'Invalid JWK OKP key');
  }
  throw invalidJwk(`${kty} is not a supported JWK key type`);
}

function jwkParse(isPrivate, bytes, structure, message) {
  try {
    return parseDer(isPrivate, bytes, structure);
  } catch {
    throw invalidJwk(message);
  }
}

Object.assign(module.exports, {
  kKeyBytes, kAsymHandle, wrapAsymmetric, publicOf, exportJwk, jwkToHandle, parseDer,
  ecSpki, okpSpki, okpPkcs8, ecPkcs8, rsaSpki, rsaPkcs8, b64urlBytes, kJwkCurveNames, kOkpSizes, kEcSizes,
  secretKeyFromBytes: (bytes) => new SecretKeyObject('secret', { [kKeyBytes]: bytes }),
});

// ---- crypto.encapsulate and decapsulate (KEM: RSASVE; DHKEM and ML-KEM
// where OpenSSL has them)

function kemError(message) {
  const err = new Error(message);
  err.code = 'ERR_CRYPTO_OPERATION_FAILED';
  return err;
}

function runKem(op, handle, ciphertext, callback) {
  const r = binding.kem(op, handle, ciphertext);
  const what = op === 0 ? 'encapsulation' : 'decapsulation';
  let error = null, result;
  if (r === 1) error = kemError(`Failed to initialize ${what}`);
  else if (r === 2) error = kemError(`Failed to perform ${what}`);
  else if (op === 0) result = { sharedKey: new FastBuffer(r[0]), ciphertext: new FastBuffer(r[1]) };
  else result = new FastBuffer(r);
  if (callback === undefined) {
    if (error) throw error;
    return result;
  }
  // the callback hears what Node's job reports: no detail
  if (error) error = new Error('Deriving bits failed');
  process.nextTick(() => (error ? callback(error) : callback(null, result)));
}

function encapsulate(key, callback) {
  const { handle } = prepareAsymmetricKey(key, false);
  if (callback !== undefined) validateFunction(callback, 'callback');
  return runKem(0, handle, undefined, callback);
}

function decapsulate(key, ciphertext, callback) {
  const { handle } = prepareAsymmetricKey(key, true);
  if (typeof ciphertext === 'string' || (!ArrayBuffer.isView(ciphertext) && !(ciphertext instanceof ArrayBuffer)))
    throw new codes.ERR_INVALID_ARG_TYPE('ciphertext', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], ciphertext);
  if (callback !== undefined) validateFunction(callback, 'callback');
  return runKem(1, handle, getArrayBufferOrView(ciphertext, 'ciphertext'), callback);
}

module.exports.encapsulate = encapsulate;
module.exports.decapsulate = decapsulate;
