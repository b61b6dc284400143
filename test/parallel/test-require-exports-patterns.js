'use strict';
// Subpath patterns: '*' in a key matches any string (including '/'), and is
// substituted into the target. The longest matching prefix wins, a null
// target excludes part of a pattern, and the result is not extension-searched.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const pkg = fixtures.path('module', 'exp', 'node_modules', 'patterns');

// "./features/*": "./src/features/*.js"
assert.deepStrictEqual(load('patterns/features/a'), { from: 'patterns/src/features/a.js' });
assert.strictEqual(load.resolve('patterns/features/a'), `${pkg}/src/features/a.js`);
assert.deepStrictEqual(load('patterns/features/sub/b'), { from: 'patterns/src/features/sub/b.js' });

// "./features/private/*": null
assert.throws(() => load('patterns/features/private/c'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './features/private/c' is not defined by "exports" in ${pkg}/package.json`,
});

// "./features/special/*" is more specific than "./features/*".
assert.deepStrictEqual(load('patterns/features/special/d'), { from: 'patterns/special/d.js' });

// "./lib/*.js": "./src/lib/*.js" - the part after '*' must match too.
assert.deepStrictEqual(load('patterns/lib/e.js'), { from: 'patterns/src/lib/e.js' });
assert.throws(() => load('patterns/lib/e'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './lib/e' is not defined by "exports" in ${pkg}/package.json`,
});

// "./assets/*": "./src/*" - same file, same module; no extension search.
assert.strictEqual(load('patterns/assets/lib/e.js'), load('patterns/lib/e.js'));
assert.throws(() => load('patterns/assets/lib/e'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert(err.message.startsWith(`Cannot find module '${pkg}/src/lib/e'`), err.message);
  return true;
});

// The pattern matches but the file does not exist.
assert.throws(() => load('patterns/features/missing'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert(err.message.startsWith(`Cannot find module '${pkg}/src/features/missing.js'`),
         err.message);
  return true;
});

// The bare prefix of a pattern is not itself exported.
assert.throws(() => load('patterns/features'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
