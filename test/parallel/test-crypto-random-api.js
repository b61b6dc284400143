'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues and
// timingSafeEqual: results, callbacks and Node's argument errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(1000).length, 1000);
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
assert.ok(Buffer.isBuffer(crypto.randomBytes(4)));
let sync = true;
crypto.randomBytes(16, common.mustSucceed((buf) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(buf.length, 16);
}));
sync = false;
assert.throws(() => crypto.randomBytes(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomBytes(1, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });

// randomFillSync writes only the range asked for; offset and size count
// elements of typed arrays
{
  const buf = Buffer.alloc(16);
  crypto.randomFillSync(buf, 4, 8);
  assert.deepStrictEqual(buf.subarray(0, 4), Buffer.alloc(4));
  assert.deepStrictEqual(buf.subarray(12), Buffer.alloc(4));
  const u32 = new Uint32Array(4);
  crypto.randomFillSync(u32, 1, 2);
  assert.strictEqual(u32[0], 0);
  assert.strictEqual(u32[3], 0);
  assert.ok(u32[1] !== 0 || u32[2] !== 0);
  const ab = new ArrayBuffer(8);
  assert.strictEqual(crypto.randomFillSync(ab), ab);
  const dv = new DataView(new ArrayBuffer(8));
  assert.strictEqual(crypto.randomFillSync(dv), dv);
  assert.throws(() => crypto.randomFillSync(buf, 17), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomFillSync(buf, 8, 9), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size + offset" is out of range. It must be <= 16. Received 17',
  });
  assert.throws(() => crypto.randomFillSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  crypto.randomFill(new Uint8Array(8), common.mustSucceed((a) => assert.strictEqual(a.length, 8)));
  const part = Buffer.alloc(8);
  crypto.randomFill(part, 4, common.mustSucceed((a) => {
    assert.strictEqual(a, part);
    assert.deepStrictEqual(a.subarray(0, 4), Buffer.alloc(4));
  }));
  assert.throws(() => crypto.randomFill(buf, 0, 1), { code: 'ERR_INVALID_ARG_TYPE' });
}

// randomInt: [min, max), uniform enough to hit every value
{
  const seen = new Set();
  for (let i = 0; i < 1000; i++) {
    const n = crypto.randomInt(3, 8);
    assert.ok(n >= 3 && n < 8 && Number.isInteger(n));
    seen.add(n);
  }
  assert.strictEqual(seen.size, 5);
  assert.ok(crypto.randomInt(1) === 0);
  let called = false;
  crypto.randomInt(10, common.mustCall((err, n) => {
    called = true;
    assert.strictEqual(err, undefined);
    assert.ok(n >= 0 && n < 10);
  }));
  assert.strictEqual(called, false);
  assert.throws(() => crypto.randomInt(5, 2), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 2',
  });
  assert.throws(() => crypto.randomInt(1.5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), { code: 'ERR_OUT_OF_RANGE' });
}

// randomUUID: version 4, variant 10
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set();
  for (let i = 0; i < 300; i++) {
    const id = crypto.randomUUID();
    assert.match(id, re);
    ids.add(id);
  }
  assert.strictEqual(ids.size, 300);
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
  assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
}

// getRandomValues: integer arrays up to 64 KiB, on crypto and the global
{
  const a = new Uint16Array(8);
  assert.strictEqual(crypto.getRandomValues(a), a);
  assert.strictEqual(globalThis.crypto.getRandomValues(new Int32Array(4)).length, 4);
  assert.throws(() => crypto.getRandomValues(new Float64Array(1)), { name: 'TypeMismatchError' });
  assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), { name: 'QuotaExceededError' });
  assert.match(globalThis.crypto.randomUUID(), /^[0-9a-f-]{36}$/);
}

// timingSafeEqual
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual('a', Buffer.alloc(1)), { code: 'ERR_INVALID_ARG_TYPE' });

// webcrypto's digest
globalThis.crypto.subtle.digest('SHA-256', Buffer.from('abc')).then(common.mustCall((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
}));
assert.rejects(globalThis.crypto.subtle.digest('SHA-0', Buffer.alloc(1)), { name: 'NotSupportedError' }).then(common.mustCall());
