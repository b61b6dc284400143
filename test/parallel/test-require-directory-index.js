'use strict';
// A directory without package.json loads index.js, then index.json, then
// index.node.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'dirs');

assert.deepStrictEqual(require(`${dir}/withindex`), { from: 'index.js' });
assert.strictEqual(require.resolve(`${dir}/withindex`), `${dir}/withindex/index.js`);

assert.deepStrictEqual(require(`${dir}/jsonindex`), { from: 'index.json' });
assert.strictEqual(require.resolve(`${dir}/jsonindex`), `${dir}/jsonindex/index.json`);

assert.deepStrictEqual(require(`${dir}/bothindex`), { from: 'index.js' });

assert.strictEqual(require.resolve(`${dir}/nodeindex`), `${dir}/nodeindex/index.node`);

// A directory with no index file cannot be required.
assert.throws(() => require(`${dir}/empty`), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${dir}/empty'\nRequire stack:\n- ${__filename}`,
});
