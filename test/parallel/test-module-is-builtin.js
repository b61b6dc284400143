'use strict';
// require('module').isBuiltin(name) tells whether require(name) would load a
// built-in: names with and without 'node:', prefix-only names only with it.
require('../common');
const assert = require('assert');
const { isBuiltin } = require('module');

for (const name of ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'wasi',
                    'node:wasi', 'node:test', 'node:test/reporters', 'node:sea',
                    'node:sqlite']) {
  assert.strictEqual(isBuiltin(name), true, name);
}
for (const name of ['test', 'sea', 'sqlite', 'test/reporters', 'node:nonexistent', 'nonexistent',
                    'FS', 'fs/', ' fs', 'node:', '', 'internal/util', './fs']) {
  assert.strictEqual(isBuiltin(name), false, name);
}
