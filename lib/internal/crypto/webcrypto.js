'use strict';
// Web Crypto: the Crypto object (globalThis.crypto), CryptoKey and
// SubtleCrypto over the same OpenSSL operations as node:crypto. A CryptoKey
// holds a KeyObject (its key material) and the Web Crypto slots: algorithm,
// extractable, usages. WebIDL argument conversion and the algorithm
// normalization of the spec come first; then each operation checks the
// key and its parameters as Node 24 does, with its DOMException names and
// messages.

const { binding } = require('internal/crypto/util');
const { codes } = require('internal/errors');
const random = require('internal/crypto/random');

// KeyObject's module, loaded with the first key operation (not by the
// Crypto object, whose getRandomValues and randomUUID need no keys)
let kKeyBytes, kAsymHandle, wrapAsymmetric, publicOf, exportJwk, parseDer, ecSpki, okpSpki, okpPkcs8, ecPkcs8,
  rsaSpki, rsaPkcs8, b64urlBytes, kOkpSizes, kEcSizes, secretKeyFromBytes;
let keysLoaded = false;
function loadKeys() {
  if (keysLoaded) return;
  keysLoaded = true;
  ({
    kKeyBytes, kAsymHandle, wrapAsymmetric, publicOf, exportJwk, parseDer, ecSpki, okpSpki, okpPkcs8, ecPkcs8,
    rsaSpki, rsaPkcs8, b64urlBytes, kOkpSizes, kEcSizes, secretKeyFromBytes,
  } = require('internal/crypto/keys'));
  // Buffer's methods (base64url for JWKs) are installed when 'buffer' loads
  require('buffer');
}

const kIllegal = Symbol('kIllegalConstructor');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// ---- errors

const kOperationFailed = 'The operation failed for an operation-specific reason';
const dom = (message, name) => new DOMException(message, name);
const operationError = (message = kOperationFailed) => dom(message, 'OperationError');
const dataError = (message) => dom(message, 'DataError');
const accessError = (message) => dom(message, 'InvalidAccessError');
const notSupported = (message) => dom(message, 'NotSupportedError');
const syntaxError = (message) => dom(message, 'SyntaxError');

function coded(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

const kOrdinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

function prefixOf(method, iface = 'SubtleCrypto') {
  return `Failed to execute '${method}' on '${iface}'`;
}

function requireArgs(args, n, method, iface) {
  if (args.length < n) {
    throw coded(TypeError, 'ERR_MISSING_ARGS',
                `${prefixOf(method, iface)}: ${n} argument${n === 1 ? '' : 's'} required, but only ${args.length} present.`);
  }
}

// ---- WebIDL conversions

function isBufferSource(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer ||
    (v !== null && typeof v === 'object' && Object.prototype.toString.call(v) === '[object ArrayBuffer]');
}

// A private copy of a BufferSource's bytes.
function copyBytes(v) {
  const view = ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
  const out = new Uint8Array(view.length);
  out.set(view);
  return out;
}

const isShared = (buffer) => Object.prototype.toString.call(buffer) === '[object SharedArrayBuffer]';

// The bytes of a BufferSource argument: a copy where the key keeps them;
// elsewhere a view, as the operation reads them before it returns.
function toBufferSource(v, method, i, keep = false) {
  if (ArrayBuffer.isView(v) && isShared(v.buffer)) {
    throw coded(TypeError, 'ERR_INVALID_ARG_TYPE',
                `${prefixOf(method)}: ${kOrdinals[i]} argument is a view on a SharedArrayBuffer, which is not allowed.`);
  }
  if (!isBufferSource(v)) {
    throw coded(TypeError, 'ERR_INVALID_ARG_TYPE',
                `${prefixOf(method)}: ${kOrdinals[i]} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  }
  if (keep) return copyBytes(v);
  return ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
}

function toCryptoKeyArg(v, method, i) {
  if (!slots.has(v)) {
    throw coded(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefixOf(method)}: ${kOrdinals[i]} argument is not of type CryptoKey.`);
  }
  return v;
}

function toAlgorithmIdentifier(v) {
  if (v !== null && (typeof v === 'object' || typeof v === 'function')) return v;
  return `${v}`;
}

const kKeyFormats = ['raw', 'pkcs8', 'spki', 'jwk', 'raw-secret', 'raw-public', 'raw-private', 'raw-seed'];
function toKeyFormat(v, method, i) {
  const s = `${v}`;
  if (!kKeyFormats.includes(s)) {
    throw coded(TypeError, 'ERR_INVALID_ARG_VALUE',
                `${prefixOf(method)}: ${kOrdinals[i]} argument '${s}' is not a valid enum value of type KeyFormat.`);
  }
  return s;
}

const kUsageOrder = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];
function toKeyUsages(v, method, i) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function') || typeof v[Symbol.iterator] !== 'function') {
    throw coded(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefixOf(method)}: ${kOrdinals[i]} argument cannot be converted to sequence.`);
  }
  const out = [];
  let n = 0;
  for (const item of v) {
    const s = `${item}`;
    if (!kUsageOrder.includes(s)) {
      throw coded(TypeError, 'ERR_INVALID_ARG_VALUE',
                  `${prefixOf(method)}: ${kOrdinals[i]} argument[${n}] '${s}' is not a valid enum value of type KeyUsage.`);
    }
    out.push(s);
    n++;
  }
  return out;
}

function toJwkDictionary(v, method, i) {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' && typeof v !== 'function') {
    throw coded(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefixOf(method)}: ${kOrdinals[i]} argument cannot be converted to a dictionary`);
  }
  return v;
}

// ---- algorithm normalization

// The dictionaries of algorithm parameters: member -> [converter, required],
// members in WebIDL order (lexicographic).
const kDictionaries = {
  __proto__: null,
  RsaHashedKeyGenParams: { hash: ['hash', true], modulusLength: ['ulong', true], publicExponent: ['bigint', true] },
  RsaHashedImportParams: { hash: ['hash', true] },
  EcKeyGenParams: { namedCurve: ['string', true] },
  EcKeyImportParams: { namedCurve: ['string', true] },
  AesKeyGenParams: { length: ['ushort', true] },
  AesDerivedKeyParams: { length: ['ushort', true] },
  HmacKeyGenParams: { hash: ['hash', true], length: ['ulong', false] },
  HmacImportParams: { hash: ['hash', true], length: ['ulong', false] },
  RsaPssParams: { saltLength: ['ulong', true] },
  EcdsaParams: { hash: ['hash', true] },
  Ed448Params: { context: ['bytes', false] },
  RsaOaepParams: { label: ['bytes', false] },
  AesCbcParams: { iv: ['bytes', true] },
  AesCtrParams: { counter: ['bytes', true], length: ['octet', true] },
  AeadParams: { additionalData: ['bytes', false], iv: ['bytes', true], tagLength: ['octet', false] },
  HkdfParams: { hash: ['hash', true], info: ['bytes', true], salt: ['bytes', true] },
  Pbkdf2Params: { hash: ['hash', true], iterations: ['ulong', true], salt: ['bytes', true] },
  EcdhKeyDeriveParams: { public: ['key', true] },
  CShakeParams: { customization: ['bytes', false], functionName: ['bytes', false], outputLength: ['ulong', true] },
  KmacKeyGenParams: { length: ['ulong', false] },
  KmacImportParams: { length: ['ulong', false] },
  KmacParams: { customization: ['bytes', false], outputLength: ['ulong', true] },
};

const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kAes = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW', 'AES-OCB'];
const kKmac = ['KMAC128', 'KMAC256'];
// the secret-key algorithms; the rest are key pairs
const kSecretAlgs = [...kAes, 'ChaCha20-Poly1305', 'HMAC', ...kKmac, 'HKDF', 'PBKDF2'];
// those a 'raw' key format may name (the later ones take only 'raw-secret')
const kRawSecretAlgs = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW', 'HMAC', 'HKDF', 'PBKDF2'];
const kOkp = ['Ed25519', 'Ed448', 'X25519', 'X448'];
const kHashes = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];
const kSha3 = ['SHA3-256', 'SHA3-384', 'SHA3-512'];

function table(entries) {
  const t = { __proto__: null };
  for (const [names, dict] of entries) for (const name of [].concat(names)) t[name] = dict;
  return t;
}

