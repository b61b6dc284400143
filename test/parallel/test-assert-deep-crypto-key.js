'use strict';
// Web Crypto keys are deep-equal when their type, extractability,
// algorithm, usages and key material are (issue 5).
const assert = require('assert');
const { subtle } = globalThis.crypto;

const key = (byte, hash, extractable, usages) =>
  subtle.importKey('raw', Buffer.alloc(1, byte), { name: 'HMAC', hash }, extractable, usages);

function notEqual(a, b) {
  for (const method of ['deepEqual', 'deepStrictEqual', 'partialDeepStrictEqual']) {
    assert.throws(() => assert[method](a, b), { code: 'ERR_ASSERTION' });
  }
  assert.strictEqual(require('util').isDeepStrictEqual(a, b), false);
}

(async () => {
  let base;
  try {
    base = await key(0, 'SHA-256', true, ['sign']);
  } catch (err) {
    // A build without Web Crypto keys yet (issue 11) has nothing to compare.
    if (err.name === 'NotSupportedError') return;
    throw err;
  }
  assert.deepStrictEqual(base, await key(0, 'SHA-256', true, ['sign']));
  assert.deepEqual(base, await key(0, 'SHA-256', true, ['sign']));
  assert.deepStrictEqual(await key(0, 'SHA-256', false, ['sign']), await key(0, 'SHA-256', false, ['sign']));
  notEqual(base, await key(1, 'SHA-256', true, ['sign']));
  notEqual(base, await key(0, 'SHA-256', false, ['sign']));
  notEqual(base, await key(0, 'SHA-384', true, ['sign']));
  notEqual(base, await key(0, 'SHA-256', true, ['verify']));
  notEqual(await key(0, 'SHA-256', false, ['sign']), await key(1, 'SHA-256', false, ['sign']));
  // Something only tagged as a CryptoKey is compared as an ordinary object
  // when it is the actual value; a real key as actual wants a real one.
  const fake = () => Object.setPrototypeOf({}, Object.getPrototypeOf(base));
  assert.deepStrictEqual(fake(), fake());
  assert.deepStrictEqual(fake(), base);
  notEqual(base, fake());
})().then(() => {}, (err) => {
  process.exitCode = 1;
  console.error(err);
});
