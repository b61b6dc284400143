'use strict';
// An "exports" object maps "." and "./subpath" keys to files. Keys are matched
// exactly: no extension search and no index lookup, neither for the request
// nor for the target.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const pkg = fixtures.path('module', 'exp', 'node_modules', 'subpaths');

assert.deepStrictEqual(load('subpaths'), { from: 'subpaths/lib/index.js' });
assert.strictEqual(load.resolve('subpaths'), `${pkg}/lib/index.js`);

const feature = load('subpaths/feature');
assert.deepStrictEqual(feature, { from: 'subpaths/lib/feature.js' });
// Two keys mapping to one file give the same module.
assert.strictEqual(load('subpaths/feature.js'), feature);

assert.deepStrictEqual(load('subpaths/data'), { from: 'subpaths/data/info.json' });
assert.deepStrictEqual(load('subpaths/nested/deep'),
                       { from: 'subpaths/lib/nested/deep/file.js' });
assert.strictEqual(load('subpaths/package.json').name, 'subpaths');

// The file behind an export is not reachable under its own path.
assert.throws(() => load('subpaths/lib/feature.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './lib/feature.js' is not defined by "exports" in ${pkg}/package.json`,
});
// No extension search on the key.
assert.throws(() => load('subpaths/nested/deep.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });

// A target naming a directory is not resolved to its index.js.
assert.throws(() => load('subpaths/dir'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert(err.message.startsWith(`Cannot find module '${pkg}/lib/nested'`), err.message);
  return true;
});
