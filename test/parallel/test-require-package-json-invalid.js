'use strict';
// A package.json that is not valid JSON makes loading its directory fail
// with ERR_INVALID_PACKAGE_CONFIG instead of silently falling back to index.js.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'main', 'badjson');

assert.throws(() => require(dir), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_PACKAGE_CONFIG');
  assert(err.message.startsWith(`Invalid package config ${dir}/package.json`), err.message);
  return true;
});

// Every .js file in its scope consults the nearest package.json (for "type"),
// so naming a file inside the package directly fails the same way.
assert.throws(() => require(`${dir}/index.js`), { code: 'ERR_INVALID_PACKAGE_CONFIG' });
