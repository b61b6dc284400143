'use strict';
// For a bare package name, "exports" takes precedence over "main". "main"
// still applies when the package directory is required by path.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const base = fixtures.path('module', 'exp', 'node_modules');

assert.deepStrictEqual(load('overmain'), { from: 'overmain/exported.js' });
assert.strictEqual(load.resolve('overmain'), `${base}/overmain/exported.js`);
assert.throws(() => load('overmain/main.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });

// "exports" without "." hides "main" entirely.
assert.throws(() => load('overmain-subonly'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `No "exports" main defined in ${base}/overmain-subonly/package.json`,
});

// By path, "exports" does not apply.
assert.deepStrictEqual(require(`${base}/overmain`), { from: 'overmain/main.js' });
assert.deepStrictEqual(require(`${base}/overmain/main.js`), { from: 'overmain/main.js' });
assert.deepStrictEqual(require(`${base}/overmain-subonly`), { from: 'overmain-subonly/main.js' });
