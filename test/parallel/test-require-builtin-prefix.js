'use strict';
// Built-in modules load with or without the 'node:' prefix and are the same
// object either way; they take precedence over node_modules packages of the
// same name. Some built-ins exist only with the prefix: without it, the name is
// an ordinary package name.
const { fixtures } = require('../common');
const assert = require('assert');

for (const name of ['path', 'assert', 'module']) {
  assert.strictEqual(require(`node:${name}`), require(name), name);
}

const load = require(fixtures.path('module', 'builtins', 'load.js'));
// builtins/node_modules/path exists but loses to the built-in.
assert.strictEqual(load('path'), require('node:path'));
assert.strictEqual(load.resolve('path'), 'path');

// 'test' names no built-in without the prefix ('node:test' is prefix-only).
assert.throws(() => require('test'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'test'\nRequire stack:\n- ${__filename}`,
});
// builtins/node_modules/test is reachable as 'test'.
assert.deepStrictEqual(load('test'), { from: 'builtins/node_modules/test' });
