'use strict';
// Conditional exports: require() matches the "node", "require" and "default"
// conditions, never "import" or unknown ones. Keys are tried in object order
// and the first matching one is used; condition objects can nest, and a
// nested object that matches nothing falls through to the next key.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const pkg = fixtures.path('module', 'exp', 'node_modules', 'conditions');

// { import, node, require, default }: "node" comes first among the matches.
assert.deepStrictEqual(load('conditions'), { from: 'conditions/node.js' });
assert.strictEqual(load.resolve('conditions'), `${pkg}/node.js`);
// { import, require, default }
assert.deepStrictEqual(load('conditions/require'), { from: 'conditions/require.js' });
// { import, browser, deno, default }
assert.deepStrictEqual(load('conditions/default'), { from: 'conditions/default.js' });
// { default, require, node }: order decides, not specificity.
assert.deepStrictEqual(load('conditions/default-first'), { from: 'conditions/default.js' });

// { import } only: nothing matches for require().
assert.throws(() => load('conditions/import-only'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './import-only' is not defined by "exports" in ${pkg}/package.json`,
});

// { node: { import, require }, default }
assert.deepStrictEqual(load('conditions/nested'), { from: 'conditions/nested-require.js' });
// { node: { import, browser }, default }
assert.deepStrictEqual(load('conditions/nested-miss'), { from: 'conditions/default.js' });
// { node: { require: { default } } }
assert.deepStrictEqual(load('conditions/deep'), { from: 'conditions/deep.js' });

// Conditions under a pattern key: { import, require: "./patterned/*.js" }
assert.deepStrictEqual(load('conditions/pattern/p'), { from: 'conditions/patterned/p.js' });
