'use strict';
// util.types.isKeyObject and isCryptoKey tell crypto's key objects apart
// from everything else.
const assert = require('assert');
const { types } = require('util');
const crypto = require('crypto');

const secret = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
assert.strictEqual(types.isKeyObject(secret), true);
const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
assert.strictEqual(types.isKeyObject(publicKey), true);
assert.strictEqual(types.isKeyObject(privateKey), true);
for (const v of [null, undefined, {}, Buffer.alloc(16), 'key', 1, () => {}]) {
  assert.strictEqual(types.isKeyObject(v), false);
  assert.strictEqual(types.isCryptoKey(v), false);
}
assert.strictEqual(types.isCryptoKey(secret), false);