const kSupported = {
  __proto__: null,
  digest: table([[kHashes, null], [kSha3, null], [['cSHAKE128', 'cSHAKE256'], 'CShakeParams']]),
  generateKey: table([[kRsa, 'RsaHashedKeyGenParams'], [['ECDSA', 'ECDH'], 'EcKeyGenParams'],
    [kAes, 'AesKeyGenParams'], ['HMAC', 'HmacKeyGenParams'], [kOkp, null], ['ChaCha20-Poly1305', null],
    [kKmac, 'KmacKeyGenParams']]),
  importKey: table([[kRsa, 'RsaHashedImportParams'], [['ECDSA', 'ECDH'], 'EcKeyImportParams'],
    ['HMAC', 'HmacImportParams'], [kAes, null], [['HKDF', 'PBKDF2'], null], [kOkp, null],
    ['ChaCha20-Poly1305', null], [kKmac, 'KmacImportParams']]),
  sign: table([['RSASSA-PKCS1-v1_5', null], ['RSA-PSS', 'RsaPssParams'], ['ECDSA', 'EcdsaParams'],
    ['Ed25519', null], ['Ed448', 'Ed448Params'], ['HMAC', null], [kKmac, 'KmacParams']]),
  encrypt: table([['RSA-OAEP', 'RsaOaepParams'], ['AES-CTR', 'AesCtrParams'], ['AES-CBC', 'AesCbcParams'],
    ['AES-GCM', 'AeadParams'], ['AES-OCB', 'AeadParams'], ['ChaCha20-Poly1305', 'AeadParams']]),
  deriveBits: table([['ECDH', 'EcdhKeyDeriveParams'], ['X25519', 'EcdhKeyDeriveParams'],
    ['X448', 'EcdhKeyDeriveParams'], ['HKDF', 'HkdfParams'], ['PBKDF2', 'Pbkdf2Params']]),
  'get key length': table([[kAes, 'AesDerivedKeyParams'], ['HMAC', 'HmacImportParams'], [['HKDF', 'PBKDF2'], null],
    ['ChaCha20-Poly1305', null], [kKmac, 'KmacImportParams']]),
  wrapKey: table([['AES-KW', null]]),
  // ML-KEM, which OpenSSL 3.0 does not have
  encapsulate: table([]),
  decapsulate: table([]),
};
kSupported.verify = kSupported.sign;
kSupported.decrypt = kSupported.encrypt;
kSupported.unwrapKey = kSupported.wrapKey;
kSupported.exportKey = kSupported.importKey;

const kExperimental = new Set(['Ed448', 'X448', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'cSHAKE128', 'cSHAKE256',
  'AES-OCB', 'ChaCha20-Poly1305', 'KMAC128', 'KMAC256']);
const warned = new Set();
function warnExperimental(name, kind = 'algorithm') {
  if ((kind === 'algorithm' && !kExperimental.has(name)) || warned.has(name)) return;
  warned.add(name);
  process.emitWarning(`The ${name} Web Crypto API ${kind} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

function normalizeError(Ctor, code, message) {
  return coded(Ctor, code, `Failed to normalize algorithm: ${message}`);
}

function convertMember(value, type, member, dict) {
  const where = `${member} in passed algorithm`;
  switch (type) {
    case 'bytes':
      if (!isBufferSource(value)) {
        throw normalizeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                             `${where} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
      }
      return copyBytes(value);
    case 'bigint':
      if (!(value instanceof Uint8Array)) {
        throw normalizeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${where} is not an Uint8Array object.`);
      }
      return copyBytes(value);
    case 'ulong':
    case 'ushort':
    case 'octet': {
      const max = type === 'ulong' ? 4294967295 : type === 'ushort' ? 65535 : 255;
      const n = +value;
      if (!Number.isFinite(n)) throw normalizeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${where} is not a finite number.`);
      const t = Math.trunc(n);
      if (t < 0 || t > max) {
        throw normalizeError(TypeError, 'ERR_OUT_OF_RANGE', `${where} is outside the expected range of 0 to ${max}.`);
      }
      return t;
    }
    case 'string':
      return `${value}`;
    case 'key':
      if (!slots.has(value)) throw normalizeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${where} is not of type CryptoKey.`);
      return value;
    case 'hash': {
      const id = toAlgorithmIdentifier(value);
      const hashName = typeof id === 'string' ? id : id.name;
      // a name not of the SHA family is refused before it is looked up
      if (hashName === undefined || !`${hashName}`.toUpperCase().startsWith('SHA')) {
        throw notSupported(`Only SHA hashes are supported in ${dict}`);
      }
      return normalizeAlgorithm(id, 'digest');
    }
  }
  return value;
}

// The spec's "normalize an algorithm" for an operation: { name } with the
// registered spelling and the converted members of the operation's
// dictionary. orUndefined: an unknown name gives undefined.
function normalizeAlgorithm(algorithm, op, orUndefined) {
  let name;
  if (typeof algorithm === 'string') {
    name = algorithm;
  } else {
    name = algorithm.name;
    if (name === undefined) {
      throw normalizeError(TypeError, 'ERR_MISSING_OPTION',
                           "passed algorithm cannot be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
    name = `${name}`;
  }
  const registered = kSupported[op];
  const upper = name.toUpperCase();
  let canonical;
  for (const key in registered) {
    if (key.toUpperCase() === upper) {
      canonical = key;
      break;
    }
  }
  if (canonical === undefined) {
    if (orUndefined) return undefined;
    throw notSupported('Unrecognized algorithm name');
  }
  warnExperimental(canonical);
  const dict = registered[canonical];
  const out = { name: canonical };
  if (dict === null) return out;
  const source = typeof algorithm === 'string' ? {} : algorithm;
  const members = kDictionaries[dict];
  for (const member in members) {
    const [type, required] = members[member];
    const value = source[member];
    if (value === undefined) {
      if (required) {
        throw normalizeError(TypeError, 'ERR_MISSING_OPTION',
                             `passed algorithm cannot be converted to '${dict}' because '${member}' is required in '${dict}'.`);
      }
      continue;
    }
    out[member] = convertMember(value, type, member, dict);
  }
  return out;
}

// ---- CryptoKey

const slots = new WeakMap();

function slotsOf(key) {
  const s = slots.get(key);
  if (s === undefined) throw new codes.ERR_INVALID_THIS('CryptoKey');
  return s;
}

class CryptoKey {
  constructor() {
    throw coded(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get type() {
    return slotsOf(this).keyObject.type;
  }

  get extractable() {
    return slotsOf(this).extractable;
  }

  // what these return is the caller's to change: the key keeps its own
  get algorithm() {
    const s = slotsOf(this);
    return (s.algorithmView ??= cloneAlgorithm(s.algorithm));
  }

  get usages() {
    const s = slotsOf(this);
    return (s.usagesView ??= [...s.usages]);
  }

  [inspectCustom](depth, options, inspect) {
    if (!slots.has(this)) return this;
    if (depth < 0) return '[CryptoKey]';
    const s = slots.get(this);
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: s.keyObject.type, extractable: s.extractable, algorithm: s.algorithm, usages: s.usages,
    }, opts)}`;
  }
}

for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
Object.defineProperty(CryptoKey.prototype, inspectCustom, { enumerable: false });

function cloneAlgorithm(algorithm) {
  const out = { ...algorithm };
  if (out.hash !== undefined) out.hash = { ...out.hash };
  if (out.publicExponent !== undefined) out.publicExponent = new Uint8Array(out.publicExponent);
  return out;
}

function makeKey(keyObject, algorithm, extractable, usages) {
  const key = Object.create(CryptoKey.prototype);
  slots.set(key, {
    keyObject, algorithm, extractable: !!extractable,
    usages: kUsageOrder.filter((u) => usages.includes(u)),
  });
  return key;
}

// KeyObject.from: the key's material (DEP0204 for a non-extractable one).
function keyObjectOf(key) {
  const s = slots.get(key);
  if (s === undefined) return undefined;
  if (!s.extractable && !warned.has('DEP0204')) {
    warned.add('DEP0204');
    process.emitWarning('Passing a non-extractable CryptoKey to KeyObject.from() is deprecated.', 'DeprecationWarning',
                        'DEP0204');
  }
  return s.keyObject;
}

// ---- helpers over the key material

