'use strict';
// createHmac against RFC 4231 (SHA-2) and RFC 2202 (MD5, SHA-1) known
// answers; keys as strings, bytes and secret KeyObjects; Node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');
// RFC 4231 test cases 1, 2 and 6 (a key longer than the block)
const cases = [
  { key: hex('0b'.repeat(20)), data: 'Hi There',
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
            'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854' },
  { key: 'Jefe', data: 'what do ya want for nothing?',
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
            '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737' },
  { key: hex('aa'.repeat(131)), data: 'Test Using Larger Than Block-Size Key - Hash Key First',
    sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352' +
            '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598' },
];
for (const c of cases) {
  for (const alg of ['sha256', 'sha512']) {
    assert.strictEqual(crypto.createHmac(alg, c.key).update(c.data).digest('hex'), c[alg]);
    assert.strictEqual(crypto.createHmac(alg, crypto.createSecretKey(Buffer.from(c.key))).update(c.data).digest('hex'), c[alg]);
  }
}
// RFC 2202
assert.strictEqual(crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'),
                   '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?').digest('hex'),
                   'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
// key given in an encoding
assert.strictEqual(crypto.createHmac('sha1', '4a656665', { encoding: 'hex' }).update('what do ya want for nothing?').digest('hex'),
                   'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
// the empty key
assert.strictEqual(crypto.createHmac('sha256', '').digest('hex'),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
assert.strictEqual(crypto.createHmac('sha256', new ArrayBuffer(0)).digest('hex'),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');

// a second digest() gives an empty result, update() after it throws
{
  const h = crypto.createHmac('sha256', 'k');
  assert.strictEqual(h.digest().length, 32);
  assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
  assert.strictEqual(h.digest('hex'), '');
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

assert.throws(() => crypto.createHmac('nope', 'k'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(() => crypto.createHmac('sha1', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac(5, 'k'), { code: 'ERR_INVALID_ARG_TYPE' });

// an Hmac is a Transform stream
{
  const h = crypto.createHmac('sha256', 'Jefe');
  h.on('data', common.mustCall((d) => assert.strictEqual(d.toString('hex'), cases[1].sha256)));
  h.end('what do ya want for nothing?');
}
