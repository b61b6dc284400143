'use strict';
// "imports" in the nearest package.json maps '#' specifiers, for files inside
// that package only: plain strings, conditions (as for "exports"), patterns,
// arrays, and bare package names resolved from the package's node_modules.
const { fixtures } = require('../common');
const assert = require('assert');

const pkg = fixtures.path('module', 'imp', 'pkg');
const load = require(`${pkg}/lib/load.js`);

assert.deepStrictEqual(load('#string'), { from: 'lib/string.js' });
assert.strictEqual(load.resolve('#string'), `${pkg}/lib/string.js`);
// Same file, same module, whatever the specifier.
assert.strictEqual(load('#string'), require(`${pkg}/lib/string.js`));

// { import, node: { import, require }, default }
assert.deepStrictEqual(load('#conditional'), { from: 'lib/node-require.js' });
// { import, default }
assert.deepStrictEqual(load('#default-only'), { from: 'lib/default.js' });

// "#src/*": "./src/*.js"
assert.deepStrictEqual(load('#src/a'), { from: 'src/a.js' });
assert.strictEqual(load.resolve('#src/a'), `${pkg}/src/a.js`);

// "#dep": "dep" and "#dep/*": "dep/*.js" - resolved as bare specifiers.
assert.deepStrictEqual(load('#dep'), { from: 'dep/main.js' });
assert.deepStrictEqual(load('#dep/extra'), { from: 'dep/extra.js' });
assert.strictEqual(load.resolve('#dep'), `${pkg}/node_modules/dep/main.js`);

// ["./lib/string.js"]
assert.strictEqual(load('#array'), load('#string'));

// A pattern match whose file is missing.
assert.throws(() => load('#src/missing'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert(err.message.startsWith(`Cannot find module '${pkg}/src/missing.js'`), err.message);
  return true;
});

// Outside any package with "imports", a '#' specifier is just not found.
assert.throws(() => require('#string'), { code: 'MODULE_NOT_FOUND' });
