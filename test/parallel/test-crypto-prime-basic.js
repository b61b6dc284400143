'use strict';
// crypto.generatePrime(Sync) and checkPrime(Sync): the primes OpenSSL makes,
// the checks, and Node's argument errors.
const common = require('../common');
const assert = require('assert');
const { promisify } = require('util');
const { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync } = require('crypto');

assert.strictEqual(checkPrimeSync(Buffer.from([2])), true);
assert.strictEqual(checkPrimeSync(Buffer.from([4])), false);
assert.strictEqual(checkPrimeSync(2n ** 127n - 1n), true); // a Mersenne prime
assert.strictEqual(checkPrimeSync(2n ** 128n + 1n), false);
assert.strictEqual(checkPrimeSync(104729n, { checks: 10 }), true);

const p = generatePrimeSync(64);
assert.ok(p instanceof ArrayBuffer);
assert.strictEqual(p.byteLength, 8);
assert.ok(new Uint8Array(p)[0] & 0x80); // exactly 64 bits
assert.strictEqual(checkPrimeSync(p), true);
assert.strictEqual(generatePrimeSync(3, { bigint: true }), 7n);
assert.strictEqual(generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }), 13n);
const safe = generatePrimeSync(32, { safe: true, bigint: true });
assert.strictEqual(checkPrimeSync((safe - 1n) / 2n), true);
const mod = generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
assert.strictEqual(mod % 12n, 11n);

assert.throws(() => generatePrimeSync(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => generatePrimeSync(8, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => generatePrimeSync(8, { safe: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => generatePrimeSync(8, { add: -1n }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => generatePrimeSync(64, { add: 2n ** 64n }),
              { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add' });
assert.throws(() => generatePrimeSync(64, { add: 7n, rem: 7n }),
              { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.rem' });
assert.throws(() => generatePrime(8, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => checkPrime('x', common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => checkPrimeSync(2n, { checks: -1 }), { code: 'ERR_OUT_OF_RANGE' });

let sync = true;
generatePrime(32, common.mustSucceed((prime) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(checkPrimeSync(prime), true);
  checkPrime(prime, common.mustSucceed((ok) => assert.strictEqual(ok, true)));
}));
sync = false;
promisify(generatePrime)(40, { bigint: true }).then(common.mustCall(async (prime) => {
  assert.strictEqual(typeof prime, 'bigint');
  assert.strictEqual(await promisify(checkPrime)(prime), true);
}));