const kCurves = { __proto__: null, 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kCurveNames = { __proto__: null, prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const kOkpTypes = { __proto__: null, Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448' };
const kMd = { __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
  'SHA3-256': 'sha3-256', 'SHA3-384': 'sha3-384', 'SHA3-512': 'sha3-512' };
const kHashBlock = { __proto__: null, 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };

const secretBytes = (keyObject) => keyObject[kKeyBytes];
const handleOf = (keyObject) => keyObject[kAsymHandle];

function toArrayBuffer(bytes) {
  if (bytes instanceof ArrayBuffer) return bytes;
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return out;
}

function bytesToNumber(bytes) {
  let n = 0;
  for (const b of bytes) n = n * 256 + b;
  return n;
}

function checkUsages(usages, allowed, algName) {
  for (const u of usages) {
    if (!allowed.includes(u)) {
      throw syntaxError(`Unsupported key usage for ${algName === 'HKDF' || algName === 'PBKDF2' ? 'a ' : ''}${algName} key`);
    }
  }
}

function usagesFor(name, type) {
  switch (name) {
    case 'AES-CTR': case 'AES-CBC': case 'AES-GCM': case 'AES-OCB': case 'ChaCha20-Poly1305':
      return ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
    case 'AES-KW':
      return ['wrapKey', 'unwrapKey'];
    case 'HMAC': case 'KMAC128': case 'KMAC256':
      return ['sign', 'verify'];
    case 'HKDF': case 'PBKDF2':
      return ['deriveKey', 'deriveBits'];
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': case 'ECDSA': case 'Ed25519': case 'Ed448':
      return type === 'public' ? ['verify'] : type === 'private' ? ['sign'] : ['sign', 'verify'];
    case 'RSA-OAEP':
      return type === 'public' ? ['encrypt', 'wrapKey'] : type === 'private' ? ['decrypt', 'unwrapKey']
        : ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
    case 'ECDH': case 'X25519': case 'X448':
      return type === 'public' ? [] : ['deriveKey', 'deriveBits'];
  }
  return [];
}

// The algorithm slot of an asymmetric key from its KeyObject.
function asymmetricAlgorithm(algorithm, keyObject) {
  const name = algorithm.name;
  if (kRsa.includes(name)) {
    const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
    let e = publicExponent, bytes = [];
    while (e > 0n) {
      bytes.unshift(Number(e & 0xffn));
      e >>= 8n;
    }
    return { name, modulusLength, publicExponent: new Uint8Array(bytes), hash: { name: algorithm.hash.name } };
  }
  if (name === 'ECDSA' || name === 'ECDH') return { name, namedCurve: algorithm.namedCurve };
  return { name };
}

// ---- generateKey

function generateSecret(algorithm, extractable, usages) {
  const { name } = algorithm;
  checkUsages(usages, usagesFor(name), name);
  let length;
  if (name === 'HMAC') {
    length = algorithm.length;
    if (length === undefined) {
      length = kHashBlock[algorithm.hash.name];
      if (length === undefined) throw notSupported('Explicit algorithm length member is required');
    } else if (length === 0) {
      throw operationError('HmacKeyGenParams.length cannot be 0');
    }
  } else if (kKmac.includes(name)) {
    length = algorithm.length ?? (name === 'KMAC128' ? 128 : 256);
  } else if (name === 'ChaCha20-Poly1305') {
    length = 256;
  } else {
    length = algorithm.length;
    if (length !== 128 && length !== 192 && length !== 256) throw operationError('AES key length must be 128, 192, or 256 bits');
  }
  if (usages.length === 0) throw syntaxError('Usages cannot be empty when creating a key.');
  const bytes = new Uint8Array(Math.ceil(length / 8));
  if (bytes.length > 0) binding.randomFill(bytes, 0, bytes.length);
  if (length % 8) bytes[bytes.length - 1] &= (0xff << (8 - (length % 8))) & 0xff;
  return makeKey(secretKeyFromBytes(bytes), secretAlgorithm(algorithm, length), extractable, usages);
}

// The algorithm slot of a secret key of length bits.
function secretAlgorithm(algorithm, length) {
  const { name } = algorithm;
  if (name === 'HMAC') return { name, length, hash: { name: algorithm.hash.name } };
  if (name === 'ChaCha20-Poly1305' || name === 'HKDF' || name === 'PBKDF2') return { name };
  return { name, length };
}

function generatePair(algorithm, extractable, usages) {
  const { name } = algorithm;
  checkUsages(usages, usagesFor(name), name);
  let handle;
  if (kRsa.includes(name)) {
    const { modulusLength, publicExponent } = algorithm;
    const e = bytesToNumber(publicExponent);
    if (modulusLength < 256 || modulusLength > 16384 || publicExponent.length > 4 || e < 3 || e % 2 === 0) {
      checkEmptyPair(name, usages);
      throw operationError('Key generation failed');
    }
    checkEmptyPair(name, usages);
    try {
      handle = binding.keyGenerate('rsa', modulusLength, e, undefined);
    } catch {
      throw operationError('Key generation failed');
    }
  } else if (name === 'ECDSA' || name === 'ECDH') {
    const curve = kCurves[algorithm.namedCurve];
    if (curve === undefined) throw notSupported('Unrecognized namedCurve');
    checkEmptyPair(name, usages);
    handle = binding.keyGenerate('ec', 0, 0, curve);
  } else {
    checkEmptyPair(name, usages);
    handle = binding.keyGenerate(kOkpTypes[name], 0, 0, undefined);
  }
  const privateObject = wrapAsymmetric(handle, true);
  const publicObject = publicOf(privateObject);
  const alg = asymmetricAlgorithm(algorithm, privateObject);
  const pubAllowed = usagesFor(name, 'public'), privAllowed = usagesFor(name, 'private');
  return {
    publicKey: makeKey(publicObject, alg, true, usages.filter((u) => pubAllowed.includes(u))),
    privateKey: makeKey(privateObject, { ...alg, ...(alg.publicExponent ? { publicExponent: new Uint8Array(alg.publicExponent) } : {}) },
                        extractable, usages.filter((u) => privAllowed.includes(u))),
  };
}

function checkEmptyPair(name, usages) {
  const privAllowed = usagesFor(name, 'private');
  if (!usages.some((u) => privAllowed.includes(u))) throw syntaxError('Usages cannot be empty when creating a key.');
}

// ---- importKey

function importSecret(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  checkUsages(usages, usagesFor(name), name);
  let bytes;
  if (format === 'raw-secret' || (format === 'raw' && kRawSecretAlgs.includes(name))) {
    bytes = keyData;
  } else if (format === 'jwk') {
    bytes = jwkSecret(keyData, algorithm, extractable, usages);
  } else if (format === 'raw' || name === 'HKDF' || name === 'PBKDF2') {
    throw notSupported(`Unable to import ${name} using ${format} format`);
  } else {
    throw notSupported(`Unable to import ${name} secret key using ${format} format`);
  }
  if (usages.length === 0) throw syntaxError('Usages cannot be empty when importing a secret key.');
  if (name === 'HKDF' || name === 'PBKDF2') {
    if (extractable) throw syntaxError(`${name} keys are not extractable`);
    return makeKey(secretKeyFromBytes(bytes), { name }, false, usages);
  }
  if (name === 'HMAC' || kKmac.includes(name)) {
    if (name === 'HMAC' && bytes.length === 0) throw dataError('Zero-length key is not supported');
    let length = algorithm.length;
    if (name === 'HMAC' && length === 0) throw dataError('HmacImportParams.length cannot be 0');
    if (length === undefined) {
      length = bytes.length * 8;
    } else if (length > bytes.length * 8 || length <= (bytes.length - 1) * 8) {
      throw dataError('Invalid key length');
    }
    return makeKey(secretKeyFromBytes(bytes), secretAlgorithm(algorithm, length), extractable, usages);
  }
  const length = bytes.length * 8;
  if (name === 'ChaCha20-Poly1305') {
    if (length !== 256) throw dataError('Invalid key length');
  } else if (length !== 128 && length !== 192 && length !== 256) {
    throw dataError('Invalid key length');
  }
  return makeKey(secretKeyFromBytes(bytes), secretAlgorithm(algorithm, length), extractable, usages);
}

const kAesJwkSuffix = { __proto__: null, 'AES-CTR': 'CTR', 'AES-CBC': 'CBC', 'AES-GCM': 'GCM', 'AES-KW': 'KW', 'AES-OCB': 'OCB' };
const kKmacJwkAlg = { __proto__: null, KMAC128: 'K128', KMAC256: 'K256' };
const kHmacJwkAlg = { __proto__: null, 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };
// the names a JWK may give an HMAC key of a SHA-3 hash (none is exported)
const kHmacJwkAlgSha3 = { __proto__: null, 'SHA3-256': 'HS3-256', 'SHA3-384': 'HS3-384', 'SHA3-512': 'HS3-512' };
const kRsaJwkAlg = {
  __proto__: null,
  'RSASSA-PKCS1-v1_5': { 'SHA-1': 'RS1', 'SHA-256': 'RS256', 'SHA-384': 'RS384', 'SHA-512': 'RS512' },
  'RSA-PSS': { 'SHA-1': 'PS1', 'SHA-256': 'PS256', 'SHA-384': 'PS384', 'SHA-512': 'PS512' },
  'RSA-OAEP': { 'SHA-1': 'RSA-OAEP', 'SHA-256': 'RSA-OAEP-256', 'SHA-384': 'RSA-OAEP-384', 'SHA-512': 'RSA-OAEP-512' },
};

// The checks every JWK import makes: kty, use, key_ops, ext.
function checkJwkCommon(jwk, kty, extractable, usages, useValue) {
  if (jwk.kty !== kty) throw dataError('Invalid JWK "kty" Parameter');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== useValue) throw dataError('Invalid JWK "use" Parameter');
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw dataError('Invalid JWK "key_ops" Parameter');
    for (const u of usages) if (!jwk.key_ops.includes(u)) throw dataError('Key operations and usage mismatch');
    if (new Set(jwk.key_ops).size !== jwk.key_ops.length) throw dataError('Duplicate key operation');
  }
  if (jwk.ext !== undefined && jwk.ext === false && extractable) throw dataError('JWK "ext" Parameter and extractable mismatch');
}

function jwkSecret(jwk, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (name === 'HKDF' || name === 'PBKDF2') throw notSupported(`Unable to import ${name} key using jwk format`);
  checkJwkCommon(jwk, 'oct', extractable, usages, name === 'HMAC' || kKmac.includes(name) ? 'sig' : 'enc');
  if (typeof jwk.k !== 'string') throw dataError('Invalid keyData');
  const bytes = b64urlBytes(jwk.k);
  if (jwk.alg !== undefined) {
    let expected;
    if (name === 'HMAC') expected = kHmacJwkAlg[algorithm.hash.name] ?? kHmacJwkAlgSha3[algorithm.hash.name];
    else if (kKmac.includes(name)) expected = kKmacJwkAlg[name];
    else if (name === 'ChaCha20-Poly1305') expected = 'C20P';
    else expected = `A${bytes.length * 8}${kAesJwkSuffix[name]}`;
    if (jwk.alg !== expected) throw dataError('JWK "alg" does not match the requested algorithm');
  }
  return bytes;
}

function readDer(isPrivate, bytes, structure) {
  try {
    return wrapAsymmetric(parseDer(isPrivate, bytes, structure), isPrivate);
  } catch {
    throw dataError('Invalid keyData');
  }
}

function importAsymmetric(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  let keyObject;
  const isEc = name === 'ECDSA' || name === 'ECDH';
  const okp = kOkpTypes[name];
  if (isEc && kCurves[algorithm.namedCurve] === undefined) throw notSupported('Unrecognized namedCurve');
  switch (format) {
    case 'spki':
      checkUsages(usages, usagesFor(name, 'public'), name);
      keyObject = readDer(false, keyData, 'spki');
      break;
    case 'pkcs8':
      checkUsages(usages, usagesFor(name, 'private'), name);
      keyObject = readDer(true, keyData, 'pkcs8');
      break;
    case 'raw':
    case 'raw-public':
      if (kRsa.includes(name)) throw notSupported(`Unable to import ${name} using ${format} format`);
      checkUsages(usages, usagesFor(name, 'public'), name);
      if (isEc) {
        keyObject = readDer(false, ecSpki(kCurves[algorithm.namedCurve], keyData), 'spki');
      } else {
        if (keyData.length !== kOkpSizes[okp]) throw dataError(`${name} raw keys must be exactly ${kOkpSizes[okp]}-bytes`);
        keyObject = readDer(false, okpSpki(okp, keyData), 'spki');
      }
      break;
    case 'jwk':
      keyObject = jwkAsymmetric(keyData, algorithm, extractable, usages);
      break;
    default:
      throw notSupported(`Unable to import ${name} using ${format} format`);
  }
  // the key must be of the algorithm's type
  const type = keyObject.asymmetricKeyType;
  if (kRsa.includes(name)) {
    if (type !== 'rsa') throw dataError('Invalid key type');
  } else if (isEc) {
    if (type !== 'ec') throw dataError('Invalid key type');
    const curve = keyObject.asymmetricKeyDetails.namedCurve;
    if (kCurveNames[curve] !== algorithm.namedCurve) throw dataError('Named curve mismatch');
  } else if (type !== okp) {
    throw dataError('Invalid key type');
  }
  if (keyObject.type === 'private' && usages.length === 0) {
    throw syntaxError('Usages cannot be empty when importing a private key.');
  }
  return makeKey(keyObject, asymmetricAlgorithm(algorithm, keyObject), extractable, usages);
}

function jwkAsymmetric(jwk, algorithm, extractable, usages) {
  const { name } = algorithm;
  const isPrivate = jwk.d !== undefined;
  // usages of neither half first, then the JWK's members, then the half's
  checkUsages(usages, usagesFor(name), name);
  const kty = kRsa.includes(name) ? 'RSA' : name === 'ECDSA' || name === 'ECDH' ? 'EC' : 'OKP';
  const use = name === 'RSA-OAEP' || name === 'ECDH' || name.startsWith('X') ? 'enc' : 'sig';
  checkJwkCommon(jwk, kty, extractable, usages, use);
  checkUsages(usages, usagesFor(name, isPrivate ? 'private' : 'public'), name);
  if (kRsa.includes(name)) {
    if (jwk.alg !== undefined && jwk.alg !== kRsaJwkAlg[name][algorithm.hash.name]) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') throw dataError('Invalid keyData');
    const n = b64urlBytes(jwk.n), e = b64urlBytes(jwk.e);
    if (!isPrivate) return readDer(false, rsaSpki(n, e), 'spki');
    const parts = [n, e];
    for (const m of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
      if (typeof jwk[m] !== 'string') throw dataError('Invalid keyData');
      parts.push(b64urlBytes(jwk[m]));
    }
    return readDer(true, rsaPkcs8(parts), 'pkcs8');
  }
  if (name === 'ECDSA' || name === 'ECDH') {
    if (typeof jwk.crv !== 'string' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
      throw dataError('Invalid keyData');
    }
    if (jwk.crv !== algorithm.namedCurve) throw dataError('JWK "crv" does not match the requested algorithm');
    const curve = kCurves[algorithm.namedCurve];
    if (jwk.alg !== undefined && name === 'ECDSA') {
      const expected = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[algorithm.namedCurve];
      if (jwk.alg !== expected) throw dataError('JWK "alg" does not match the requested algorithm');
    }
    const size = kEcSizes[curve];
    if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') throw dataError('Invalid keyData');
    const x = b64urlBytes(jwk.x), y = b64urlBytes(jwk.y);
    if (x.length !== size || y.length !== size) throw dataError('Invalid keyData');
    const point = new Uint8Array(1 + 2 * size);
    point[0] = 4;
    point.set(x, 1);
    point.set(y, 1 + size);
    if (!isPrivate) return readDer(false, ecSpki(curve, point), 'spki');
    if (typeof jwk.d !== 'string') throw dataError('Invalid keyData');
    const d = b64urlBytes(jwk.d);
    if (d.length !== size) throw dataError('Invalid keyData');
    return readDer(true, ecPkcs8(curve, d, point), 'pkcs8');
  }
  const okp = kOkpTypes[name];
  if (typeof jwk.crv !== 'string' || typeof jwk.x !== 'string') throw dataError('Invalid keyData');
  if (jwk.crv !== name) throw dataError('JWK "crv" Parameter and algorithm name mismatch');
  if (jwk.alg !== undefined && name.startsWith('Ed') && jwk.alg !== name && jwk.alg !== 'EdDSA') {
    throw dataError('JWK "alg" does not match the requested algorithm');
  }
  if (typeof jwk.x !== 'string') throw dataError('Invalid keyData');
  const x = b64urlBytes(jwk.x);
  if (x.length !== kOkpSizes[okp]) throw dataError('Invalid keyData');
  if (!isPrivate) return readDer(false, okpSpki(okp, x), 'spki');
  if (typeof jwk.d !== 'string') throw dataError('Invalid keyData');
  const d = b64urlBytes(jwk.d);
  if (d.length !== kOkpSizes[okp]) throw dataError('Invalid keyData');
  const keyObject = readDer(true, okpPkcs8(okp, d), 'pkcs8');
  // the public key given must be the private key's
  const derived = new Uint8Array(handleOf(keyObject).jwk(false)[0]);
  if (derived.length !== x.length || !derived.every((b, i) => b === x[i])) throw dataError('Invalid keyData');
  return keyObject;
}

function importKeyImpl(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (kSecretAlgs.includes(name)) return importSecret(format, keyData, algorithm, extractable, usages);
  return importAsymmetric(format, keyData, algorithm, extractable, usages);
}

// ---- exportKey

function exportKeyImpl(format, key) {
  const s = slots.get(key);
  const { keyObject, algorithm } = s;
  const { name } = algorithm;
  if (name === 'HKDF' || name === 'PBKDF2') throw notSupported(`${name} key export is not supported`);
  if (!s.extractable) throw accessError('key is not extractable');
  const type = keyObject.type;
  if (type === 'secret') {
    const bytes = secretBytes(keyObject);
    if (format === 'raw-secret' || (format === 'raw' && kRawSecretAlgs.includes(name))) return toArrayBuffer(bytes);
    if (format === 'jwk') {
      const jwk = { key_ops: [...s.usages], ext: s.extractable };
      if (name === 'HMAC') {
        const alg = kHmacJwkAlg[algorithm.hash.name];
        if (alg !== undefined) jwk.alg = alg;
      } else if (kKmac.includes(name)) {
        jwk.alg = kKmacJwkAlg[name];
      } else if (name === 'ChaCha20-Poly1305') {
        jwk.alg = 'C20P';
      } else {
        jwk.alg = `A${bytes.length * 8}${kAesJwkSuffix[name]}`;
      }
      jwk.kty = 'oct';
      jwk.k = require('buffer').Buffer.from(bytes).toString('base64url');
      return jwk;
    }
    throw notSupported(`Unable to export ${name} secret key using ${format} format`);
  }
  const handle = handleOf(keyObject);
  if (format === 'spki' && type === 'public') return handle.export(false, 'DER', 'spki', undefined, null);
  if (format === 'pkcs8' && type === 'private') return handle.export(true, 'DER', 'pkcs8', undefined, null);
  if ((format === 'raw' || format === 'raw-public') && type === 'public' && !kRsa.includes(name)) {
    const parts = handle.jwk(false);
    if (name === 'ECDSA' || name === 'ECDH') {
      const x = new Uint8Array(parts[1]), y = new Uint8Array(parts[2]);
      const out = new Uint8Array(1 + x.length + y.length);
      out[0] = 4;
      out.set(x, 1);
      out.set(y, 1 + x.length);
      return out.buffer;
    }
    return parts[0];
  }
  if (format === 'jwk') {
    const jwk = { key_ops: [...s.usages], ext: s.extractable };
    if (kRsa.includes(name)) jwk.alg = kRsaJwkAlg[name][algorithm.hash.name];
    else if (name === 'Ed25519' || name === 'Ed448') jwk.alg = name;
    return Object.assign(jwk, exportJwk(keyObject, type === 'private'));
  }
  throw notSupported(`Unable to export ${name} ${type} key using ${format} format`);
}

// ---- sign / verify

function checkKeyFor(key, algorithm, usage, message) {
  const s = slots.get(key);
  if (s.algorithm.name !== algorithm.name) throw accessError('Key algorithm mismatch');
  if (!s.usages.includes(usage)) throw accessError(message ?? `Unable to use this key to ${usage}`);
  return s;
}

function signImpl(algorithm, key, data, signature) {
  const verifying = signature !== undefined;
  const s = checkKeyFor(key, algorithm, verifying ? 'verify' : 'sign');
  const { keyObject } = s;
  const { name } = algorithm;
  if (kKmac.includes(name)) {
    const bits = algorithm.outputLength;
    let mac = new Uint8Array(0);
    if (bits % 8) {
      // OpenSSL's KMAC has whole bytes of output (and so encodes its length)
      mac = keccak().kmac(name === 'KMAC128' ? 128 : 256, secretBytes(keyObject), data, bits,
                          algorithm.customization ?? new Uint8Array(0));
    } else if (bits > 0) {
      try {
        mac = new Uint8Array(binding.kmac(name === 'KMAC128' ? 128 : 256, secretBytes(keyObject), data,
                                          Math.ceil(bits / 8), algorithm.customization));
      } catch {
        throw operationError();
      }
    }
    if (!verifying) return mac.buffer;
    return mac.length === signature.length && (mac.length === 0 || binding.timingSafeEqual(mac, signature));
  }
  if (name === 'HMAC') {
    const mac = new Uint8Array(binding.hmacOneShot(kMd[s.algorithm.hash.name], secretBytes(keyObject), data, false));
    if (!verifying) return mac.buffer;
    return mac.length === signature.length && binding.timingSafeEqual(mac, signature);
  }
  const handle = handleOf(keyObject);
  let digest = null, padding = -1, saltLength = -3, dsaEncoding = 0;
  if (name === 'RSASSA-PKCS1-v1_5') {
    digest = kMd[s.algorithm.hash.name];
    padding = binding.RSA_PKCS1_PADDING;
  } else if (name === 'RSA-PSS') {
    digest = kMd[s.algorithm.hash.name];
    padding = binding.RSA_PKCS1_PSS_PADDING;
    saltLength = algorithm.saltLength;
    // the salt must leave room for the hash and two bytes in the modulus
    const max = Math.ceil((s.algorithm.modulusLength - 1) / 8) - binding.digestSize(digest) - 2;
    if (saltLength > max) {
      const cause = new RangeError(`The value of "algorithm.saltLength" is out of range. It must be >= 0 && <= ${max}. ` +
                                   `Received ${saltLength}`);
      cause.code = 'ERR_OUT_OF_RANGE';
      throw new DOMException(kOperationFailed, { name: 'OperationError', cause });
    }
  } else if (name === 'ECDSA') {
    digest = kMd[algorithm.hash.name];
    dsaEncoding = 1;
  } else if (name === 'Ed448' && algorithm.context !== undefined && algorithm.context.length > 0) {
    throw notSupported('Non zero-length context is not yet supported');
  }
  try {
    if (verifying) return binding.verify(handle, digest, data, signature, padding, saltLength, dsaEncoding);
    return binding.sign(handle, digest, data, padding, saltLength, dsaEncoding);
  } catch {
    if (verifying) return false;
    throw operationError();
  }
}

// ---- encrypt / decrypt

let keccakModule;
const keccak = () => (keccakModule ??= require('internal/crypto/keccak'));

let cipherModule;
const cipherApi = () => (cipherModule ??= require('internal/crypto/cipher'));

function aesCipherName(name, bytes) {
  const bits = bytes.length * 8;
  switch (name) {
    case 'AES-CTR': return `aes-${bits}-ctr`;
    case 'AES-CBC': return `aes-${bits}-cbc`;
    case 'AES-GCM': return `aes-${bits}-gcm`;
    case 'AES-KW': return `id-aes${bits}-wrap`;
    case 'AES-OCB': return `aes-${bits}-ocb`;
  }
}

function runCipher(cipherName, key, iv, data, encrypt, setup) {
  const { createCipheriv, createDecipheriv } = cipherApi();
  const c = (encrypt ? createCipheriv : createDecipheriv)(cipherName, key, iv, setup?.options);
  setup?.before?.(c);
  const a = c.update(data);
  const b = c.final();
  const out = new Uint8Array(a.length + b.length + (setup?.tagLength ?? 0));
  out.set(a, 0);
  out.set(b, a.length);
  if (setup?.tagLength) out.set(c.getAuthTag(), a.length + b.length);
  return out.buffer;
}

function aesCtr(bytes, algorithm, data) {
  const { counter, length } = algorithm;
  if (counter.length !== 16) throw operationError('algorithm.counter must contain exactly 16 bytes');
  if (length === 0 || length > 128) throw operationError('AES-CTR algorithm.length must be between 1 and 128');
  const cipherName = aesCipherName('AES-CTR', bytes);
  // the counter is the low `length` bits of the block; OpenSSL counts over
  // all 128, so the data is split where those bits wrap to zero
  let ctr = 0n;
  for (const b of counter) ctr = (ctr << 8n) | BigInt(b);
  const mask = (1n << BigInt(length)) - 1n;
  const low = ctr & mask;
  const blocksLeft = mask - low + 1n; // blocks before the counter wraps
  const blocks = BigInt(Math.ceil(data.length / 16));
  if (blocks > mask + 1n) throw operationError('The input data is too large for the counter length');
  if (blocks <= blocksLeft) return runCipher(cipherName, bytes, counter, data, true);
  const first = Number(blocksLeft) * 16;
  const a = new Uint8Array(runCipher(cipherName, bytes, counter, data.subarray(0, first), true));
  const wrapped = ctr & ~mask;
  const iv2 = new Uint8Array(16);
  let w = wrapped;
  for (let i = 15; i >= 0; i--) {
    iv2[i] = Number(w & 0xffn);
    w >>= 8n;
  }
  const b = new Uint8Array(runCipher(cipherName, bytes, iv2, data.subarray(first), true));
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out.buffer;
}

// AES-GCM, AES-OCB, ChaCha20-Poly1305: the tag follows the ciphertext.
function aead(bytes, algorithm, data, encrypt) {
  const tagLength = algorithm.tagLength ?? 128;
  const { iv, additionalData } = algorithm;
  if (iv.length === 0) throw operationError();
  const tagBytes = tagLength / 8;
  const cipherName = algorithm.name === 'ChaCha20-Poly1305' ? 'chacha20-poly1305' : aesCipherName(algorithm.name, bytes);
  try {
    if (encrypt) {
      return runCipher(cipherName, bytes, iv, data, true, {
        options: { authTagLength: tagBytes },
        before: (c) => additionalData !== undefined && c.setAAD(additionalData),
        tagLength: tagBytes,
      });
    }
    if (data.length < tagBytes) throw operationError();
    const body = data.subarray(0, data.length - tagBytes), tag = data.subarray(data.length - tagBytes);
    return runCipher(cipherName, bytes, iv, body, false, {
      options: { authTagLength: tagBytes },
      before: (c) => {
        c.setAuthTag(tag);
        if (additionalData !== undefined) c.setAAD(additionalData);
      },
    });
  } catch (err) {
    if (err instanceof DOMException) throw err;
    throw operationError();
  }
}

// The parameter checks Node makes before looking at the key.
function checkCipherParams(algorithm) {
  switch (algorithm.name) {
    case 'AES-CTR':
      if (algorithm.counter.length !== 16) throw operationError('algorithm.counter must contain exactly 16 bytes');
      if (algorithm.length === 0 || algorithm.length > 128) {
        throw operationError('AES-CTR algorithm.length must be between 1 and 128');
      }
      break;
    case 'AES-CBC':
      if (algorithm.iv.length !== 16) throw operationError('algorithm.iv must contain exactly 16 bytes');
      break;
    case 'AES-GCM': {
      const tagLength = algorithm.tagLength ?? 128;
      if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
        throw operationError(`${tagLength} is not a valid AES-GCM tag length`);
      }
      break;
    }
    case 'AES-OCB': {
      if (algorithm.iv.length > 15) throw operationError('AES-OCB algorithm.iv must be no more than 15 bytes');
      const tagLength = algorithm.tagLength ?? 128;
      if (![64, 96, 128].includes(tagLength)) throw operationError(`${tagLength} is not a valid AES-OCB tag length`);
      break;
    }
    case 'ChaCha20-Poly1305':
      if (algorithm.iv.length !== 12) throw operationError('algorithm.iv must contain exactly 12 bytes');
      if (algorithm.tagLength !== undefined && algorithm.tagLength !== 128) {
        throw operationError(`${algorithm.tagLength} is not a valid ChaCha20-Poly1305 tag length`);
      }
      break;
  }
}

