'use strict';
// node:module's other exports: the compile cache API (kiln has no compile
// cache, so this test runs with it disabled, where Node reports the same),
// constants, Module._debug, and the source map functions.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const Module = require('module');

for (const name of ['SourceMap', 'findSourceMap', 'getSourceMapsSupport', 'setSourceMapsSupport',
  'enableCompileCache', 'getCompileCacheDir', 'flushCompileCache', 'register', 'registerHooks',
  'constants', '_debug']) {
  assert.ok(Object.keys(Module).includes(name), name);
}
for (const name of ['findSourceMap', 'setSourceMapsSupport', 'enableCompileCache', 'register', 'registerHooks']) {
  assert.strictEqual(Module[name].length, 1, name);
}

const { compileCacheStatus } = Module.constants;
assert.strictEqual(Object.getPrototypeOf(Module.constants), null);
assert.strictEqual(Object.getPrototypeOf(compileCacheStatus), null);
assert.deepStrictEqual({ ...compileCacheStatus }, { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });

const script = `
  const m = require('module');
  const out = [];
  for (const arg of [5, null, { directory: 5 }]) {
    try { m.enableCompileCache(arg); out.push('no error'); } catch (e) { out.push(e.code, e.name); }
  }
  const r = m.enableCompileCache();
  out.push(r.status, typeof r.message, r.directory, m.getCompileCacheDir(), m.flushCompileCache());
  console.log(JSON.stringify(out));
`;
const child = spawnSync(process.execPath, ['-e', script], {
  env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
});
assert.strictEqual(child.status, 0, child.stderr.toString());
assert.deepStrictEqual(JSON.parse(child.stdout.toString()), [
  'ERR_INVALID_ARG_TYPE', 'TypeError', 'ERR_INVALID_ARG_TYPE', 'TypeError', 'ERR_INVALID_ARG_TYPE', 'TypeError',
  compileCacheStatus.DISABLED, 'string', null, null, null,
]);

// Module._debug is debuglog('module'), deprecated (DEP0077) only under
// --pending-deprecation.
assert.strictEqual(Module._debug.name, 'deprecated');
const debug = spawnSync(process.execPath, ['--pending-deprecation', '-e',
  'require("module")._debug("hello %d", 42); require("module")._debug("again")'], {
  env: { ...process.env, NODE_DEBUG: 'module' },
});
const stderr = debug.stderr.toString();
assert.match(stderr, /^MODULE \d+: hello 42$/m);
assert.match(stderr, /^MODULE \d+: again$/m);
assert.strictEqual(stderr.match(/\[DEP0077\] DeprecationWarning: Module\._debug is deprecated\./g).length, 1);
