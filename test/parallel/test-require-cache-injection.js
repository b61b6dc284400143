'use strict';
// Entries placed in require.cache are returned by require() for their key.
// The cache is consulted before built-ins for unprefixed names, but 'node:'
// requests always get the real built-in.
const { fixtures } = require('../common');
const assert = require('assert');

const filename = fixtures.path('module', 'cache', 'injected.js');
const fake = { fake: true };
require.cache[filename] = { id: filename, filename, loaded: true, exports: fake };
assert.strictEqual(require(filename), fake);
delete require.cache[filename];
assert.deepStrictEqual(require(filename), { real: true });

const realPath = require('node:path');
const fakePath = { fakePath: true };
require.cache.path = { id: 'path', filename: 'path', loaded: true, exports: fakePath };
assert.strictEqual(require('path'), fakePath);
assert.strictEqual(require('node:path'), realPath);
delete require.cache.path;
assert.strictEqual(require('path'), realPath);