function cipherImpl(algorithm, key, data, encrypt, usage) {
  checkCipherParams(algorithm);
  const s = checkKeyFor(key, algorithm, usage, `Unable to use this key to ${usage}`);
  const { name } = algorithm;
  const { keyObject } = s;
  if (name === 'RSA-OAEP') {
    if (keyObject.type !== (encrypt ? 'public' : 'private')) {
      throw accessError(`The requested operation is not valid for the provided key`);
    }
    try {
      return binding.cipherAsym(encrypt ? 0 : 1, handleOf(keyObject), data, 4, kMd[s.algorithm.hash.name],
                                algorithm.label ?? null);
    } catch {
      throw operationError();
    }
  }
  const bytes = secretBytes(keyObject);
  if (name === 'AES-GCM' || name === 'AES-OCB' || name === 'ChaCha20-Poly1305') return aead(bytes, algorithm, data, encrypt);
  if (name === 'AES-CTR') {
    // CTR is its own inverse
    return aesCtr(bytes, algorithm, data);
  }
  if (name === 'AES-CBC') {
    if (algorithm.iv.length !== 16) throw operationError('algorithm.iv must contain exactly 16 bytes');
    try {
      return runCipher(aesCipherName(name, bytes), bytes, algorithm.iv, data, encrypt);
    } catch {
      throw operationError();
    }
  }
  if (name === 'AES-KW') {
    try {
      return runCipher(aesCipherName(name, bytes), bytes, new Uint8Array([0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6]),
                       data, encrypt);
    } catch {
      throw operationError();
    }
  }
  throw notSupported('Unrecognized algorithm name');
}

