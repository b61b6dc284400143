'use strict';
// createHash and crypto.hash against FIPS 180-4 / FIPS 202 / RFC 1321
// known answers, with encodings, copy(), XOF lengths and Node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const vectors = [
  ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['md5', 'abc', '900150983cd24fb0d6963f7d28e17f72'],
  ['sha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha224', 'abc', '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  ['sha256', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha256', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
   '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['sha384', 'abc', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
   '8086072ba1e7cc2358baeca134c825a7'],
  ['sha512', 'abc', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
   '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ['sha3-256', '', 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a'],
  ['sha3-256', 'abc', '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532'],
  ['SHA256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['RSA-SHA1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
];
for (const [alg, input, hex] of vectors) {
  assert.strictEqual(crypto.createHash(alg).update(input).digest('hex'), hex, alg);
  assert.strictEqual(crypto.hash(alg, input), hex, alg);
  assert.deepStrictEqual(crypto.createHash(alg).update(input).digest(), Buffer.from(hex, 'hex'));
  assert.strictEqual(crypto.createHash(alg).update(input).digest('base64'), Buffer.from(hex, 'hex').toString('base64'));
}

// one million 'a' (FIPS 180-2 appendix), fed in pieces of several kinds
{
  const h = crypto.createHash('sha1');
  const chunk = 'a'.repeat(1000);
  for (let i = 0; i < 500; i++) h.update(chunk);
  for (let i = 0; i < 500; i++) h.update(Buffer.from(chunk));
  assert.strictEqual(h.digest('hex'), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
}

// encodings of the input
assert.strictEqual(crypto.createHash('sha1').update('616263', 'hex').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.createHash('sha1').update('YWJj', 'base64').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.createHash('md5').update('\u00e9', 'latin1').digest('hex'),
                   crypto.createHash('md5').update(Buffer.from([0xe9])).digest('hex'));
assert.strictEqual(crypto.createHash('md5').update('\u00e9').digest('hex'),
                   crypto.createHash('md5').update(Buffer.from([0xc3, 0xa9])).digest('hex'));
assert.strictEqual(crypto.createHash('sha1').update(new Uint16Array([0x6261, 0x63])).digest('hex'),
                   crypto.createHash('sha1').update(Buffer.from([0x61, 0x62, 0x63, 0])).digest('hex'));
assert.strictEqual(crypto.createHash('sha1').update(new DataView(Buffer.from('abc').buffer, 0, 3)).digest('hex').length, 40);

// XOFs: SHAKE128("") from FIPS 202, any output length, and 0
assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).digest('hex'), '7f9c2ba4e8');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).digest('hex'), '');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 64 }).digest().length, 64);
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'), vectors[4][2]);
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }), { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });

// copy() forks the state
{
  const h = crypto.createHash('sha256').update('ab');
  const c = h.copy();
  h.update('c');
  c.update('x');
  assert.strictEqual(h.digest('hex'), vectors[5][2]);
  assert.strictEqual(c.digest('hex'), crypto.hash('sha256', 'abx'));
  assert.throws(() => c.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
  const x = crypto.createHash('shake128').update('');
  assert.strictEqual(x.copy({ outputLength: 5 }).digest('hex'), '7f9c2ba4e8');
}

// errors
assert.throws(() => crypto.createHash('nope'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.hash('nope', 'x'), { message: 'Digest method nope is not supported' });
assert.throws(() => crypto.createHash(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('sha1').update(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
{
  const h = crypto.createHash('sha1');
  h.digest();
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
  assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}
assert.throws(() => crypto.hash('sha1', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha1', 'x', 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.deepStrictEqual(crypto.hash('sha1', 'abc', 'buffer'), Buffer.from(vectors[2][2], 'hex'));
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64url'), Buffer.from(vectors[2][2], 'hex').toString('base64url'));

// getHashes names what createHash takes
const hashes = crypto.getHashes();
for (const name of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake128', 'RSA-SHA256'])
  assert.ok(hashes.includes(name), name);
assert.deepStrictEqual([...hashes].sort(), hashes);

// a Hash is a Transform stream
{
  const h = crypto.createHash('sha256');
  h.on('data', common.mustCall((d) => assert.strictEqual(d.toString('hex'), vectors[5][2])));
  h.on('end', common.mustCall());
  h.write('a');
  h.end('bc');
  h.resume();
}
assert.ok(crypto.createHash('sha1') instanceof require('stream').Transform);
// the constructors themselves are deprecated (DEP0179)
process.on('warning', common.mustCall((w) => assert.strictEqual(w.code, 'DEP0179')));
assert.ok(crypto.Hash('sha1') instanceof crypto.Hash);
