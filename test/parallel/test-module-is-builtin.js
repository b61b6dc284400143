'use strict';
// require('module').isBuiltin(name) tells whether require(name) would load a
// built-in: names with and without 'node:', prefix-only names only with it.
require('../common');
const assert = require('assert');
const { isBuiltin } = require('module');

for (const name of ['path', 'node:path', 'events', 'node:events', 'assert/strict',
                    'node:assert/strict', 'module', 'node:module']) {
  assert.strictEqual(isBuiltin(name), true, name);
}
for (const name of ['test', 'sea', 'sqlite', 'test/reporters', 'node:nonexistent', 'nonexistent',
                    'PATH', 'path/', ' path', 'node:', '', 'internal/errors', './path']) {
  assert.strictEqual(isBuiltin(name), false, name);
}
