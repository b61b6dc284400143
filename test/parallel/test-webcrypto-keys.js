'use strict';
// CryptoKey (its shape, inspection, internal slots), key generation, import
// and export in every format for each algorithm, and the bridges to
// KeyObject: toCryptoKey, KeyObject.from, JWK in createPublicKey and
// createPrivateKey.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const crypto = require('crypto');
const { subtle } = globalThis.crypto;

async function shape() {
  const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['decrypt', 'encrypt', 'decrypt']);
  assert.ok(key instanceof CryptoKey);
  assert.strictEqual(Object.prototype.toString.call(key), '[object CryptoKey]');
  assert.deepStrictEqual(Object.keys(key), []);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.extractable, true);
  // usages in the spec's order, without duplicates
  assert.deepStrictEqual(key.usages, ['encrypt', 'decrypt']);
  assert.strictEqual(key.algorithm, key.algorithm);
  assert.strictEqual(util.inspect(key),
                     "CryptoKey {\n  type: 'secret',\n  extractable: true,\n" +
                     "  algorithm: { name: 'AES-GCM', length: 256 },\n  usages: [ 'encrypt', 'decrypt' ]\n}");
  assert.throws(() => new CryptoKey(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').get.call({}),
                { code: 'ERR_INVALID_THIS' });
  // what the getters return may be changed; the key keeps its own slots
  key.algorithm.name = 'changed';
  key.usages.push('sign');
  assert.ok(util.inspect(key).includes("algorithm: { name: 'AES-GCM', length: 256 }"));
  const iv = new Uint8Array(12);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, key, Buffer.from('hello'));
  assert.strictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv }, key, ct)).toString(), 'hello');
  await assert.rejects(subtle.sign('HMAC', key, new Uint8Array(1)), { name: 'InvalidAccessError' });
  assert.strictEqual(util.types.isKeyObject(key), false);
}

async function rsa() {
  for (const name of ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP']) {
    const usages = name === 'RSA-OAEP' ? ['encrypt', 'decrypt'] : ['sign', 'verify'];
    const [pubUsage, privUsage] = name === 'RSA-OAEP' ? ['encrypt', 'decrypt'] : ['verify', 'sign'];
    const { publicKey, privateKey } = await subtle.generateKey({
      name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256',
    }, true, usages);
    assert.deepStrictEqual(publicKey.algorithm, {
      name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: { name: 'SHA-256' },
    });
    assert.notStrictEqual(publicKey.algorithm, privateKey.algorithm);
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.strictEqual(jwk.kty, 'RSA');
    assert.strictEqual(jwk.alg, { 'RSASSA-PKCS1-v1_5': 'RS256', 'RSA-PSS': 'PS256', 'RSA-OAEP': 'RSA-OAEP-256' }[name]);
    const priv2 = await subtle.importKey('jwk', jwk, { name, hash: 'SHA-256' }, true, [privUsage]);
    const spki = await subtle.exportKey('spki', publicKey);
    const pub2 = await subtle.importKey('spki', spki, { name, hash: 'SHA-256' }, true, [pubUsage]);
    assert.deepStrictEqual(Buffer.from(await subtle.exportKey('pkcs8', priv2)),
                           Buffer.from(await subtle.exportKey('pkcs8', privateKey)));
    const data = Buffer.from('some data');
    if (name === 'RSA-OAEP') {
      const label = Buffer.from('label');
      const ct = await subtle.encrypt({ name, label }, pub2, data);
      assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name, label }, priv2, ct)), data);
      await assert.rejects(subtle.decrypt({ name }, priv2, ct), { name: 'OperationError' });
    } else {
      const params = { name, saltLength: 32 };
      const sig = await subtle.sign(params, priv2, data);
      assert.strictEqual(sig.byteLength, 128);
      assert.strictEqual(await subtle.verify(params, pub2, sig, data), true);
      assert.strictEqual(await subtle.verify(params, pub2, sig, Buffer.from('other')), false);
    }
    await assert.rejects(subtle.exportKey('raw', publicKey), { name: 'NotSupportedError' });
  }
}

