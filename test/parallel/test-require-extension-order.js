'use strict';
// Without an extension, require() tries .js, then .json, then .node.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'ext');

// all.js, all.json and all.node exist: .js wins.
assert.deepStrictEqual(require(`${dir}/all`), { from: 'js' });
assert.strictEqual(require.resolve(`${dir}/all`), `${dir}/all.js`);

// jsonnode.json and jsonnode.node exist: .json wins over .node.
assert.deepStrictEqual(require(`${dir}/jsonnode`), { from: 'json' });
assert.strictEqual(require.resolve(`${dir}/jsonnode`), `${dir}/jsonnode.json`);

// Only onlynode.node exists: it is found.
assert.strictEqual(require.resolve(`${dir}/onlynode`), `${dir}/onlynode.node`);
