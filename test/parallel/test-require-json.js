'use strict';
// .json files are parsed with JSON semantics (any JSON value, a leading BOM
// ignored) and cached like other modules: the same object is returned again.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'json');

const data = require(`${dir}/data.json`);
assert.deepStrictEqual(data, {
  name: 'data', list: [1, 2, 3], nested: { ok: true, nothing: null },
});
assert.strictEqual(Object.getPrototypeOf(data), Object.prototype);
assert.strictEqual(require('../fixtures/module/json/data.json'), data);
assert.strictEqual(require.cache[`${dir}/data.json`].exports, data);

// Mutations are shared through the cache.
data.mutated = true;
assert.strictEqual(require(`${dir}/data.json`).mutated, true);

assert.deepStrictEqual(require(`${dir}/array.json`), [1, 'two', false]);
assert.strictEqual(require(`${dir}/string.json`), 'just a string');
assert.strictEqual(require(`${dir}/number.json`), 42);
assert.deepStrictEqual(require(`${dir}/bom.json`), { bom: true });

// Without an extension, shadow.js is found before shadow.json.
assert.deepStrictEqual(require(`${dir}/shadow`), { from: 'json/shadow.js' });
assert.deepStrictEqual(require(`${dir}/shadow.json`), { from: 'json/shadow.json' });
