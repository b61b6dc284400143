'use strict';
// When the file named by "main" does not exist, require() falls back to the
// directory's index.js (deprecated, but still supported); with no index.js
// either, it throws MODULE_NOT_FOUND naming the missing main file.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'main');

// Do not let the deprecation warning clutter the output.
process.noDeprecation = true;

assert.deepStrictEqual(require(`${dir}/missing`), { from: 'index.js' });
assert.strictEqual(require.resolve(`${dir}/missing`), `${dir}/missing/index.js`);

assert.throws(() => require(`${dir}/missingnoindex`), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${dir}/missingnoindex/nope.js'. ` +
           'Please verify that the package.json has a valid "main" entry',
});
