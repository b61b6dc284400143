'use strict';
// A .node file is loaded as a native addon; a file that is not one fails to
// load with ERR_DLOPEN_FAILED, whether it was named or found by extension search.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'ext');

for (const request of [`${dir}/all.node`, `${dir}/onlynode`, fixtures.path('module', 'dirs', 'nodeindex')]) {
  assert.throws(() => require(request), { code: 'ERR_DLOPEN_FAILED' }, request);
}

// A failed load leaves nothing in the cache.
assert.strictEqual(require.cache[`${dir}/onlynode.node`], undefined);
