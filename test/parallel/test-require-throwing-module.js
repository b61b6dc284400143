'use strict';
// An exception thrown while a module is evaluated propagates out of require()
// unchanged, and the module (with any module whose load it interrupted) is
// removed from require.cache, so the next require() evaluates it again.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'throws');
const expected = { name: 'Error', code: 'KILN_FIXTURE_THROW', message: 'thrown while loading' };

assert.throws(() => require(`${dir}/throws.js`), expected);
assert.strictEqual(globalThis.kilnFixtureThrowCount, 1);
assert.strictEqual(require.cache[`${dir}/throws.js`], undefined);

assert.throws(() => require(`${dir}/throws.js`), expected);
assert.strictEqual(globalThis.kilnFixtureThrowCount, 2);

// Through an intermediate module: both leave the cache.
assert.throws(() => require(`${dir}/parent.js`), expected);
assert.strictEqual(globalThis.kilnFixtureThrowCount, 3);
assert.strictEqual(require.cache[`${dir}/parent.js`], undefined);
assert.strictEqual(require.cache[`${dir}/throws.js`], undefined);
