'use strict';
// The newer Web Crypto algorithms Node 24 has: AES-OCB, ChaCha20-Poly1305
// (RFC 8439 2.8.2), KMAC and cSHAKE (NIST SP 800-185 samples), SHA3
// (FIPS 202), the raw-secret and raw-public formats, getPublicKey.
const common = require('../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const hex = (s) => Buffer.from(s, 'hex');
const toHex = (ab) => Buffer.from(ab).toString('hex');

async function chacha() {
  const key = await subtle.importKey('raw-secret', hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f'),
                                     'ChaCha20-Poly1305', true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(key.algorithm, { name: 'ChaCha20-Poly1305' });
  const params = { name: 'ChaCha20-Poly1305', iv: hex('070000004041424344454647'), additionalData: hex('50515253c0c1c2c3c4c5c6c7') };
  const text = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, " +
                           'sunscreen would be it.');
  const out = await subtle.encrypt(params, key, text);
  assert.strictEqual(out.byteLength, text.length + 16);
  assert.strictEqual(toHex(out).slice(0, 32), 'd31a8d34648e60db7b86afbc53ef7ec2');
  assert.strictEqual(toHex(out).slice(-32), '1ae10b594f09e26a7e902ecbd0600691');
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt(params, key, out)), text);
  const bad = new Uint8Array(out);
  bad[0] ^= 1;
  await assert.rejects(subtle.decrypt(params, key, bad), { name: 'OperationError' });
  await assert.rejects(subtle.encrypt({ ...params, iv: new Uint8Array(11) }, key, text),
                       { name: 'OperationError', message: 'algorithm.iv must contain exactly 12 bytes' });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(32), 'ChaCha20-Poly1305', true, ['encrypt']),
                       { name: 'NotSupportedError', message: 'Unable to import ChaCha20-Poly1305 using raw format' });
  assert.strictEqual((await subtle.exportKey('jwk', key)).alg, 'C20P');
}

async function ocb() {
  const key = await subtle.importKey('raw-secret', new Uint8Array(16), 'AES-OCB', true, ['encrypt', 'decrypt']);
  const params = { name: 'AES-OCB', iv: new Uint8Array(12) };
  const out = await subtle.encrypt(params, key, new Uint8Array(5));
  assert.strictEqual(toHex(out), '7bd2001c665437ac244f10d92305dbbf07ec086cad');
  assert.strictEqual(toHex(await subtle.decrypt(params, key, out)), '0000000000');
  const short = { ...params, tagLength: 64, additionalData: Buffer.from('ad') };
  assert.strictEqual(toHex(await subtle.encrypt(short, key, new Uint8Array(5))), 'c68ae1e7d709b5dfef0b8bc5da');
  await assert.rejects(subtle.encrypt({ ...params, iv: new Uint8Array(16) }, key, new Uint8Array(5)),
                       { name: 'OperationError', message: 'AES-OCB algorithm.iv must be no more than 15 bytes' });
  await assert.rejects(subtle.encrypt({ ...params, tagLength: 32 }, key, new Uint8Array(5)),
                       { name: 'OperationError', message: '32 is not a valid AES-OCB tag length' });
  assert.strictEqual((await subtle.exportKey('jwk', key)).alg, 'A128OCB');
  await assert.rejects(subtle.exportKey('raw', key),
                       { name: 'NotSupportedError', message: 'Unable to export AES-OCB secret key using raw format' });
  assert.strictEqual(toHex(await subtle.exportKey('raw-secret', key)), '00'.repeat(16));
}

async function kmac() {
  const raw = hex('404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f');
  const key = await subtle.importKey('raw-secret', raw, 'KMAC128', false, ['sign', 'verify']);
  assert.deepStrictEqual(key.algorithm, { name: 'KMAC128', length: 256 });
  const data = hex('00010203');
  const sig = await subtle.sign({ name: 'KMAC128', outputLength: 256 }, key, data);
  assert.strictEqual(toHex(sig), 'e5780b0d3ea6f7d3a429c5706aa43a00fadbd7d49628839e3187243f456ee14e');
  const tagged = { name: 'KMAC128', outputLength: 256, customization: Buffer.from('My Tagged Application') };
  assert.strictEqual(toHex(await subtle.sign(tagged, key, data)),
                     '3b1fba963cd8b0b59e8c1a6d71888b7143651af8ba0a7070c0979e2811324aa5');
  assert.strictEqual(await subtle.verify({ name: 'KMAC128', outputLength: 256 }, key, sig, data), true);
  assert.strictEqual(await subtle.verify(tagged, key, sig, data), false);
  await assert.rejects(subtle.sign({ name: 'KMAC128' }, key, data), { name: 'TypeError', code: 'ERR_MISSING_OPTION' });
  // the output length is part of the MAC, in bits
  const zero = await subtle.importKey('raw-secret', new Uint8Array(32), 'KMAC256', false, ['sign']);
  assert.strictEqual(toHex(await subtle.sign({ name: 'KMAC256', outputLength: 121 }, zero, new Uint8Array(3))),
                     'dcdad60122a4446d78d2f8b6d5524280');
  assert.strictEqual(toHex(await subtle.sign({ name: 'KMAC256', outputLength: 128 }, zero, new Uint8Array(3))),
                     'd2036c88409ebcf4654599472b87c008');
  const generated = await subtle.generateKey({ name: 'KMAC256' }, true, ['sign']);
  assert.deepStrictEqual(generated.algorithm, { name: 'KMAC256', length: 256 });
  assert.strictEqual((await subtle.exportKey('jwk', generated)).alg, 'K256');
}

async function digests() {
  assert.strictEqual(toHex(await subtle.digest('SHA3-256', Buffer.from('abc'))),
                     '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
  // cSHAKE without a name or customization string is SHAKE
  assert.strictEqual(toHex(await subtle.digest({ name: 'cSHAKE128', outputLength: 256 }, new Uint8Array(0))),
                     '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
  assert.strictEqual((await subtle.digest({ name: 'cSHAKE256', outputLength: 0 }, new Uint8Array(3))).byteLength, 0);
  // SP 800-185 cSHAKE sample 1
  assert.strictEqual(toHex(await subtle.digest({ name: 'cSHAKE128', outputLength: 256, customization: Buffer.from('Email Signature') },
                                               hex('00010203'))),
                     'c1c36925b6409a04f1b504fcbca9d82b4017277cb5ed2b2065fc1d3814d5aaf5');
  // a length that is not whole bytes keeps the leading bits
  assert.strictEqual(toHex(await subtle.digest({ name: 'cSHAKE256', outputLength: 12 }, new Uint8Array(3))), 'd640');
}

async function publicKeys() {
  const { privateKey } = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const pub = await subtle.getPublicKey(privateKey, ['verify']);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(pub.extractable, true);
  const raw = await subtle.exportKey('raw-public', pub);
  assert.strictEqual(raw.byteLength, 65);
  const again = await subtle.importKey('raw-public', raw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, new Uint8Array(1));
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, again, sig, new Uint8Array(1)), true);
  await assert.rejects(subtle.getPublicKey(privateKey, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for ECDSA key' });
}

Promise.all([chacha(), ocb(), kmac(), digests(), publicKeys()]).then(common.mustCall());