// ---- deriveBits / deriveKey

function callbackPromise(fn) {
  return new Promise((resolve, reject) => fn((err, ab) => (err ? reject(err) : resolve(ab))));
}

function truncateBits(ab, length) {
  const bytes = Math.ceil(length / 8);
  const out = new Uint8Array(bytes);
  out.set(new Uint8Array(ab, 0, bytes));
  if (length % 8) out[bytes - 1] &= (0xff << (8 - (length % 8))) & 0xff;
  return out.buffer;
}

async function deriveBitsImpl(algorithm, baseKey, length, usage) {
  const s = slots.get(baseKey);
  if (s.algorithm.name !== algorithm.name) throw accessError('Key algorithm mismatch');
  if (!s.usages.includes(usage)) throw accessError(`baseKey does not have ${usage} usage`);
  const { name } = algorithm;
  if (name === 'HKDF' || name === 'PBKDF2') {
    if (length === null) throw operationError('length cannot be null');
    if (length % 8 !== 0) throw operationError('length must be a multiple of 8');
    if (length === 0) return new ArrayBuffer(0);
    const ikm = secretBytes(s.keyObject);
    const md = kMd[algorithm.hash.name];
    try {
      if (name === 'PBKDF2') {
        if (algorithm.iterations === 0) throw operationError('iterations cannot be zero');
        return await callbackPromise((cb) => binding.pbkdf2(ikm, algorithm.salt, algorithm.iterations, length / 8, md, cb));
      }
      if (length / 8 > 255 * binding.digestSize(md)) throw operationError();
      return await callbackPromise((cb) => binding.hkdf(md, ikm, algorithm.salt, algorithm.info, length / 8, cb));
    } catch (err) {
      if (err instanceof DOMException) throw err;
      throw operationError();
    }
  }
  // ECDH, X25519, X448
  const pub = slots.get(algorithm.public);
  if (pub.keyObject.type !== 'public') throw accessError('algorithm.public must be a public key');
  if (s.keyObject.type !== 'private') throw accessError('baseKey must be a private key');
  if (pub.algorithm.name !== name) throw accessError('key algorithm mismatch');
  if (name === 'ECDH' && pub.algorithm.namedCurve !== s.algorithm.namedCurve) throw accessError('Named curve mismatch');
  let secret;
  try {
    secret = binding.derive(handleOf(s.keyObject), handleOf(pub.keyObject));
  } catch {
    throw operationError();
  }
  if (length === null) return secret;
  if (secret.byteLength * 8 < length) throw operationError('derived bit length is too small');
  return truncateBits(secret, length);
}

