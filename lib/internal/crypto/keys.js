'use strict';
// KeyObject: secret keys keep their bytes in JS (a private copy); public
// and private keys are EVP_PKEY handles in the binding. createSecretKey,
// createPrivateKey, createPublicKey (PEM and DER; JWK not yet) and
// generateKeyPair(Sync) for rsa, rsa-pss, ec, ed25519, ed448, x25519, x448.

const { codes } = require('internal/errors');
const { FastBuffer } = require('internal/buffer');
const { getArrayBufferOrView, binding } = require('internal/crypto/util');
const {
  validateFunction, validateInt32, validateInteger, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');

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
    throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
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
    if (options !== undefined) validateObject(options, 'options');
    const { format = 'pem', type, cipher, passphrase } = options || {};
    const isPrivate = this.type === 'private';
    if (format === 'jwk') return exportJwk(this, isPrivate);
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
    const jwk = { kty: 'EC', crv, x: b64url(parts[1]), y: b64url(parts[2]) };
    if (parts[3] !== undefined) jwk.d = b64url(parts[3]);
    return jwk;
  }
  if (kOkpCurves[type] !== undefined) {
    const jwk = { crv: kOkpCurves[type], x: b64url(parts[0]) };
    if (parts[1] !== undefined) jwk.d = b64url(parts[1]);
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
    if (format === 'jwk') throw new codes.ERR_INVALID_ARG_VALUE('key.format', format, 'is not supported by kiln yet');
    if (format !== 'pem' && format !== 'der') throw new codes.ERR_INVALID_ARG_VALUE('key.format', format);
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
    if (keyObject.type === 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', 'private');
    if (keyObject.type === 'public') return keyObject;
    return publicOf(keyObject);
  }
  return wrapAsymmetric(handle, false);
}

function publicOf(privateKey) {
  const der = privateKey[kAsymHandle].export(false, 'DER', 'spki', undefined, null);
  return wrapAsymmetric(binding.keyParse(false, der, 'DER', 'spki', null), false);
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
