'use strict';
// require.resolve.paths(request) returns the directories that would be
// searched: this module's node_modules chain followed by the global folders
// for a bare name, the requiring directory for a relative request, and null
// for a built-in module.
require('../common');
const assert = require('assert');

const forBare = require.resolve.paths('some-package');
assert(Array.isArray(forBare));
assert.deepStrictEqual(forBare.slice(0, module.paths.length), module.paths);
assert(forBare.length > module.paths.length);

assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('../x'), [__dirname]);

assert.strictEqual(require.resolve.paths('path'), null);
assert.strictEqual(require.resolve.paths('node:path'), null);
