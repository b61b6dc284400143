'use strict';
// "exports": "./file" is shorthand for { ".": "./file" }: the package name
// loads that file, and nothing else in the package can be required by subpath.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const pkg = fixtures.path('module', 'exp', 'node_modules', 'sugar');

assert.deepStrictEqual(load('sugar'), { from: 'sugar/lib/main.js' });
assert.strictEqual(load.resolve('sugar'), `${pkg}/lib/main.js`);

for (const subpath of ['lib/main.js', 'index.js', 'index', 'package.json']) {
  assert.throws(() => load(`sugar/${subpath}`), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath './${subpath}' is not defined by "exports" in ${pkg}/package.json`,
  });
}
