'use strict';
// Inside a package that has "exports", the package can require itself by its
// own "name", subject to its "exports". Without "exports", self-reference is
// not available.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'self');
const load = require(`${dir}/withexports/lib/deep/user.js`);

const main = load('kiln-fixture-self');
assert.deepStrictEqual(main, { from: 'kiln-fixture-self/main.js' });
assert.strictEqual(main, require(`${dir}/withexports/main.js`));
assert.strictEqual(load.resolve('kiln-fixture-self'), `${dir}/withexports/main.js`);
assert.deepStrictEqual(load('kiln-fixture-self/util'), { from: 'kiln-fixture-self/lib/util.js' });

assert.throws(() => load('kiln-fixture-self/lib/util.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: 'Package subpath \'./lib/util.js\' is not defined by "exports" in ' +
           `${dir}/withexports/package.json imported from ${dir}/withexports/lib/deep/user.js`,
});

// The name means nothing outside the package.
assert.throws(() => require('kiln-fixture-self'), { code: 'MODULE_NOT_FOUND' });

// No "exports": no self-reference.
const loadNoExports = require(`${dir}/noexports/lib/user.js`);
assert.throws(() => loadNoExports('kiln-fixture-self-noexports'), {
  code: 'MODULE_NOT_FOUND',
  message: 'Cannot find module \'kiln-fixture-self-noexports\'\nRequire stack:\n' +
           `- ${dir}/noexports/lib/user.js\n- ${__filename}`,
});
