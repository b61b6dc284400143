'use strict';
// A '#' specifier that the package's "imports" does not define - missing key,
// null target, excluded pattern, or no matching condition - throws a
// TypeError with code ERR_PACKAGE_IMPORT_NOT_DEFINED.
const { fixtures } = require('../common');
const assert = require('assert');

const pkg = fixtures.path('module', 'imp', 'pkg');
const load = require(`${pkg}/lib/load.js`);

for (const specifier of ['#missing', '#null', '#src/x/b', '#import-only']) {
  const expected = {
    name: 'TypeError',
    code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    message: `Package import specifier "${specifier}" is not defined in package ` +
             `${pkg}/package.json imported from ${pkg}/lib/load.js`,
  };
  assert.throws(() => load(specifier), expected);
  assert.throws(() => load.resolve(specifier), expected);
}
