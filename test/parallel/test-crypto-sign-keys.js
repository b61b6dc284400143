'use strict';
// Asymmetric keys and signatures: Ed25519 against RFC 8032 section 7.1
// (test 1), RSA and ECDSA sign/verify round trips with PKCS#1 v1.5, PSS
// and both ECDSA encodings, key import/export in PEM and DER (encrypted
// too), RSA encryption, and generateKey for secrets.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { promisify } = require('util');

const hex = (s) => Buffer.from(s, 'hex');

// RFC 8032 7.1 TEST 1, wrapped in PKCS#8 and SPKI
const seed = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const pub = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const sig1 = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
             '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
{
  const priv = crypto.createPrivateKey({ key: hex('302e020100300506032b657004220420' + seed), format: 'der', type: 'pkcs8' });
  assert.strictEqual(priv.type, 'private');
  assert.strictEqual(priv.asymmetricKeyType, 'ed25519');
  const pubKey = crypto.createPublicKey(priv);
  assert.strictEqual(pubKey.type, 'public');
  assert.strictEqual(pubKey.export({ format: 'der', type: 'spki' }).toString('hex'), '302a300506032b6570032100' + pub);
  assert.strictEqual(crypto.sign(null, Buffer.alloc(0), priv).toString('hex'), sig1);
  assert.strictEqual(crypto.verify(null, Buffer.alloc(0), pubKey, hex(sig1)), true);
  assert.strictEqual(crypto.verify(null, Buffer.from('x'), pubKey, hex(sig1)), false);
  const pem = pubKey.export({ format: 'pem', type: 'spki' });
  assert.match(pem, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(crypto.createPublicKey(pem).equals(pubKey));
  crypto.sign(null, Buffer.alloc(0), priv, common.mustSucceed((s) => assert.strictEqual(s.toString('hex'), sig1)));
}

// RSA: PKCS#1 v1.5 is deterministic, PSS is not; both verify
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  const a = crypto.createSign('SHA256').update('some ').update('data').sign(privateKey);
  const b = crypto.sign('sha256', Buffer.from('some data'), privateKey);
  assert.deepStrictEqual(a, b);
  assert.strictEqual(crypto.createVerify('RSA-SHA256').update('some data').verify(publicKey, a), true);
  assert.strictEqual(crypto.createVerify('SHA256').update('some datA').verify(publicKey, a), false);
  const pss = { key: privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  const p1 = crypto.sign('sha256', Buffer.from('m'), pss);
  assert.notDeepStrictEqual(p1, crypto.sign('sha256', Buffer.from('m'), pss));
  assert.strictEqual(crypto.verify('sha256', Buffer.from('m'), { ...pss, key: publicKey }, p1), true);
  // PEM and DER, PKCS#1 and PKCS#8, encrypted
  const pkcs1 = privateKey.export({ format: 'pem', type: 'pkcs1' });
  assert.match(pkcs1, /^-----BEGIN RSA PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey(pkcs1).equals(privateKey));
  const enc = privateKey.export({ format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'top secret' });
  assert.throws(() => crypto.createPrivateKey({ key: enc, format: 'der', type: 'pkcs8' }),
                { name: 'TypeError', code: 'ERR_MISSING_PASSPHRASE' });
  const back = crypto.createPrivateKey({ key: enc, format: 'der', type: 'pkcs8', passphrase: 'top secret' });
  assert.ok(back.equals(privateKey));
  assert.ok(crypto.createPublicKey(pkcs1).equals(publicKey));
  // RSA encryption: OAEP by default, with a label and hash, and raw signatures
  const ct = crypto.publicEncrypt(publicKey, Buffer.from('hello'));
  assert.strictEqual(ct.length, 128);
  assert.strictEqual(crypto.privateDecrypt(privateKey, ct).toString(), 'hello');
  const opts = { oaepHash: 'sha256', oaepLabel: Buffer.from('label') };
  const ct2 = crypto.publicEncrypt({ key: publicKey, ...opts }, Buffer.from('x'));
  assert.strictEqual(crypto.privateDecrypt({ key: privateKey, ...opts }, ct2).toString(), 'x');
  assert.throws(() => crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha1' }, ct2), { code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR' });
  assert.strictEqual(crypto.publicDecrypt(publicKey, crypto.privateEncrypt(privateKey, Buffer.from('r'))).toString(), 'r');
}

