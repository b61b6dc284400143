'use strict';
// createCipheriv/createDecipheriv against NIST SP 800-38A (CBC, ECB, CTR)
// and the GCM specification's test cases 3 and 4; CCM, OCB and
// chacha20-poly1305 round trips with tampering; Node's errors.
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');
const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const pt = hex('6bc1bee22e409f96e93d7e117393172a');

function run(alg, key, iv, input, padding = true) {
  const c = crypto.createCipheriv(alg, key, iv);
  c.setAutoPadding(padding);
  return Buffer.concat([c.update(input), c.final()]);
}

// SP 800-38A F.2.1, F.1.1, F.5.1 (first block)
assert.strictEqual(run('aes-128-cbc', key128, hex('000102030405060708090a0b0c0d0e0f'), pt, false).toString('hex'),
                   '7649abac8119b246cee98e9b12e9197d');
assert.strictEqual(run('aes-128-ecb', key128, null, pt, false).toString('hex'), '3ad77bb40d7a3660a89ecaf32466ef97');
assert.strictEqual(run('aes-128-ctr', key128, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), pt).toString('hex'),
                   '874d6191b620e3261bef6864990db6ce');
// the padded form is one block longer and decrypts back
{
  const iv = hex('000102030405060708090a0b0c0d0e0f');
  const ct = run('aes-128-cbc', key128, iv, pt);
  assert.strictEqual(ct.length, 32);
  const d = crypto.createDecipheriv('aes-128-cbc', key128, iv);
  assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), pt);
  // strings in and out, in pieces
  const e = crypto.createCipheriv('aes-256-cbc', Buffer.alloc(32, 7), iv);
  const out = e.update('h\u00e9llo ', 'utf8', 'base64') + e.update('world', 'utf8', 'base64') + e.final('base64');
  const dd = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 7), iv);
  assert.strictEqual(dd.update(out, 'base64', 'utf8') + dd.final('utf8'), 'h\u00e9llo world');
  // a wrong key fails the padding check with OpenSSL's error
  const bad = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), iv);
  bad.update(ct);
  assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', library: 'Provider routines', reason: 'bad decrypt' });
  // without padding, a partial block cannot be finished
  const np = crypto.createCipheriv('aes-128-cbc', key128, iv).setAutoPadding(false);
  np.update(Buffer.alloc(15));
  assert.throws(() => np.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });
}

// GCM test cases 3 (no AAD) and 4 (AAD, 60-byte message)
const gk = hex('feffe9928665731c6d6a8f9467308308');
const giv = hex('cafebabefacedbaddecaf888');
const gpt = hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
                '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
const gct = '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
            '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985';
{
  const c = crypto.createCipheriv('aes-128-gcm', gk, giv);
  assert.strictEqual(Buffer.concat([c.update(gpt), c.final()]).toString('hex'), gct);
  assert.strictEqual(c.getAuthTag().toString('hex'), '4d5c2af327cd64a62cf35abd2ba6fab4');

  const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const c4 = crypto.createCipheriv('aes-128-gcm', gk, giv);
  c4.setAAD(aad);
  const ct4 = Buffer.concat([c4.update(gpt.subarray(0, 60)), c4.final()]);
  assert.strictEqual(ct4.toString('hex'), gct.slice(0, 120));
  const tag4 = c4.getAuthTag();
  assert.strictEqual(tag4.toString('hex'), '5bc94fbc3221a5db94fae95ae7121a47');

  const d = crypto.createDecipheriv('aes-128-gcm', gk, giv);
  d.setAAD(aad);
  d.setAuthTag(tag4);
  assert.deepStrictEqual(Buffer.concat([d.update(ct4), d.final()]), gpt.subarray(0, 60));

  // a changed tag, AAD or ciphertext fails authentication
  for (const mutate of ['tag', 'aad', 'ct']) {
    const x = crypto.createDecipheriv('aes-128-gcm', gk, giv);
    x.setAAD(mutate === 'aad' ? Buffer.from('other') : aad);
    const t = Buffer.from(tag4);
    if (mutate === 'tag') t[0] ^= 1;
    x.setAuthTag(t);
    const body = Buffer.from(ct4);
    if (mutate === 'ct') body[5] ^= 1;
    x.update(body);
    assert.throws(() => x.final(), { name: 'Error', message: 'Unsupported state or unable to authenticate data' });
  }
  // no tag at all fails too
  const nt = crypto.createDecipheriv('aes-128-gcm', gk, giv);
  nt.update(ct4);
  assert.throws(() => nt.final(), { message: 'Unsupported state or unable to authenticate data' });
}

