'use strict';
// `exports` starts as a reference to `module.exports`; require() returns
// module.exports. Adding properties to `exports` exports them, reassigning
// `exports` exports nothing, and reassigning module.exports replaces the
// exported value (leaving later writes to `exports` unseen).
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'exports');

assert.deepStrictEqual(require(`${dir}/initial.js`),
                       { sameAtStart: true, isPlainObject: true, keys: [] });
assert.deepStrictEqual(require(`${dir}/add-to-exports.js`), { a: 1, b: 'two' });
assert.deepStrictEqual(require(`${dir}/reassign-exports.js`), {});

const fn = require(`${dir}/replace-module-exports.js`);
assert.strictEqual(typeof fn, 'function');
assert.strictEqual(fn(), 'fn');

assert.deepStrictEqual(require(`${dir}/both.js`), { kept: true });
assert.strictEqual(require(`${dir}/primitive.js`), 42);
assert.strictEqual(require.cache[`${dir}/primitive.js`].exports, 42);

// The same holds in this file.
assert.strictEqual(exports, module.exports);
