'use strict';
// require.resolve(request, { paths }) resolves as if required from each of
// the given directories in turn: relative requests against the directory, bare
// names through the node_modules directories at and above it.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'resolve', 'paths');

// Walks up from a/sub to a/node_modules.
assert.strictEqual(require.resolve('dep', { paths: [`${dir}/a/sub`] }),
                   `${dir}/a/node_modules/dep/index.js`);
// The first directory that resolves wins.
assert.strictEqual(require.resolve('dep', { paths: [`${dir}/b`, `${dir}/a`] }),
                   `${dir}/b/node_modules/dep/index.js`);
assert.strictEqual(require.resolve('./x', { paths: [`${dir}/b`, `${dir}/a`] }),
                   `${dir}/b/x.js`);
assert.strictEqual(require.resolve('./x', { paths: [`${dir}/a`, `${dir}/b`] }),
                   `${dir}/a/x.js`);
// Later directories are tried when earlier ones fail.
assert.strictEqual(require.resolve('onlyb', { paths: [`${dir}/a`, `${dir}/b`] }),
                   `${dir}/b/node_modules/onlyb/index.js`);
// Built-ins are unaffected.
assert.strictEqual(require.resolve('path', { paths: [`${dir}/a`] }), 'path');

// The paths replace this module's own lookup directories.
assert.throws(() => require.resolve('dep', { paths: [] }), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'dep'\nRequire stack:\n- ${__filename}`,
});

assert.throws(() => require.resolve('dep', { paths: 'not an array' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
