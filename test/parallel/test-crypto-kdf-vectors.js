'use strict';
// pbkdf2 (RFC 6070), hkdf (RFC 5869) and scrypt (RFC 7914) known answers,
// sync and on the thread pool, and Node's argument errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');

// RFC 6070
const pbkdf2 = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];
for (const [p, s, it, len, out] of pbkdf2) {
  assert.strictEqual(crypto.pbkdf2Sync(p, s, it, len, 'sha1').toString('hex'), out);
  crypto.pbkdf2(p, s, it, len, 'sha1', common.mustSucceed((key) => {
    assert.ok(Buffer.isBuffer(key));
    assert.strictEqual(key.toString('hex'), out);
  }));
}
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256').toString('hex'),
                   '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
// an empty key is refused, as a failed derivation
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'), { message: 'Deriving bits failed' });
crypto.pbkdf2('p', 's', 1, 0, 'sha1', common.mustCall((err) => assert.strictEqual(err.message, 'Deriving bits failed')));
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'),
              { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(() => crypto.pbkdf2('p', 's', 1, 20, 'nope', common.mustNotCall()), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync(5, 's', 1, 1, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2('p', 's', 1, 1, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 1), { code: 'ERR_INVALID_ARG_TYPE' });

// RFC 5869 test cases 1 and 3 (empty salt and info)
const okm1 = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';
const ikm = hex('0b'.repeat(22));
{
  const r = crypto.hkdfSync('sha256', ikm, hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42);
  assert.ok(r instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(r).toString('hex'), okm1);
  assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', ikm, '', '', 42)).toString('hex'),
                     '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8');
  crypto.hkdf('sha256', crypto.createSecretKey(ikm), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42,
              common.mustSucceed((ab) => assert.strictEqual(Buffer.from(ab).toString('hex'), okm1)));
}
assert.throws(() => crypto.hkdfSync('nope', 'k', 's', 'i', 10), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN' });
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength, 255 * 32);
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 10), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.hkdfSync('sha256', 5, 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdf('sha256', 'k', 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });

// RFC 7914 section 12
const scrypt1 = '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
                'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906';
const scrypt2 = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
                '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'), scrypt1);
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 }).toString('hex'),
                   scrypt2);
crypto.scrypt('', '', 64, { N: 16, r: 1, p: 1 }, common.mustSucceed((key) => assert.strictEqual(key.toString('hex'), scrypt1)));
crypto.scrypt('password', 'salt', 16, common.mustSucceed((key) => assert.strictEqual(key.length, 16)));
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 3 }), { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }), { code: 'ERR_INCOMPATIBLE_OPTION_PAIR' });
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 2 ** 20, maxmem: 1024 }), { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
assert.throws(() => crypto.scryptSync('p', 's', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scrypt('p', 's', 16), { code: 'ERR_INVALID_ARG_TYPE' });

// Every SHA-2 length, keys shorter and longer than the block, outputs of
// several blocks: one digest over all of them (values from Node 24), so the
// fast SHA paths and OpenSSL's generic one must agree.
{
  const out = [];
  for (const a of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5', 'sha3-256'])
    for (const p of ['', 'pw', 'x'.repeat(64), 'y'.repeat(65), 'z'.repeat(200)])
      for (const len of [1, 20, 64, 65, 200])
        out.push(crypto.pbkdf2Sync(p, 'salty', 3, len, a).toString('hex'));
  assert.strictEqual(crypto.createHash('sha256').update(out.join()).digest('hex'),
                     'b1f57c705ca7bcb10ade0bb54f093cf7354a864cb4d6796c6cbe1a8b3c7e4a04');
}