// ECDSA, DER and IEEE P1363 signatures
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { namedCurve: 'secp384r1' });
  const der = crypto.sign('sha384', Buffer.from('m'), privateKey);
  assert.strictEqual(der[0], 0x30);
  assert.ok(crypto.verify('sha384', Buffer.from('m'), publicKey, der));
  const p1363 = crypto.sign('sha384', Buffer.from('m'), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(p1363.length, 96);
  assert.ok(crypto.verify('sha384', Buffer.from('m'), { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363));
  assert.ok(!crypto.verify('sha384', Buffer.from('n'), { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363));
  const sec1 = privateKey.export({ format: 'pem', type: 'sec1' });
  assert.match(sec1, /^-----BEGIN EC PRIVATE KEY-----\n/);
}

// encodings given at generation, and the promisified form
crypto.generateKeyPair('ed25519', {
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'der' },
}, common.mustSucceed((publicKey, privateKey) => {
  assert.strictEqual(typeof publicKey, 'string');
  assert.ok(Buffer.isBuffer(privateKey));
}));
promisify(crypto.generateKeyPair)('x25519').then(common.mustCall(({ publicKey, privateKey }) => {
  assert.strictEqual(publicKey.asymmetricKeyType, 'x25519');
  assert.strictEqual(privateKey.type, 'private');
}));

// secret keys
{
  const k = crypto.generateKeySync('hmac', { length: 123 });
  assert.strictEqual(k.type, 'secret');
  assert.strictEqual(k.symmetricKeySize, 15);
  assert.strictEqual(crypto.generateKeySync('aes', { length: 256 }).export().length, 32);
  assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), { code: 'ERR_INVALID_ARG_VALUE' });
  crypto.generateKey('hmac', { length: 64 }, common.mustSucceed((key) => assert.strictEqual(key.symmetricKeySize, 8)));
  const s = crypto.createSecretKey(Buffer.from('abc'));
  assert.deepStrictEqual(s.export({ format: 'jwk' }), { kty: 'oct', k: 'YWJj' });
  assert.ok(s.equals(crypto.createSecretKey('abc', 'utf8')));
  assert.ok(!s.equals(crypto.createSecretKey('abd', 'utf8')));
}

assert.throws(() => crypto.createPrivateKey('not a key'), { library: 'DECODER routines' });
assert.throws(() => crypto.createPrivateKey(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('nope'), { code: 'ERR_INVALID_ARG_VALUE' });

// RSA-PSS keys carry their restrictions (RFC 8017 defaults: MGF1 with the
// same hash, a salt of the hash's length) and sign with PSS by default
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha384' });
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, {
    modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha384', mgf1HashAlgorithm: 'sha384', saltLength: 48,
  });
  const s = crypto.sign('sha384', Buffer.from('m'), privateKey);
  assert.ok(crypto.verify('sha384', Buffer.from('m'), publicKey, s));
}

// crypto.diffieHellman over two key pairs of one type
{
  const a = crypto.generateKeyPairSync('x25519');
  const b = crypto.generateKeyPairSync('x25519');
  const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
  assert.strictEqual(s1.length, 32);
  assert.deepStrictEqual(s1, crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }));
  const e = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  assert.throws(() => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: e.publicKey }),
                { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY' });
}

// JWK export: the RFC 8032 key's members are its raw bytes
{
  const priv = crypto.createPrivateKey({ key: hex('302e020100300506032b657004220420' + seed), format: 'der', type: 'pkcs8' });
  assert.deepStrictEqual(priv.export({ format: 'jwk' }),
                         { crv: 'Ed25519', d: hex(seed).toString('base64url'), x: hex(pub).toString('base64url'), kty: 'OKP' });
  assert.deepStrictEqual(crypto.createPublicKey(priv).export({ format: 'jwk' }),
                         { crv: 'Ed25519', x: hex(pub).toString('base64url'), kty: 'OKP' });
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { format: 'jwk' } });
  assert.strictEqual(privateKey.crv, 'P-256');
  assert.strictEqual(Buffer.from(privateKey.d, 'base64url').length, 32);
}