async function ec() {
  for (const [namedCurve, size] of [['P-256', 32], ['P-384', 48], ['P-521', 66]]) {
    const { publicKey, privateKey } = await subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']);
    const data = Buffer.from('data');
    const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, privateKey, data);
    // IEEE P1363: r || s, each as long as the curve's order
    assert.strictEqual(sig.byteLength, 2 * size);
    const raw = await subtle.exportKey('raw', publicKey);
    assert.strictEqual(raw.byteLength, 1 + 2 * size);
    const pub = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve }, true, ['verify']);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, pub, sig, data), true);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, sig, data), false);
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.deepStrictEqual(Object.keys(jwk).sort(), ['crv', 'd', 'ext', 'key_ops', 'kty', 'x', 'y']);
    assert.strictEqual(jwk.crv, namedCurve);
    const priv = await subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve }, false, ['sign']);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-1' }, publicKey,
                                           await subtle.sign({ name: 'ECDSA', hash: 'SHA-1' }, priv, data), data), true);
    await assert.rejects(subtle.importKey('spki', await subtle.exportKey('spki', publicKey),
                                          { name: 'ECDSA', namedCurve: namedCurve === 'P-256' ? 'P-384' : 'P-256' },
                                          true, ['verify']), { name: 'DataError', message: 'Named curve mismatch' });
  }
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const ab = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 256);
  const ba = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 256);
  assert.deepStrictEqual(Buffer.from(ab), Buffer.from(ba));
  assert.deepStrictEqual(a.publicKey.usages, []);
  // the same secret as node:crypto's diffieHellman
  const secret = crypto.diffieHellman({ privateKey: crypto.KeyObject.from(a.privateKey),
                                        publicKey: crypto.KeyObject.from(b.publicKey) });
  assert.deepStrictEqual(secret, Buffer.from(ab));
}

async function okp() {
  for (const name of ['Ed25519', 'Ed448', 'X25519', 'X448']) {
    const sign = name.startsWith('Ed');
    const { publicKey, privateKey } = await subtle.generateKey(name, true, sign ? ['sign', 'verify'] : ['deriveBits']);
    assert.deepStrictEqual(publicKey.algorithm, { name });
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.strictEqual(jwk.kty, 'OKP');
    assert.strictEqual(jwk.crv, name);
    const priv = await subtle.importKey('jwk', jwk, name, true, sign ? ['sign'] : ['deriveBits']);
    const pkcs8 = await subtle.exportKey('pkcs8', priv);
    assert.deepStrictEqual(Buffer.from(pkcs8), Buffer.from(await subtle.exportKey('pkcs8', privateKey)));
    const raw = await subtle.exportKey('raw', publicKey);
    assert.strictEqual(raw.byteLength, { Ed25519: 32, Ed448: 57, X25519: 32, X448: 56 }[name]);
    await assert.rejects(subtle.exportKey('raw', privateKey), { name: 'NotSupportedError' });
    if (sign) {
      const sig = await subtle.sign(name, priv, Buffer.from('m'));
      const pub = await subtle.importKey('raw', raw, name, false, ['verify']);
      assert.strictEqual(await subtle.verify(name, pub, sig, Buffer.from('m')), true);
    }
  }
}

