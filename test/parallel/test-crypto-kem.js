'use strict';
// crypto.encapsulate / decapsulate with RSA (RSASVE): the shared secret is
// as long as the modulus and both sides agree; sync, callback and promise
// forms, and the errors.
const common = require('../common');
const assert = require('assert');
const { promisify } = require('util');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const { sharedKey, ciphertext } = crypto.encapsulate(publicKey);
assert.ok(Buffer.isBuffer(sharedKey));
assert.strictEqual(sharedKey.length, 128);
assert.strictEqual(ciphertext.length, 128);
assert.deepStrictEqual(crypto.decapsulate(privateKey, ciphertext), sharedKey);
// a PEM private key stands for its public half
const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
assert.deepStrictEqual(crypto.decapsulate(pem, crypto.encapsulate(pem).ciphertext).length, 128);

crypto.encapsulate(publicKey, common.mustSucceed((result) => {
  assert.deepStrictEqual(crypto.decapsulate(privateKey, result.ciphertext), result.sharedKey);
  crypto.decapsulate(privateKey, result.ciphertext, common.mustSucceed((key) => {
    assert.deepStrictEqual(key, result.sharedKey);
  }));
}));
promisify(crypto.encapsulate)(publicKey).then(common.mustCall(async (result) => {
  assert.deepStrictEqual(await promisify(crypto.decapsulate)(privateKey, result.ciphertext), result.sharedKey);
}));

assert.throws(() => crypto.encapsulate(), { code: 'ERR_INVALID_ARG_TYPE', message: /The "key" argument must be of type/ });
assert.throws(() => crypto.decapsulate(privateKey, null),
              { code: 'ERR_INVALID_ARG_TYPE', message: /instance of ArrayBuffer, Buffer, TypedArray, or DataView\. Received null/ });
assert.throws(() => crypto.decapsulate(privateKey, Buffer.alloc(3)),
              { name: 'Error', code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to perform decapsulation' });
crypto.decapsulate(privateKey, Buffer.alloc(3), common.mustCall((err) => {
  assert.strictEqual(err.message, 'Deriving bits failed');
}));
