'use strict';
// require.resolve() returns the absolute filename require() would load,
// without evaluating it; for built-in modules it returns the request itself.
const { fixtures } = require('../common');
const assert = require('assert');
const path = require('path');

const dir = fixtures.path('module');

const resolved = require.resolve('../fixtures/module/resolve/throws-if-run');
assert.strictEqual(resolved, `${dir}/resolve/throws-if-run.js`);
assert(path.isAbsolute(resolved));
// Not evaluated, not cached.
assert.strictEqual(require.cache[resolved], undefined);
assert.throws(() => require(resolved), /must not be evaluated/);

assert.strictEqual(require.resolve('../fixtures/module/dirs/withindex'),
                   `${dir}/dirs/withindex/index.js`);
assert.strictEqual(require.resolve(`${dir}/ext/all`), `${dir}/ext/all.js`);

// Built-in modules resolve to their name, with or without the prefix.
assert.strictEqual(require.resolve('path'), 'path');
assert.strictEqual(require.resolve('node:path'), 'node:path');
assert.strictEqual(require.resolve('path'), 'path');
