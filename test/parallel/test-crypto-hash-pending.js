'use strict';
// createHash(...).update(...).digest(...) and crypto.hash(): kiln keeps
// small inputs in JS until digest() and hashes them in one call into C
// (issue 11). Every way of feeding a hash must still give the digest of
// exactly the bytes given, in every output encoding.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

// Known answers, so that a wrong digest cannot hide behind a wrong reference.
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.createHash('md5').update('').digest('hex'), 'd41d8cd98f00b204e9800998ecf8427e');
assert.strictEqual(crypto.createHash('md5').digest('base64'), '1B2M2Y8AsgTpgAmY7PhCfg==');
assert.strictEqual(crypto.createHash('sha256').update('ab').update('c').digest('base64url'),
                   'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
assert.strictEqual(crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.hash('sha256', Buffer.from('abc'), 'base64'),
                   'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');

// The reference: one update of all the bytes, through a stream.
function reference(alg, parts) {
  const bytes = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) :
    Buffer.from(p.buffer, p.byteOffset, p.byteLength))));
  const h = crypto.createHash(alg);
  h.write(bytes);
  h.end();
  return h.read();
}

const big = 'y'.repeat(20000);
const inputs = [
  [], [''], ['abc'], ['ab', 'c'], ['a', '', 'b', 'c'], ['\u00e9t\u00e9', '\u4e2d\u6587', '\ud83d\ude00'],
  // a lone surrogate at each side of a join is U+FFFD on its own, never half a pair
  ['x\ud83d', '\ude00y'], ['\ud83d', '\ude00'], ['\ud800'], ['\udc00', 'z'],
  [big], [big, big], ['s', big, 't'], ['x'.repeat(16383), 'yz'],
  [Buffer.from('bytes')], [Buffer.from('ab'), 'cd'], ['ab', Buffer.from('cd')], [Buffer.alloc(1024, 7)],
  [Buffer.alloc(1025, 7)], [Buffer.alloc(3000, 1), Buffer.alloc(5, 2)], [new Uint16Array([1, 2, 3])],
  [new DataView(new ArrayBuffer(6))], [new Float64Array([1.5, -2])],
];
const encodings = [undefined, 'hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'HEX', 'Base64', 'ucs2'];
for (const alg of ['sha1', 'md5', 'sha256', 'sha512', 'sha3-256', 'shake128', 'RSA-SHA256']) {
  for (const parts of inputs) {
    const want = reference(alg, parts);
    for (const enc of encodings) {
      const h = crypto.createHash(alg);
      for (const p of parts) h.update(p);
      const got = h.digest(enc);
      const expected = enc === undefined || enc === 'buffer' ? want : want.toString(enc);
      assert.deepStrictEqual(got, expected, `${alg} ${JSON.stringify(parts).slice(0, 40)} ${enc}`);
    }
    if (parts.length === 1) {
      assert.strictEqual(crypto.hash(alg, parts[0]), want.toString('hex'));
      assert.deepStrictEqual(crypto.hash(alg, parts[0], 'buffer'), want);
      assert.strictEqual(crypto.hash(alg, parts[0], 'base64url'), want.toString('base64url'));
      assert.strictEqual(crypto.hash(alg, parts[0], { outputEncoding: 'latin1' }), want.toString('latin1'));
    }
  }
}

// Bytes are taken at update(): changing them later changes nothing.
const mutable = Buffer.from('original');
const h1 = crypto.createHash('sha256').update(mutable);
const h2 = crypto.createHash('sha256').update('pre').update(mutable);
mutable.fill(0);
assert.strictEqual(h1.digest('hex'), crypto.hash('sha256', 'original'));
assert.strictEqual(h2.digest('hex'), crypto.hash('sha256', 'preoriginal'));

// copy() and streams see what was given before them.
const a = crypto.createHash('sha1').update('one');
const b = a.copy();
a.update('two');
b.update('three');
assert.strictEqual(a.digest('hex'), crypto.hash('sha1', 'onetwo'));
assert.strictEqual(b.digest('hex'), crypto.hash('sha1', 'onethree'));
const c = crypto.createHash('md5').update(Buffer.from('by'));
const d = c.copy();
assert.strictEqual(d.update('tes').digest('hex'), crypto.hash('md5', 'bytes'));
assert.strictEqual(c.digest('hex'), crypto.hash('md5', 'by'));
const s = crypto.createHash('sha256').update('st');
s.end('ream');
assert.strictEqual(s.read().toString('hex'), crypto.hash('sha256', 'stream'));

// Digests with an output length, and the finalized state.
assert.strictEqual(crypto.createHash('shake256', { outputLength: 4 }).update('a').update('b').digest('hex'),
                   crypto.hash('shake256', 'ab', { outputLength: 4 }));
assert.strictEqual(crypto.createHash('shake256').update('ab').digest('hex').length, 64);
const done = crypto.createHash('sha1').update('x');
done.digest();
assert.throws(() => done.update('y'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => done.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => crypto.createHash('sha1').update(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha1', 'x', 'no-such-encoding'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.hash('no-such-digest', 'x'), { message: 'Digest method no-such-digest is not supported' });

// Strings in other encodings are their bytes.
assert.strictEqual(crypto.createHash('sha1').update('616263', 'hex').update('ZGVm', 'base64').digest('hex'),
                   crypto.hash('sha1', 'abcdef'));
assert.strictEqual(crypto.createHash('sha1').update('\u00ff', 'latin1').digest('hex'),
                   crypto.hash('sha1', Buffer.from([0xff])));
