'use strict';
// Web Crypto known answers: SHA (FIPS 180), HMAC (RFC 4231), HKDF (RFC
// 5869), PBKDF2 (RFC 6070), X25519 (RFC 7748), Ed25519 (RFC 8032), AES-GCM
// (the GCM specification's test case 4), AES-CBC and AES-CTR (NIST SP
// 800-38A), AES-KW (RFC 3394).
const common = require('../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const hex = (s) => Buffer.from(s, 'hex');
const toHex = (ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  return Buffer.from(ab).toString('hex');
};
const b64url = (s) => hex(s).toString('base64url');

async function digests() {
  const abc = Buffer.from('abc');
  assert.strictEqual(toHex(await subtle.digest('SHA-1', abc)), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.strictEqual(toHex(await subtle.digest({ name: 'sha-256' }, abc)),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.strictEqual(toHex(await subtle.digest('SHA-384', abc)),
                     'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163' +
                     '1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7');
  assert.strictEqual(toHex(await subtle.digest('SHA-512', new Uint8Array(abc).buffer)),
                     'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
                     '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
}

async function hmac() {
  const cases = [
    [Buffer.alloc(20, 0x0b), 'Hi There', 'SHA-256', 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    [Buffer.from('Jefe'), 'what do ya want for nothing?', 'SHA-256',
     '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    [Buffer.alloc(20, 0x0b), 'Hi There', 'SHA-512',
     '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
     'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854'],
  ];
  for (const [raw, data, hash, mac] of cases) {
    const key = await subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign', 'verify']);
    assert.strictEqual(key.algorithm.length, raw.length * 8);
    const sig = await subtle.sign('HMAC', key, Buffer.from(data));
    assert.strictEqual(toHex(sig), mac);
    assert.strictEqual(await subtle.verify('HMAC', key, sig, Buffer.from(data)), true);
    const bad = new Uint8Array(sig);
    bad[0] ^= 1;
    assert.strictEqual(await subtle.verify('HMAC', key, bad, Buffer.from(data)), false);
    assert.strictEqual(await subtle.verify('HMAC', key, bad.subarray(1), Buffer.from(data)), false);
  }
}

async function kdfs() {
  const ikm = await subtle.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const params = {
    name: 'HKDF', hash: 'SHA-256', salt: hex('000102030405060708090a0b0c'), info: hex('f0f1f2f3f4f5f6f7f8f9'),
  };
  assert.strictEqual(toHex(await subtle.deriveBits(params, ikm, 42 * 8)),
                     '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
  // deriveKey: the first 16 bytes as an AES key
  const aes = await subtle.deriveKey(params, ikm, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  assert.strictEqual(toHex(await subtle.exportKey('raw', aes)), '3cb25f25faacd57a90434f64d0362f2a');

  const password = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits']);
  const pbkdf2 = { name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('salt'), iterations: 1 };
  assert.strictEqual(toHex(await subtle.deriveBits(pbkdf2, password, 160)), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
  pbkdf2.iterations = 4096;
  assert.strictEqual(toHex(await subtle.deriveBits(pbkdf2, password, 160)), '4b007901b765489abead49d926f721d065a429c1');
}

async function x25519() {
  const alice = await subtle.importKey('jwk', {
    kty: 'OKP', crv: 'X25519',
    d: b64url('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
    x: b64url('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'),
  }, 'X25519', true, ['deriveBits']);
  const bob = await subtle.importKey('raw', hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'),
                                     'X25519', true, []);
  const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: bob }, alice, 256)), shared);
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: bob }, alice, null)), shared);
  // a length that is not a whole number of bytes keeps its leading bits
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: bob }, alice, 12)), '4a50');
  const pub = await subtle.getPublicKey(alice, []);
  assert.strictEqual(toHex(await subtle.exportKey('raw', pub)),
                     '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
}

