'use strict';
// require.cache holds loaded modules keyed by resolved filename. A second
// require() returns the cached exports without re-evaluating; deleting the
// entry makes the next require() evaluate the file again.
const { fixtures } = require('../common');
const assert = require('assert');

const filename = fixtures.path('module', 'cache', 'counter.js');

const first = require(filename);
assert.deepStrictEqual(first, { evaluation: 1 });
assert.strictEqual(require('../fixtures/module/cache/counter'), first);
assert.strictEqual(require(filename.slice(0, -3)), first);
assert.strictEqual(globalThis.kilnFixtureEvaluations, 1);

const entry = require.cache[filename];
assert.strictEqual(typeof entry, 'object');
assert.strictEqual(entry.exports, first);
assert.strictEqual(entry.filename, filename);
assert.strictEqual(entry.id, filename);
assert.strictEqual(entry.loaded, true);
assert(entry instanceof require('module'));
// The main module is cached too.
assert.strictEqual(require.cache[__filename], module);

delete require.cache[filename];
const second = require(filename);
assert.notStrictEqual(second, first);
assert.deepStrictEqual(second, { evaluation: 2 });
assert.strictEqual(require.cache[filename].exports, second);
assert.strictEqual(require(filename), second);
assert.strictEqual(globalThis.kilnFixtureEvaluations, 2);
