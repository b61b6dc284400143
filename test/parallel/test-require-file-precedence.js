'use strict';
// The exact filename is tried before any extension is appended, and a file
// (with or without an added extension) is preferred over a directory.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'ext');

// 'exact' (no extension, loaded as JavaScript) beats 'exact.js'.
assert.deepStrictEqual(require(`${dir}/exact`), { from: 'no extension' });
assert.strictEqual(require.resolve(`${dir}/exact`), `${dir}/exact`);
assert.deepStrictEqual(require(`${dir}/exact.js`), { from: 'js' });

// 'exact.json' beats 'exact.json.json'.
assert.deepStrictEqual(require(`${dir}/exact.json`), { from: 'json file' });
assert.strictEqual(require.resolve(`${dir}/exact.json`), `${dir}/exact.json`);

// 'fileordir.js' beats the directory 'fileordir/'.
assert.deepStrictEqual(require(`${dir}/fileordir`), { from: 'file' });
assert.strictEqual(require.resolve(`${dir}/fileordir`), `${dir}/fileordir.js`);
