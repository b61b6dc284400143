'use strict';
// Only .js, .json and .node are searched. Files with other extensions
// (.cjs, .mjs, .txt, ...) must be named in full; a named file with an
// unregistered extension is loaded as CommonJS JavaScript.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'ext');

for (const name of ['onlycjs', 'onlymjs', 'script', 'some']) {
  assert.throws(() => require(`${dir}/${name}`), { code: 'MODULE_NOT_FOUND' }, name);
}

assert.deepStrictEqual(require(`${dir}/onlycjs.cjs`),
                       { from: 'cjs', filename: `${dir}/onlycjs.cjs` });
assert.strictEqual(require.resolve(`${dir}/onlycjs.cjs`), `${dir}/onlycjs.cjs`);

assert.deepStrictEqual(require(`${dir}/script.txt`),
                       { from: 'txt', filename: `${dir}/script.txt` });

assert.deepStrictEqual(require(`${dir}/some.name`), { from: 'no extension, name with dots' });
