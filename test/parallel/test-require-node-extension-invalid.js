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

// process.dlopen, which loads them: its arguments, the dynamic loader's own
// message for a file that is no shared object, and a shared object that is
// no addon.
assert.throws(() => process.dlopen({ exports: {} }), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
assert.throws(() => process.dlopen({}, `${dir}/all.node`), TypeError);
assert.throws(() => process.dlopen({ exports: {} }, `${dir}/all.node`),
              { name: 'Error', code: 'ERR_DLOPEN_FAILED', message: /^\S+all\.node: (file too short|invalid ELF header)$/ });
const lib = require('fs').readFileSync('/proc/self/maps', 'latin1').split('\n')
  .map((line) => line.slice(line.indexOf('/'))).find((p) => /\/libc\.so/.test(p));
if (lib) {
  assert.throws(() => process.dlopen({ exports: {} }, lib),
                { code: 'ERR_DLOPEN_FAILED', message: `Module did not self-register: '${lib}'.` });
}