async function secretFormats() {
  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  assert.deepStrictEqual(hmac.algorithm, { name: 'HMAC', length: 1024, hash: { name: 'SHA-384' } });
  const jwk = await subtle.exportKey('jwk', hmac);
  assert.strictEqual(jwk.alg, 'HS384');
  assert.deepStrictEqual(jwk.key_ops, ['sign']);
  const back = await subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', back)), Buffer.from(await subtle.exportKey('raw', hmac)));
  await assert.rejects(subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
                       { name: 'DataError', message: 'JWK "alg" does not match the requested algorithm' });
  const aesKw = await subtle.importKey('raw', new Uint8Array(24), 'AES-KW', true, ['wrapKey']);
  assert.strictEqual((await subtle.exportKey('jwk', aesKw)).alg, 'A192KW');
  // wrapping a JWK with AES-KW pads the JSON to whole blocks
  const wrapped = await subtle.wrapKey('jwk', hmac, await subtle.importKey('raw', new Uint8Array(16), 'AES-KW', false,
                                                                           ['wrapKey']), 'AES-KW');
  assert.strictEqual(wrapped.byteLength % 8, 0);
  const hkdf = await subtle.importKey('raw', new Uint8Array(8), 'HKDF', false, ['deriveKey']);
  await assert.rejects(subtle.exportKey('raw', hkdf), { name: 'NotSupportedError', message: 'HKDF key export is not supported' });
}

function bridges() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ck = privateKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  assert.ok(util.types.isKeyObject(crypto.KeyObject.from(ck)));
  assert.strictEqual(crypto.KeyObject.from(ck).type, 'private');
  assert.ok(crypto.KeyObject.from(ck).equals(privateKey));
  assert.throws(() => crypto.KeyObject.from({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => privateKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']),
                { name: 'DataError', message: 'Named curve mismatch' });

  // JWK in createPublicKey / createPrivateKey, round trips through export
  const jwk = privateKey.export({ format: 'jwk' });
  assert.deepStrictEqual(Object.keys(jwk), ['kty', 'x', 'y', 'crv', 'd']);
  assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey));
  assert.ok(crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(publicKey));
  const ed = crypto.generateKeyPairSync('ed25519');
  const edJwk = ed.privateKey.export({ format: 'jwk' });
  assert.deepStrictEqual(Object.keys(edJwk), ['crv', 'd', 'x', 'kty']);
  assert.ok(crypto.createPrivateKey({ key: edJwk, format: 'jwk' }).equals(ed.privateKey));
  const rsaPair = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const rsaJwk = rsaPair.privateKey.export({ format: 'jwk' });
  assert.ok(crypto.createPrivateKey({ key: rsaJwk, format: 'jwk' }).equals(rsaPair.privateKey));
  assert.ok(crypto.createPublicKey({ key: { kty: 'RSA', n: rsaJwk.n, e: rsaJwk.e }, format: 'jwk' })
    .equals(rsaPair.publicKey));

  const jwkError = (key, message) => assert.throws(() => crypto.createPrivateKey({ key, format: 'jwk' }),
                                                   { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message });
  jwkError({ kty: 'foo' }, 'foo is not a supported JWK key type');
  jwkError({ kty: 'EC' }, 'Invalid JWK EC key');
  jwkError({ kty: 'OKP', crv: 'Ed25519', x: 'A' }, 'Invalid JWK OKP key');
  jwkError({ kty: 'RSA', n: 'AQAB', e: 'AQAB' }, 'JWK does not contain private key material');
  assert.throws(() => crypto.createPrivateKey({ key: 'x', format: 'jwk' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-999', x: 'A', y: 'A', d: 'A' }, format: 'jwk' }),
                { code: 'ERR_CRYPTO_INVALID_CURVE' });

  assert.strictEqual(SubtleCrypto.supports('generateKey', { name: 'AES-GCM', length: 256 }), true);
  assert.strictEqual(SubtleCrypto.supports('generateKey', { name: 'AES-GCM', length: 100 }), false);
  assert.strictEqual(SubtleCrypto.supports('sign', 'HMAC'), true);
  assert.strictEqual(SubtleCrypto.supports('encrypt', 'HMAC'), false);
  assert.strictEqual(SubtleCrypto.supports('digest', 'SHA-256'), true);
  assert.strictEqual(SubtleCrypto.supports('nope', 'SHA-256'), false);
}

bridges();
Promise.all([shape(), rsa(), ec(), okp(), secretFormats()]).then(common.mustCall());