async function ed25519() {
  const secret = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
  const pub = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
  const sig = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
              '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
  const priv = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: b64url(secret), x: b64url(pub) },
                                      'Ed25519', false, ['sign']);
  assert.strictEqual(toHex(await subtle.sign('Ed25519', priv, new Uint8Array(0))), sig);
  const verifier = await subtle.importKey('raw', hex(pub), { name: 'Ed25519' }, true, ['verify']);
  assert.strictEqual(await subtle.verify('Ed25519', verifier, hex(sig), new Uint8Array(0)), true);
  assert.strictEqual(await subtle.verify('Ed25519', verifier, hex(sig), new Uint8Array(1)), false);
  // a JWK whose public half is not the private key's is refused
  await assert.rejects(subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: b64url(secret), x: b64url(secret) },
                                        'Ed25519', false, ['sign']), { name: 'DataError' });
}

async function aes() {
  // GCM test case 4
  const gcmKey = await subtle.importKey('raw', hex('feffe9928665731c6d6a8f9467308308'), 'AES-GCM', false,
                                        ['encrypt', 'decrypt']);
  const plain = 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
                '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39';
  const cipher = '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
                 '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091';
  const tag = '5bc94fbc3221a5db94fae95ae7121a47';
  const gcm = { name: 'AES-GCM', iv: hex('cafebabefacedbaddecaf888'), additionalData: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2') };
  assert.strictEqual(toHex(await subtle.encrypt(gcm, gcmKey, hex(plain))), cipher + tag);
  assert.strictEqual(toHex(await subtle.decrypt(gcm, gcmKey, hex(cipher + tag))), plain);
  // a shorter tag is a prefix of the full one
  assert.strictEqual(toHex(await subtle.encrypt({ ...gcm, tagLength: 96 }, gcmKey, hex(plain))), cipher + tag.slice(0, 24));
  await assert.rejects(subtle.decrypt(gcm, gcmKey, hex(cipher + '00' + tag.slice(2))), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });
  await assert.rejects(subtle.decrypt(gcm, gcmKey, hex('0011')), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });

  // SP 800-38A F.2.1 and F.5.1 (first block)
  const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
  const p1 = hex('6bc1bee22e409f96e93d7e117393172a');
  const cbc = await subtle.importKey('raw', key128, 'AES-CBC', true, ['encrypt', 'decrypt']);
  const cbcParams = { name: 'AES-CBC', iv: hex('000102030405060708090a0b0c0d0e0f') };
  const c = await subtle.encrypt(cbcParams, cbc, p1);
  assert.strictEqual(c.byteLength, 32); // PKCS#7 padding adds a block
  assert.strictEqual(toHex(c).slice(0, 32), '7649abac8119b246cee98e9b12e9197d');
  assert.strictEqual(toHex(await subtle.decrypt(cbcParams, cbc, c)), p1.toString('hex'));

  const ctr = await subtle.importKey('raw', key128, 'AES-CTR', true, ['encrypt', 'decrypt']);
  const ctrParams = { name: 'AES-CTR', counter: hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), length: 128 };
  assert.strictEqual(toHex(await subtle.encrypt(ctrParams, ctr, p1)), '874d6191b620e3261bef6864990db6ce');
  // a counter that wraps within its low bits starts again from zero there
  const wrap = { name: 'AES-CTR', counter: hex('000000000000000000000000000000ff'), length: 8 };
  const out = new Uint8Array(await subtle.encrypt(wrap, ctr, new Uint8Array(32)));
  const zero = { name: 'AES-CTR', counter: new Uint8Array(16), length: 8 };
  const second = new Uint8Array(await subtle.encrypt(zero, ctr, new Uint8Array(16)));
  assert.deepStrictEqual(out.subarray(16), second);
  assert.strictEqual(toHex(await subtle.decrypt(wrap, ctr, out)), '00'.repeat(32));

  // RFC 3394 4.1
  const kek = await subtle.importKey('raw', hex('000102030405060708090a0b0c0d0e0f'), 'AES-KW', false,
                                     ['wrapKey', 'unwrapKey']);
  const data = await subtle.importKey('raw', hex('00112233445566778899aabbccddeeff'), 'AES-CBC', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', data, kek, 'AES-KW');
  assert.strictEqual(toHex(wrapped), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', true, ['decrypt']);
  assert.strictEqual(toHex(await subtle.exportKey('raw', unwrapped)), '00112233445566778899aabbccddeeff');
  assert.deepStrictEqual(unwrapped.usages, ['decrypt']);
}

Promise.all([digests(), hmac(), kdfs(), x25519(), ed25519(), aes()]).then(common.mustCall());