// state errors
{
  const c = crypto.createCipheriv('aes-128-gcm', gk, giv);
  assert.throws(() => c.getAuthTag(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag' });
  c.final();
  assert.throws(() => c.update('x'), { message: 'Trying to add data in unsupported state' });
  assert.throws(() => c.final(), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.strictEqual(typeof c.setAuthTag, 'undefined');
  const d = crypto.createDecipheriv('aes-128-gcm', gk, giv);
  assert.throws(() => d.setAuthTag(Buffer.alloc(3)), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3' });
  d.setAuthTag(Buffer.alloc(16));
  assert.throws(() => d.setAuthTag(Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, Buffer.alloc(16)).setAAD(Buffer.alloc(1)),
                { code: 'ERR_CRYPTO_INVALID_STATE' });
}

// CCM, OCB and ChaCha20-Poly1305 round trips
for (const [alg, keyLen, ivLen] of [['aes-256-ccm', 32, 12], ['aes-128-ocb', 16, 12], ['chacha20-poly1305', 32, 12]]) {
  const key = crypto.randomBytes(keyLen);
  const iv = crypto.randomBytes(ivLen);
  const msg = Buffer.from('attack at dawn, bring snacks');
  const aad = Buffer.from('header');
  const c = crypto.createCipheriv(alg, key, iv, { authTagLength: 16 });
  c.setAAD(aad, { plaintextLength: msg.length });
  const ct = Buffer.concat([c.update(msg), c.final()]);
  const tag = c.getAuthTag();
  assert.strictEqual(tag.length, 16);
  const d = crypto.createDecipheriv(alg, key, iv, { authTagLength: 16 });
  d.setAuthTag(tag);
  d.setAAD(aad, { plaintextLength: ct.length });
  assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), msg, alg);
  const bad = crypto.createDecipheriv(alg, key, iv, { authTagLength: 16 });
  const t = Buffer.from(tag);
  t[3] ^= 0x80;
  bad.setAuthTag(t);
  bad.setAAD(aad, { plaintextLength: ct.length });
  bad.update(ct);
  assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' }, alg);
}
assert.throws(() => crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12)),
              { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm' });
assert.throws(() => crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 16 })
  .setAAD(Buffer.alloc(1)), { code: 'ERR_MISSING_ARGS' });

// key and IV errors
assert.throws(() => crypto.createCipheriv('nope', key128, Buffer.alloc(16)), { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)),
              { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, Buffer.alloc(15)),
              { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, null), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-ecb', key128, Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key128, Buffer.alloc(0)), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key128, Buffer.alloc(12), { authTagLength: 3 }),
              { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 5, Buffer.alloc(16)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, 5), { code: 'ERR_INVALID_ARG_TYPE' });
// a secret KeyObject is a key, names are case-insensitive
assert.strictEqual(run('AES-128-ECB', crypto.createSecretKey(key128), null, pt, false).toString('hex'),
                   '3ad77bb40d7a3660a89ecaf32466ef97');

// getCiphers and getCipherInfo
assert.ok(crypto.getCiphers().includes('aes-256-gcm'));
assert.ok(crypto.getCiphers().includes('chacha20-poly1305'));
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-cbc'),
                       { mode: 'cbc', name: 'aes-128-cbc', nid: 419, blockSize: 16, ivLength: 16, keyLength: 16 });
assert.strictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 8 }).ivLength, 8);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 8 }), undefined);
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);

// a Cipheriv is a Transform stream
{
  const c = crypto.createCipheriv('aes-128-ecb', key128, null).setAutoPadding(false);
  const chunks = [];
  c.on('data', (d) => chunks.push(d));
  c.on('end', () => assert.strictEqual(Buffer.concat(chunks).toString('hex'), '3ad77bb40d7a3660a89ecaf32466ef97'));
  c.write(pt.subarray(0, 7));
  c.end(pt.subarray(7));
}

// AES key wrap, RFC 3394 4.1, and the padded form (RFC 5649) of an odd
// length, whose output is longer than input plus a block
{
  const kek = hex('000102030405060708090a0b0c0d0e0f');
  const w = crypto.createCipheriv('id-aes128-wrap', kek, hex('a6a6a6a6a6a6a6a6'));
  assert.strictEqual(Buffer.concat([w.update(hex('00112233445566778899aabbccddeeff')), w.final()]).toString('hex'),
                     '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const p = crypto.createCipheriv('id-aes128-wrap-pad', kek, hex('a65959a6'));
  const wrapped = Buffer.concat([p.update(Buffer.alloc(35, 7)), p.final()]);
  assert.strictEqual(wrapped.length, 48);
  const u = crypto.createDecipheriv('id-aes128-wrap-pad', kek, hex('a65959a6'));
  assert.deepStrictEqual(Buffer.concat([u.update(wrapped), u.final()]), Buffer.alloc(35, 7));
}
