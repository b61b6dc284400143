'use strict';
// ECDH against RFC 5903 section 8.1 (P-256) and classic Diffie-Hellman over
// the RFC 2409/3526 groups: both sides agree, keys round-trip through the
// setters, point formats, and Node's errors.
const assert = require('assert');
const crypto = require('crypto');

// RFC 5903 8.1
const i = 'c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433';
const gi = '04dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180' +
           '5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3';
const r = 'c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53';
const gr = '04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63' +
           '56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab';
const shared = 'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de';
{
  const a = crypto.createECDH('prime256v1');
  a.setPrivateKey(i, 'hex');
  assert.strictEqual(a.getPublicKey('hex'), gi);
  assert.strictEqual(a.computeSecret(gr, 'hex', 'hex'), shared);
  assert.throws(() => crypto.createECDH('P-256'), { code: 'ERR_CRYPTO_INVALID_CURVE' });
  const b = crypto.createECDH('prime256v1');
  b.setPrivateKey(Buffer.from(r, 'hex'));
  assert.strictEqual(b.getPublicKey('hex'), gr);
  assert.strictEqual(b.computeSecret(Buffer.from(gi, 'hex')).toString('hex'), shared);
  // compressed and hybrid forms, and convertKey between them
  const comp = a.getPublicKey('hex', 'compressed');
  assert.strictEqual(comp.length, 66);
  assert.strictEqual(crypto.ECDH.convertKey(comp, 'prime256v1', 'hex', 'hex', 'uncompressed'), gi);
  assert.strictEqual(b.computeSecret(comp, 'hex', 'hex'), shared);
  assert.strictEqual(a.getPublicKey(null, 'hybrid').length, 65);
  assert.throws(() => a.getPublicKey('hex', 'bogus'), { code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: bogus' });
  assert.throws(() => a.computeSecret(Buffer.from([4, 1, 2])), { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' });
  assert.throws(() => a.setPrivateKey(Buffer.alloc(32)), { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE' });
  assert.strictEqual(a.getPrivateKey('hex'), i);
}
assert.throws(() => crypto.createECDH('nope'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE' });
assert.throws(() => crypto.createECDH(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createECDH('prime256v1').getPublicKey(), { code: 'ERR_CRYPTO_OPERATION_FAILED' });
{
  const a = crypto.createECDH('secp384r1');
  const b = crypto.createECDH('secp384r1');
  assert.strictEqual(a.generateKeys().length, 97);
  b.generateKeys();
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(a.getPublicKey()));
}

// classic DH: a group and the same prime given by hand agree
{
  const g = crypto.getDiffieHellman('modp2');
  assert.strictEqual(g.getPrime().length, 128);
  assert.strictEqual(g.getGenerator('hex'), '02');
  assert.strictEqual(g.verifyError, 0);
  assert.strictEqual(g.setPublicKey, undefined);
  const other = crypto.createDiffieHellman(g.getPrime(), 2);
  g.generateKeys();
  other.generateKeys();
  const s1 = g.computeSecret(other.getPublicKey());
  assert.strictEqual(s1.length, 128);
  assert.deepStrictEqual(s1, other.computeSecret(g.getPublicKey('hex'), 'hex'));
  // a private key set by hand gives the matching public key
  const p = crypto.createDiffieHellman(g.getPrime(), 'buffer', '02', 'hex');
  p.setPrivateKey(Buffer.from([3]));
  assert.strictEqual(p.generateKeys('hex'), '08');
  assert.throws(() => g.computeSecret(Buffer.from([1])), { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small' });
  assert.throws(() => crypto.createDiffieHellman(g.getPrime()).getPublicKey(),
                { code: 'ERR_CRYPTO_INVALID_STATE', message: 'No public key - did you forget to generate one?' });
}
assert.throws(() => crypto.getDiffieHellman('modp0'), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group' });
assert.throws(() => crypto.createDiffieHellman('abcdef', 1), { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
assert.throws(() => crypto.createDiffieHellman(true), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(crypto.DiffieHellmanGroup('modp1') instanceof crypto.DiffieHellmanGroup);

// computeSecret before the object has keys of its own, and public keys out
// of the range 1 < key < p - 1 (Node's OpenSSL refuses them all; the
// range is checked before computing, whatever the OpenSSL).
{
  const dh1 = crypto.createDiffieHellman(512);
  const other = crypto.createDiffieHellman(dh1.getPrime()).generateKeys();
  assert.throws(() => dh1.computeSecret(other),
                { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to compute shared secret' });
  dh1.generateKeys();
  const p = dh1.getPrime();
  const minus = (b, n) => Buffer.from((BigInt(`0x${b.toString('hex')}`) - BigInt(n)).toString(16).padStart(128, '0'), 'hex');
  const tooSmall = { code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Supplied key is too small' };
  const tooLarge = { code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Supplied key is too large' };
  assert.throws(() => dh1.computeSecret(Buffer.alloc(64)), tooSmall);
  assert.throws(() => dh1.computeSecret(Buffer.from([1])), tooSmall);
  assert.throws(() => dh1.computeSecret(Buffer.from([0, 1])), tooSmall);
  assert.throws(() => dh1.computeSecret(Buffer.alloc(64, 255)), tooLarge);
  assert.throws(() => dh1.computeSecret(p), tooLarge);
  assert.throws(() => dh1.computeSecret(minus(p, 1)), tooLarge);
  assert.strictEqual(dh1.computeSecret(minus(p, 2)).length, 64);
  assert.strictEqual(dh1.computeSecret(Buffer.from([2])).length, 64);
  assert.strictEqual(dh1.computeSecret(other).length, 64);
}
