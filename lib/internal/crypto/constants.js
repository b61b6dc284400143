'use strict';
// crypto.constants: OpenSSL's values from the headers kiln is built
// against (internalBinding('crypto_constants'), which loads no libcrypto),
// with Node's two cipher lists. defaultCipherList is --tls-cipher-list when
// given; it becomes a plain property once read or set, as in Node.

// Node's default TLS cipher list (its own choice, not OpenSSL's).
const kDefaultCoreCipherList = [
  'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA256', 'DHE-RSA-AES256-SHA256', 'HIGH', '!aNULL', '!eNULL', '!EXPORT',
  '!DES', '!RC4', '!MD5', '!PSK', '!SRP', '!CAMELLIA',
].join(':');

function cipherListOption() {
  return require('internal/options').optionValue('--tls-cipher-list') ?? kDefaultCoreCipherList;
}

let constants;
function cryptoConstants() {
  if (constants !== undefined) return constants;
  const raw = internalBinding('crypto_constants');
  constants = { __proto__: null };
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    constants[k] = raw[k];
    if (k === 'RSA_PSS_SALTLEN_AUTO') constants.defaultCoreCipherList = kDefaultCoreCipherList;
  }
  Object.defineProperty(constants, 'defaultCipherList', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = cipherListOption();
      Object.defineProperty(this, 'defaultCipherList', {
        __proto__: null, writable: true, configurable: true, enumerable: true, value,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(this, 'defaultCipherList', {
        __proto__: null, writable: true, configurable: true, enumerable: true, value,
      });
    },
  });
  return constants;
}

// Whether node:crypto made the object already (node:constants copies
// defaultCipherList only then, as Node's does).
function cryptoConstantsMade() {
  return constants !== undefined;
}

module.exports = { cryptoConstants, cryptoConstantsMade };
