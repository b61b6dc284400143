'use strict';
// With "exports", only listed subpaths can be required: anything else,
// including a subpath whose target is null, throws
// ERR_PACKAGE_PATH_NOT_EXPORTED, even when the file exists.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const base = fixtures.path('module', 'exp', 'node_modules');

assert.deepStrictEqual(load('restricted'), { from: 'restricted/index.js' });
assert.deepStrictEqual(load('restricted/public'), { from: 'restricted/public.js' });

for (const subpath of ['private', 'lib/internal.js', 'lib/internal', 'public.js', 'nothing',
                       'package.json']) {
  assert.throws(() => load(`restricted/${subpath}`), (err) => {
    assert(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
    assert.strictEqual(err.message, `Package subpath './${subpath}' is not defined by ` +
                                    `"exports" in ${base}/restricted/package.json`);
    return true;
  });
  assert.throws(() => load.resolve(`restricted/${subpath}`),
                { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
}

// No "." key: the package name itself is not exported (and "main" is ignored).
assert.throws(() => load('noroot'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `No "exports" main defined in ${base}/noroot/package.json`,
});
assert.deepStrictEqual(load('noroot/x'), { from: 'noroot/x.js' });