function keyLengthOf(algorithm) {
  const { name } = algorithm;
  if (kAes.includes(name)) {
    const { length } = algorithm;
    if (length !== 128 && length !== 192 && length !== 256) throw operationError('AES key length must be 128, 192, or 256 bits');
    return length;
  }
  if (name === 'ChaCha20-Poly1305') return 256;
  if (kKmac.includes(name)) return algorithm.length ?? (name === 'KMAC128' ? 128 : 256);
  if (name === 'HMAC') {
    if (algorithm.length === undefined) {
      const len = kHashBlock[algorithm.hash.name];
      if (len === undefined) throw notSupported('Explicit algorithm length member is required');
      return len;
    }
    if (algorithm.length === 0) throw dataError('HmacImportParams.length cannot be 0');
    return algorithm.length;
  }
  return null;
}

// ---- digest

function digestImpl(algorithm, data) {
  const { name } = algorithm;
  if (name === 'cSHAKE128' || name === 'cSHAKE256') {
    if (algorithm.functionName !== undefined && algorithm.functionName.length > 0) {
      throw notSupported('Unsupported CShakeParams functionName');
    }
    const bits = algorithm.outputLength;
    if (bits === 0) return new ArrayBuffer(0);
    if (algorithm.customization !== undefined && algorithm.customization.length > 0) {
      // OpenSSL's SHAKE takes no customization string
      const variant = name === 'cSHAKE128' ? 128 : 256;
      return keccak().cshake(variant, data, bits, new Uint8Array(0), algorithm.customization).buffer;
    }
    const out = binding.hashOneShot(name === 'cSHAKE128' ? 'shake128' : 'shake256', data, false, Math.ceil(bits / 8));
    return bits % 8 ? truncateBits(out, bits) : out;
  }
  return binding.hashOneShot(kMd[name], data, false, -1);
}

