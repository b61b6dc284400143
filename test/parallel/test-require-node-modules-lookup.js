'use strict';
// A bare specifier is looked up in node_modules directories, starting next to
// the requiring file and walking up to the root; the nearest match wins.
const { fixtures } = require('../common');
const assert = require('assert');

const nm = fixtures.path('module', 'nm');
const user = require(`${nm}/a/b/c/user.js`);

// a/node_modules/shared shadows nm/node_modules/shared.
assert.deepStrictEqual(user.shared, { from: 'nm/a/node_modules/shared' });
// Found further up, after a/b/c, a/b and a have no match.
assert.deepStrictEqual(user.onlytop, { from: 'nm/node_modules/onlytop' });
// 'shared/sub/deep' is a path inside the first 'shared' directory that has it.
assert.deepStrictEqual(user.deep, { from: 'nm/node_modules/shared/sub/deep.js' });
// A plain file directly inside node_modules, with extension search.
assert.deepStrictEqual(user.single, { from: 'nm/node_modules/single.js' });
assert.deepStrictEqual(user.data, { from: 'nm/node_modules/data.json' });
// A package's own dependencies are found by walking up from the package:
// nm/node_modules/pkga requires its sibling nm/node_modules/pkgb.
assert.strictEqual(user.pkga.from, 'pkga');
assert.deepStrictEqual(user.pkga.pkgb, { from: 'pkgb' });

assert.strictEqual(require.resolve('shared', { paths: [`${nm}/a/b/c`] }),
                   `${nm}/a/node_modules/shared/index.js`);

// Nothing above this test's directory provides the name.
assert.throws(() => require('kiln-no-such-package-anywhere'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'kiln-no-such-package-anywhere'\nRequire stack:\n- ${__filename}`,
});
