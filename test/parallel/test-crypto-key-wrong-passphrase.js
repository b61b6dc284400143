'use strict';
// An encrypted private key read with the wrong passphrase fails with
// OpenSSL's "bad decrypt", also where a public key is accepted (its public
// half would do), as in Node.
const assert = require('assert');
const crypto = require('crypto');

const { privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'right' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const badDecrypt = { message: 'error:1C800064:Provider routines::bad decrypt' };
const data = Buffer.from('hello');

assert.throws(() => crypto.publicEncrypt({ key: privateKey, passphrase: 'wrong' }, data), badDecrypt);
assert.throws(() => crypto.privateDecrypt({ key: privateKey, passphrase: 'wrong' }, data), badDecrypt);
assert.throws(() => crypto.createPublicKey({ key: privateKey, passphrase: 'wrong' }), badDecrypt);
const encrypted = crypto.publicEncrypt({ key: privateKey, passphrase: 'right' }, data);
assert.strictEqual(crypto.privateDecrypt({ key: privateKey, passphrase: 'right' }, encrypted).toString(), 'hello');