// ---- SubtleCrypto

let isSubtle;
function checkThis(self) {
  if (!isSubtle(self)) throw new codes.ERR_INVALID_THIS('SubtleCrypto');
  loadKeys();
}

class SubtleCrypto {
  #brand = true;

  static {
    isSubtle = (v) => v !== null && typeof v === 'object' && #brand in v;
  }

  constructor(key) {
    if (key !== kIllegal) throw coded(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  static supports(operation, algorithm, lengthOrAdditionalAlgorithm = null) {
    if (this !== SubtleCrypto) throw new codes.ERR_INVALID_THIS('SubtleCrypto constructor');
    requireArgs(arguments, 2, 'supports');
    warnExperimental('supports', 'method');
    operation = `${operation}`;
    algorithm = toAlgorithmIdentifier(algorithm);
    if (lengthOrAdditionalAlgorithm !== null && typeof lengthOrAdditionalAlgorithm !== 'number') {
      lengthOrAdditionalAlgorithm = toAlgorithmIdentifier(lengthOrAdditionalAlgorithm);
    }
    return supportsImpl(operation, algorithm, lengthOrAdditionalAlgorithm);
  }

  async getPublicKey(key, keyUsages) {
    checkThis(this);
    requireArgs(arguments, 2, 'getPublicKey');
    warnExperimental('getPublicKey', 'method');
    key = toCryptoKeyArg(key, 'getPublicKey', 0);
    keyUsages = toKeyUsages(keyUsages, 'getPublicKey', 1);
    const s = slots.get(key);
    if (s.keyObject.type === 'secret') throw notSupported('key must be a private key');
    if (s.keyObject.type !== 'private') throw accessError('key must be a private key');
    const { name } = s.algorithm;
    checkUsages(keyUsages, usagesFor(name, 'public'), name);
    return makeKey(publicOf(s.keyObject), cloneAlgorithm(s.algorithm), true, keyUsages);
  }

  async digest(algorithm, data) {
    checkThis(this);
    requireArgs(arguments, 2, 'digest');
    algorithm = toAlgorithmIdentifier(algorithm);
    data = toBufferSource(data, 'digest', 1);
    algorithm = normalizeAlgorithm(algorithm, 'digest');
    return digestImpl(algorithm, data);
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this);
    requireArgs(arguments, 3, 'generateKey');
    algorithm = toAlgorithmIdentifier(algorithm);
    extractable = !!extractable;
    keyUsages = toKeyUsages(keyUsages, 'generateKey', 2);
    algorithm = normalizeAlgorithm(algorithm, 'generateKey');
    if (kSecretAlgs.includes(algorithm.name)) return generateSecret(algorithm, extractable, keyUsages);
    return generatePair(algorithm, extractable, keyUsages);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this);
    requireArgs(arguments, 5, 'importKey');
    format = toKeyFormat(format, 'importKey', 0);
    keyData = format === 'jwk' ? toJwkDictionary(keyData, 'importKey', 1) : toBufferSource(keyData, 'importKey', 1, true);
    algorithm = toAlgorithmIdentifier(algorithm);
    extractable = !!extractable;
    keyUsages = toKeyUsages(keyUsages, 'importKey', 4);
    algorithm = normalizeAlgorithm(algorithm, 'importKey');
    return importKeyImpl(format, keyData, algorithm, extractable, keyUsages);
  }

  async exportKey(format, key) {
    checkThis(this);
    requireArgs(arguments, 2, 'exportKey');
    format = toKeyFormat(format, 'exportKey', 0);
    key = toCryptoKeyArg(key, 'exportKey', 1);
    return exportKeyImpl(format, key);
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    requireArgs(arguments, 3, 'sign');
    algorithm = toAlgorithmIdentifier(algorithm);
    key = toCryptoKeyArg(key, 'sign', 1);
    data = toBufferSource(data, 'sign', 2);
    algorithm = normalizeAlgorithm(algorithm, 'sign');
    return signImpl(algorithm, key, data);
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    requireArgs(arguments, 4, 'verify');
    algorithm = toAlgorithmIdentifier(algorithm);
    key = toCryptoKeyArg(key, 'verify', 1);
    signature = toBufferSource(signature, 'verify', 2);
    data = toBufferSource(data, 'verify', 3);
    algorithm = normalizeAlgorithm(algorithm, 'verify');
    return signImpl(algorithm, key, data, signature);
  }

  async encrypt(algorithm, key, data) {
    checkThis(this);
    requireArgs(arguments, 3, 'encrypt');
    algorithm = toAlgorithmIdentifier(algorithm);
    key = toCryptoKeyArg(key, 'encrypt', 1);
    data = toBufferSource(data, 'encrypt', 2);
    algorithm = normalizeAlgorithm(algorithm, 'encrypt');
    return cipherImpl(algorithm, key, data, true, 'encrypt');
  }

  async decrypt(algorithm, key, data) {
    checkThis(this);
    requireArgs(arguments, 3, 'decrypt');
    algorithm = toAlgorithmIdentifier(algorithm);
    key = toCryptoKeyArg(key, 'decrypt', 1);
    data = toBufferSource(data, 'decrypt', 2);
    algorithm = normalizeAlgorithm(algorithm, 'decrypt');
    return cipherImpl(algorithm, key, data, false, 'decrypt');
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkThis(this);
    requireArgs(arguments, 2, 'deriveBits');
    algorithm = toAlgorithmIdentifier(algorithm);
    baseKey = toCryptoKeyArg(baseKey, 'deriveBits', 1);
    if (length !== null) length = toUlong(length, 'deriveBits', 2);
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    return deriveBitsImpl(algorithm, baseKey, length, 'deriveBits');
  }

  async deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
    checkThis(this);
    requireArgs(arguments, 5, 'deriveKey');
    algorithm = toAlgorithmIdentifier(algorithm);
    baseKey = toCryptoKeyArg(baseKey, 'deriveKey', 1);
    derivedKeyType = toAlgorithmIdentifier(derivedKeyType);
    extractable = !!extractable;
    keyUsages = toKeyUsages(keyUsages, 'deriveKey', 4);
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    const importAlg = normalizeAlgorithm(derivedKeyType, 'importKey');
    const length = keyLengthOf(normalizeAlgorithm(derivedKeyType, 'get key length'));
    const bits = await deriveBitsImpl(algorithm, baseKey, length, 'deriveKey');
    return importKeyImpl('raw-secret', new Uint8Array(bits), importAlg, extractable, keyUsages);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this);
    requireArgs(arguments, 4, 'wrapKey');
    format = toKeyFormat(format, 'wrapKey', 0);
    key = toCryptoKeyArg(key, 'wrapKey', 1);
    wrappingKey = toCryptoKeyArg(wrappingKey, 'wrapKey', 2);
    wrapAlgorithm = toAlgorithmIdentifier(wrapAlgorithm);
    // AES-KW wraps; the other algorithms encrypt the exported key
    let algorithm;
    try {
      algorithm = normalizeAlgorithm(wrapAlgorithm, 'wrapKey');
    } catch {
      algorithm = normalizeAlgorithm(wrapAlgorithm, 'encrypt');
    }
    const s = slots.get(wrappingKey);
    if (s.algorithm.name !== algorithm.name) throw accessError('Key algorithm mismatch');
    if (!s.usages.includes('wrapKey')) throw accessError('Unable to use this key to wrapKey');
    let bytes = exportKeyImpl(format, key);
    if (format === 'jwk') {
      let json = JSON.stringify(bytes);
      // AES-KW wraps whole 64-bit blocks: the JSON is padded with spaces
      if (algorithm.name === 'AES-KW') json = json.padEnd(Math.ceil(json.length / 8) * 8, ' ');
      bytes = new TextEncoder().encode(json);
    } else {
      bytes = new Uint8Array(bytes);
    }
    return cipherImpl(algorithm, wrappingKey, bytes, true, 'wrapKey');
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this);
    requireArgs(arguments, 7, 'unwrapKey');
    format = toKeyFormat(format, 'unwrapKey', 0);
    wrappedKey = toBufferSource(wrappedKey, 'unwrapKey', 1);
    unwrappingKey = toCryptoKeyArg(unwrappingKey, 'unwrapKey', 2);
    unwrapAlgorithm = toAlgorithmIdentifier(unwrapAlgorithm);
    unwrappedKeyAlgorithm = toAlgorithmIdentifier(unwrappedKeyAlgorithm);
    extractable = !!extractable;
    keyUsages = toKeyUsages(keyUsages, 'unwrapKey', 6);
    let algorithm;
    try {
      algorithm = normalizeAlgorithm(unwrapAlgorithm, 'unwrapKey');
    } catch {
      algorithm = normalizeAlgorithm(unwrapAlgorithm, 'decrypt');
    }
    const importAlg = normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey');
    const s = slots.get(unwrappingKey);
    if (s.algorithm.name !== algorithm.name) throw accessError('Key algorithm mismatch');
    if (!s.usages.includes('unwrapKey')) throw accessError('Unable to use this key to unwrapKey');
    const bytes = new Uint8Array(cipherImpl(algorithm, unwrappingKey, wrappedKey, false, 'unwrapKey'));
    let keyData = bytes;
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw dataError('Invalid wrapped JWK key');
      }
    }
    return importKeyImpl(format, keyData, importAlg, extractable, keyUsages);
  }
}

