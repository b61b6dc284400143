'use strict';
// SubtleCrypto's errors: WebIDL conversions (TypeErrors with Node's codes),
// algorithm normalization, and the DOMExceptions of each operation, with
// Node 24's names and messages.
const common = require('../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const idl = (code, message) => ({ name: 'TypeError', code, message });
const dom = (name, message) => ({ name, message });
const unrecognized = dom('NotSupportedError', 'Unrecognized algorithm name');

async function run() {
  const aes = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const hmac = await subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, true, ['verify']);
  const pbkdf2 = await subtle.importKey('raw', new Uint8Array(3), 'PBKDF2', false, ['deriveBits']);
  const hkdf = await subtle.importKey('raw', new Uint8Array(3), 'HKDF', false, ['deriveBits']);
  const ecdh = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const ecdh256 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const x25519 = await subtle.generateKey('X25519', true, ['deriveBits']);
  const ecdsa = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const u8 = new Uint8Array(16);
  const gcm = (extra) => ({ name: 'AES-GCM', iv: new Uint8Array(12), ...extra });
  const pbkdf2Params = { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(4), iterations: 1 };
  const hkdfParams = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(4), info: new Uint8Array(0) };

  const cases = [
    // WebIDL conversion of the arguments
    [() => subtle.importKey('raw'),
     idl('ERR_MISSING_ARGS', "Failed to execute 'importKey' on 'SubtleCrypto': 5 arguments required, but only 1 present.")],
    [() => subtle.digest('SHA-256'),
     idl('ERR_MISSING_ARGS', "Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only 1 present.")],
    [() => subtle.importKey('foo', u8, 'AES-GCM', true, ['encrypt']),
     idl('ERR_INVALID_ARG_VALUE',
         "Failed to execute 'importKey' on 'SubtleCrypto': 1st argument 'foo' is not a valid enum value of type KeyFormat.")],
    [() => subtle.importKey('raw', 'abc', 'AES-GCM', true, ['encrypt']),
     idl('ERR_INVALID_ARG_TYPE', "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument is not instance of " +
         'ArrayBuffer, Buffer, TypedArray, or DataView.')],
    [() => subtle.importKey('raw', u8, 'AES-GCM', true, 5),
     idl('ERR_INVALID_ARG_TYPE', "Failed to execute 'importKey' on 'SubtleCrypto': 5th argument cannot be converted to sequence.")],
    [() => subtle.importKey('raw', u8, 'AES-GCM', true, ['foo']),
     idl('ERR_INVALID_ARG_VALUE',
         "Failed to execute 'importKey' on 'SubtleCrypto': 5th argument[0] 'foo' is not a valid enum value of type KeyUsage.")],
    [() => subtle.importKey('jwk', 5, 'AES-GCM', true, ['encrypt']),
     idl('ERR_INVALID_ARG_TYPE', "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument cannot be converted to a dictionary")],
    [() => subtle.sign('HMAC', {}, u8),
     idl('ERR_INVALID_ARG_TYPE', "Failed to execute 'sign' on 'SubtleCrypto': 2nd argument is not of type CryptoKey.")],
    [() => subtle.digest('SHA-256', new Uint8Array(new SharedArrayBuffer(4))),
     idl('ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is a view on a " +
         'SharedArrayBuffer, which is not allowed.')],

    // algorithm normalization
    [() => subtle.importKey('raw', u8, 'FOO', true, ['encrypt']), unrecognized],
    [() => subtle.importKey('raw', u8, 5, true, ['encrypt']), unrecognized],
    [() => subtle.encrypt('AES-KW', aes, u8), unrecognized],
    [() => subtle.importKey('raw', u8, {}, true, ['encrypt']),
     idl('ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm cannot be converted to 'Algorithm' " +
         "because 'name' is required in 'Algorithm'.")],
    [() => subtle.importKey('raw', u8, { name: 'HMAC' }, true, ['sign']),
     idl('ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm cannot be converted to 'HmacImportParams' " +
         "because 'hash' is required in 'HmacImportParams'.")],
    [() => subtle.importKey('raw', u8, { name: 'HMAC', hash: 'foo' }, true, ['sign']),
     dom('NotSupportedError', 'Only SHA hashes are supported in HmacImportParams')],
    [() => subtle.importKey('raw', u8, { name: 'HMAC', hash: 'SHA256' }, true, ['sign']), unrecognized],
    [() => subtle.encrypt({ name: 'AES-GCM', iv: 'abc' }, aes, u8),
     idl('ERR_INVALID_ARG_TYPE', 'Failed to normalize algorithm: iv in passed algorithm is not instance of ' +
         'ArrayBuffer, Buffer, TypedArray, or DataView.')],
    [() => subtle.encrypt(gcm({ tagLength: 300 }), aes, u8),
     idl('ERR_OUT_OF_RANGE', 'Failed to normalize algorithm: tagLength in passed algorithm is outside the expected ' +
         'range of 0 to 255.')],
    [() => subtle.encrypt(gcm({ tagLength: NaN }), aes, u8),
     idl('ERR_INVALID_ARG_TYPE', 'Failed to normalize algorithm: tagLength in passed algorithm is not a finite number.')],
    [() => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: [1, 0, 1], hash: 'SHA-1' }, true,
                              ['encrypt']),
     idl('ERR_INVALID_ARG_TYPE', 'Failed to normalize algorithm: publicExponent in passed algorithm is not an Uint8Array object.')],
    [() => subtle.deriveBits({ name: 'ECDH', public: 1 }, ecdh.privateKey, 8),
     idl('ERR_INVALID_ARG_TYPE', 'Failed to normalize algorithm: public in passed algorithm is not of type CryptoKey.')],

    // the operations' DOMExceptions
    [() => subtle.importKey('raw', u8, 'AES-GCM', true, ['sign']), dom('SyntaxError', 'Unsupported key usage for AES-GCM key')],
    [() => subtle.importKey('raw', u8, 'PBKDF2', false, ['sign']), dom('SyntaxError', 'Unsupported key usage for a PBKDF2 key')],
    [() => subtle.importKey('raw', u8, 'AES-GCM', true, []),
     dom('SyntaxError', 'Usages cannot be empty when importing a secret key.')],
    [() => subtle.importKey('raw', new Uint8Array(17), 'AES-GCM', true, ['encrypt']), dom('DataError', 'Invalid key length')],
    [() => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']),
     dom('DataError', 'Zero-length key is not supported')],
    [() => subtle.importKey('raw', u8, 'PBKDF2', true, ['deriveBits']), dom('SyntaxError', 'PBKDF2 keys are not extractable')],
    [() => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']),
     dom('OperationError', 'AES key length must be 128, 192, or 256 bits')],
    [() => subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 0 }, true, ['sign']),
     dom('OperationError', 'HmacKeyGenParams.length cannot be 0')],
    [() => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-999' }, true, ['sign']),
     dom('NotSupportedError', 'Unrecognized namedCurve')],
    [() => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']),
     dom('SyntaxError', 'Usages cannot be empty when creating a key.')],
    [() => subtle.exportKey('raw', aes), dom('InvalidAccessError', 'key is not extractable')],
    [() => subtle.exportKey('raw', hkdf), dom('NotSupportedError', 'HKDF key export is not supported')],
    [() => subtle.exportKey('spki', hmac), dom('NotSupportedError', 'Unable to export HMAC secret key using spki format')],
    [() => subtle.exportKey('raw', ecdsa.privateKey),
     dom('NotSupportedError', 'Unable to export ECDSA private key using raw format')],
    [() => subtle.sign('HMAC', aes, u8), dom('InvalidAccessError', 'Key algorithm mismatch')],
    [() => subtle.sign('HMAC', hmac, u8), dom('InvalidAccessError', 'Unable to use this key to sign')],
    [() => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecdsa.publicKey, u8),
     dom('InvalidAccessError', 'Unable to use this key to sign')],
    [() => subtle.encrypt(gcm({ iv: new Uint8Array(0) }), aes, u8),
     dom('OperationError', 'The operation failed for an operation-specific reason')],
    [() => subtle.encrypt(gcm({ tagLength: 33 }), aes, u8), dom('OperationError', '33 is not a valid AES-GCM tag length')],
    [() => subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(15), length: 64 }, aes, u8),
     dom('OperationError', 'algorithm.counter must contain exactly 16 bytes')],
    [() => subtle.encrypt({ name: 'AES-CTR', counter: u8, length: 0 }, aes, u8),
     dom('OperationError', 'AES-CTR algorithm.length must be between 1 and 128')],
    [() => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(15) }, aes, u8),
     dom('OperationError', 'algorithm.iv must contain exactly 16 bytes')],
    [() => subtle.deriveBits({ ...pbkdf2Params, iterations: 0 }, pbkdf2, 128), dom('OperationError', 'iterations cannot be zero')],
    [() => subtle.deriveBits(pbkdf2Params, pbkdf2, 127), dom('OperationError', 'length must be a multiple of 8')],
    [() => subtle.deriveBits(pbkdf2Params, pbkdf2), dom('OperationError', 'length cannot be null')],
    [() => subtle.deriveBits(hkdfParams, hkdf, 256 * 255 * 8 + 8),
     dom('OperationError', 'The operation failed for an operation-specific reason')],
    [() => subtle.deriveBits(hkdfParams, pbkdf2, 8), dom('InvalidAccessError', 'Key algorithm mismatch')],
    [() => subtle.deriveBits({ name: 'ECDH', public: ecdh256.publicKey }, ecdh.privateKey, 8),
     dom('InvalidAccessError', 'Named curve mismatch')],
    [() => subtle.deriveBits({ name: 'ECDH', public: ecdh.privateKey }, ecdh.privateKey, 8),
     dom('InvalidAccessError', 'algorithm.public must be a public key')],
    [() => subtle.deriveBits({ name: 'ECDH', public: x25519.publicKey }, ecdh.privateKey, 8),
     dom('InvalidAccessError', 'key algorithm mismatch')],
    [() => subtle.deriveBits({ name: 'ECDH', public: ecdh.publicKey }, ecdh.privateKey, 8 * 49),
     dom('OperationError', 'derived bit length is too small')],
    [() => subtle.importKey('jwk', { kty: 'RSA' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']),
     dom('DataError', 'Invalid JWK "kty" Parameter')],
    [() => subtle.importKey('jwk', { kty: 'EC', crv: 'P-384', x: 'AA', y: 'AA' }, { name: 'ECDSA', namedCurve: 'P-256' },
                            true, ['verify']),
     dom('DataError', 'JWK "crv" does not match the requested algorithm')],
    [() => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']),
     dom('DataError', 'JWK "alg" does not match the requested algorithm')],
    [() => subtle.importKey('spki', new Uint8Array(5), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']),
     dom('DataError', 'Invalid keyData')],
  ];
  for (const [fn, expected] of cases) {
    const p = fn();
    assert.ok(p instanceof Promise);
    await assert.rejects(p, expected);
  }
  // getPublicKey only takes private keys
  await assert.rejects(subtle.getPublicKey(ecdsa.publicKey, ['verify']),
                       dom('InvalidAccessError', 'key must be a private key'));
  await assert.rejects(subtle.getPublicKey(hmac, []), dom('NotSupportedError', 'key must be a private key'));
  // a rejected signature is false, not an error
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecdsa.publicKey, new Uint8Array(3), u8), false);
}

run().then(common.mustCall());
