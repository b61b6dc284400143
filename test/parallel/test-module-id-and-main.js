'use strict';
// The entry script's module has id '.' and is require.main. Any other module
// has its filename as id, and sees the same require.main.
const { fixtures } = require('../common');
const assert = require('assert');

assert.strictEqual(module.id, '.');
assert.strictEqual(require.main, module);
assert.strictEqual(require.main.filename, __filename);

const info = require(fixtures.path('module', 'meta', 'info'));
const filename = fixtures.path('module', 'meta', 'info.js');
assert.strictEqual(info.id, filename);
assert.strictEqual(info.module.id, filename);
assert.strictEqual(info.isMain, false);
assert.strictEqual(info.main, module);
