'use strict';
// Web Crypto: the Crypto object (globalThis.crypto) with getRandomValues and
// randomUUID, and SubtleCrypto with digest. Keys (CryptoKey) are not yet
// implemented: the other subtle methods reject with NotSupportedError.

const { binding, validateByteSource } = require('internal/crypto/util');
const { codes } = require('internal/errors');
const random = require('internal/crypto/random');

const kIllegal = Symbol('kIllegalConstructor');
const digestNames = {
  __proto__: null, 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512',
  'sha3-256': 'sha3-256', 'sha3-384': 'sha3-384', 'sha3-512': 'sha3-512',
};
const canonical = {
  __proto__: null, sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512',
};

function algorithmName(algorithm) {
  if (typeof algorithm === 'string') return algorithm;
  if (algorithm !== null && typeof algorithm === 'object') {
    const name = algorithm.name;
    if (name === undefined) {
      throw new TypeError("Failed to normalize algorithm: 'name' is required");
    }
    return `${name}`;
  }
  return `${algorithm}`;
}

class CryptoKey {
  constructor() {
    throw new TypeError('Illegal constructor');
  }
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kIllegal) throw new TypeError('Illegal constructor');
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new codes.ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) {
      throw new TypeError(`Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${arguments.length} present.`);
    }
    const name = algorithmName(algorithm);
    const md = digestNames[name.toLowerCase()];
    if (md === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    let bytes;
    try {
      bytes = validateByteSource(data, 'data');
    } catch {
      throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
    }
    if (typeof data === 'string') {
      throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
    }
    // the bytes are read now: later changes to data do not matter
    return binding.hashOneShot(md, bytes, false, -1);
  }
}

for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: async function() {
      throw new DOMException(`SubtleCrypto.${name} is not supported by kiln yet`, 'NotSupportedError');
    },
    writable: true, configurable: true, enumerable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kIllegal);

class Crypto {
  constructor(key) {
    if (key !== kIllegal) throw new TypeError('Illegal constructor');
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const crypto = new Crypto(kIllegal);

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto, subtle, canonical };