// Key encapsulation (ML-KEM): the arguments are checked as Node checks
// them; no algorithm is available with OpenSSL 3.0.
Object.assign(SubtleCrypto.prototype, {
  async encapsulateBits(encapsulationAlgorithm, encapsulationKey) {
    checkThis(this);
    requireArgs(arguments, 2, 'encapsulateBits');
    encapsulationAlgorithm = toAlgorithmIdentifier(encapsulationAlgorithm);
    toCryptoKeyArg(encapsulationKey, 'encapsulateBits', 1);
    normalizeAlgorithm(encapsulationAlgorithm, 'encapsulate');
  },
  async encapsulateKey(encapsulationAlgorithm, encapsulationKey, sharedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this);
    requireArgs(arguments, 5, 'encapsulateKey');
    encapsulationAlgorithm = toAlgorithmIdentifier(encapsulationAlgorithm);
    toCryptoKeyArg(encapsulationKey, 'encapsulateKey', 1);
    toAlgorithmIdentifier(sharedKeyAlgorithm);
    toKeyUsages(keyUsages, 'encapsulateKey', 4);
    normalizeAlgorithm(encapsulationAlgorithm, 'encapsulate');
  },
  async decapsulateBits(decapsulationAlgorithm, decapsulationKey, ciphertext) {
    checkThis(this);
    requireArgs(arguments, 3, 'decapsulateBits');
    decapsulationAlgorithm = toAlgorithmIdentifier(decapsulationAlgorithm);
    toCryptoKeyArg(decapsulationKey, 'decapsulateBits', 1);
    toBufferSource(ciphertext, 'decapsulateBits', 2);
    normalizeAlgorithm(decapsulationAlgorithm, 'decapsulate');
  },
  async decapsulateKey(decapsulationAlgorithm, decapsulationKey, ciphertext, sharedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this);
    requireArgs(arguments, 6, 'decapsulateKey');
    decapsulationAlgorithm = toAlgorithmIdentifier(decapsulationAlgorithm);
    toCryptoKeyArg(decapsulationKey, 'decapsulateKey', 1);
    toBufferSource(ciphertext, 'decapsulateKey', 2);
    toAlgorithmIdentifier(sharedKeyAlgorithm);
    toKeyUsages(keyUsages, 'decapsulateKey', 5);
    normalizeAlgorithm(decapsulationAlgorithm, 'decapsulate');
  },
});

function toUlong(v, method, i) {
  const n = +v;
  if (!Number.isFinite(n)) {
    throw coded(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefixOf(method)}: ${kOrdinals[i]} argument is not a finite number.`);
  }
  const t = Math.trunc(n);
  if (t < 0 || t > 4294967295) {
    throw coded(TypeError, 'ERR_OUT_OF_RANGE',
                `${prefixOf(method)}: ${kOrdinals[i]} argument is outside the expected range of 0 to 4294967295.`);
  }
  return t;
}

// SubtleCrypto.supports: whether the operation would accept the
// algorithm (and the length or the derived key's algorithm) at all.
const kSupportOps = ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey', 'getPublicKey'];

function supportsImpl(operation, algorithm, extra) {
  if (!kSupportOps.includes(operation)) return false;
  try {
    if (operation === 'deriveKey') {
      const alg = normalizeAlgorithm(algorithm, 'deriveBits');
      if (extra === null || typeof extra === 'number') return false;
      normalizeAlgorithm(extra, 'importKey');
      const length = keyLengthOf(normalizeAlgorithm(extra, 'get key length'));
      return checkDeriveLength(alg, length);
    }
    if (operation === 'wrapKey' || operation === 'unwrapKey') {
      if (normalizeAlgorithm(algorithm, 'wrapKey', true) !== undefined) return true;
      normalizeAlgorithm(algorithm, operation === 'wrapKey' ? 'encrypt' : 'decrypt');
      return true;
    }
    if (operation === 'getPublicKey' || operation === 'exportKey') {
      const alg = normalizeAlgorithm(algorithm, 'importKey');
      return operation === 'exportKey' || !kSecretAlgs.includes(alg.name);
    }
    const alg = normalizeAlgorithm(algorithm, operation);
    if (operation === 'generateKey') {
      if (kAes.includes(alg.name) && ![128, 192, 256].includes(alg.length)) return false;
      if (alg.name === 'HMAC') keyLengthOf(alg);
      if (kCurves[alg.namedCurve] === undefined && (alg.name === 'ECDSA' || alg.name === 'ECDH')) return false;
    }
    if (operation === 'importKey' && (alg.name === 'ECDSA' || alg.name === 'ECDH')) {
      return kCurves[alg.namedCurve] !== undefined;
    }
    if (operation === 'encrypt' || operation === 'decrypt') checkCipherParams(alg);
    if (operation === 'deriveBits') return checkDeriveLength(alg, typeof extra === 'number' ? extra : null);
    return true;
  } catch {
    return false;
  }
}

function checkDeriveLength(alg, length) {
  if (alg.name === 'HKDF' || alg.name === 'PBKDF2') {
    if (length === null || length % 8 !== 0) return false;
    if (alg.name === 'PBKDF2' && alg.iterations === 0) return false;
  }
  return true;
}

for (const name of Object.getOwnPropertyNames(SubtleCrypto.prototype)) {
  if (name !== 'constructor') Object.defineProperty(SubtleCrypto.prototype, name, { enumerable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kIllegal);

let isCrypto;
class Crypto {
  #brand = true;

  static {
    isCrypto = (v) => v !== null && typeof v === 'object' && #brand in v;
  }

  constructor(key) {
    if (key !== kIllegal) throw coded(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get subtle() {
    if (!isCrypto(this)) throw new codes.ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!isCrypto(this)) throw new codes.ERR_INVALID_THIS('Crypto');
    requireArgs(arguments, 1, 'getRandomValues', 'Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!isCrypto(this)) throw new codes.ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const crypto = new Crypto(kIllegal);

// KeyObject.prototype.toCryptoKey: the key imported as Web Crypto would,
// without a copy of its bytes.
function toCryptoKey(keyObject, algorithm, extractable, keyUsages) {
  loadKeys();
  algorithm = normalizeAlgorithm(toAlgorithmIdentifier(algorithm), 'importKey');
  extractable = !!extractable;
  const usages = toKeyUsages(keyUsages, 'toCryptoKey', 2);
  const { name } = algorithm;
  if (keyObject.type === 'secret') {
    if (!kSecretAlgs.includes(name)) throw dataError('Invalid key type');
    return importSecret('raw-secret', new Uint8Array(secretBytes(keyObject)), algorithm, extractable, usages);
  }
  if (kSecretAlgs.includes(name)) throw dataError('Invalid key type');
  const isPrivate = keyObject.type === 'private';
  const format = isPrivate ? 'pkcs8' : 'spki';
  const der = new Uint8Array(handleOf(keyObject).export(isPrivate, 'DER', format, undefined, null));
  return importAsymmetric(format, der, algorithm, extractable, usages);
}

// util.types.isCryptoKey: the WeakMap lookup runs no Proxy trap
const isCryptoKey = (v) => slots.has(v);
require('internal/util/types').setCryptoKeyCheck(isCryptoKey);

// structuredClone of a CryptoKey: a new key with the same slots and material
function cloneCryptoKey(key) {
  const s = slotsOf(key);
  return makeKey(s.keyObject, cloneAlgorithm(s.algorithm), s.extractable, s.usages);
}

module.exports = {
  Crypto, CryptoKey, SubtleCrypto, crypto, subtle, keyObjectOf, toCryptoKey, isCryptoKey, cloneCryptoKey,
  normalizeAlgorithm,
};
