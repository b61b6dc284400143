'use strict';
// NODE_PATH directories are searched after all node_modules directories, in
// the order listed. The variable is read when the module system initializes
// its global paths; require('module')._initPaths() re-reads it.
const { fixtures } = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const dir = fixtures.path('module', 'nodepath');

assert.throws(() => require('onlyfirst'), { code: 'MODULE_NOT_FOUND' });

process.env.NODE_PATH = [`${dir}/first`, `${dir}/second`].join(path.delimiter);
Module._initPaths();

assert.deepStrictEqual(require('onlyfirst'), { from: 'first/onlyfirst' });
assert.deepStrictEqual(require('onlysecond'), { from: 'second/onlysecond' });
// Earlier NODE_PATH entries win.
assert.deepStrictEqual(require('both'), { from: 'first/both' });
// A node_modules directory wins over NODE_PATH.
const local = require(`${dir}/local/user.js`);
assert.deepStrictEqual(local.both, { from: 'local/node_modules/both' });
assert.deepStrictEqual(local.onlysecond, { from: 'second/onlysecond' });

// The NODE_PATH entries follow module.paths in the lookup list, and do not
// appear in module.paths itself.
const lookup = require.resolve.paths('anything');
assert.deepStrictEqual(lookup.slice(0, module.paths.length), module.paths);
assert.deepStrictEqual(lookup.slice(module.paths.length, module.paths.length + 2),
                       [`${dir}/first`, `${dir}/second`]);
assert(!module.paths.includes(`${dir}/first`));
