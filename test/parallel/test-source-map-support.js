'use strict';
// module.setSourceMapsSupport / getSourceMapsSupport and
// process.setSourceMapsEnabled / process.sourceMapsEnabled.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { getSourceMapsSupport, setSourceMapsSupport } = require('module');

const initial = getSourceMapsSupport();
assert.strictEqual(Object.getPrototypeOf(initial), null);
assert.ok(Object.isFrozen(initial));
assert.deepStrictEqual({ ...initial }, { enabled: false, nodeModules: false, generatedCode: false });
assert.strictEqual(getSourceMapsSupport(), initial);
assert.strictEqual(process.sourceMapsEnabled, false);
const desc = Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);

for (const bad of [undefined, null, 1, {}, () => {}]) {
  assert.throws(() => setSourceMapsSupport(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => process.setSourceMapsEnabled(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const bad of [null, 1, {}, () => {}]) {
  assert.throws(() => setSourceMapsSupport(true, { nodeModules: bad }), {
    code: 'ERR_INVALID_ARG_TYPE', message: /"options\.nodeModules" property must be of type boolean/,
  });
  assert.throws(() => setSourceMapsSupport(true, { generatedCode: bad }), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => setSourceMapsSupport(true, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received null',
});

assert.strictEqual(setSourceMapsSupport(true), undefined);
assert.deepStrictEqual({ ...getSourceMapsSupport() }, { enabled: true, nodeModules: false, generatedCode: false });
assert.notStrictEqual(getSourceMapsSupport(), initial);
assert.strictEqual(process.sourceMapsEnabled, true);
setSourceMapsSupport(false, { nodeModules: true });
assert.deepStrictEqual({ ...getSourceMapsSupport() }, { enabled: false, nodeModules: true, generatedCode: false });
process.setSourceMapsEnabled(true);
assert.deepStrictEqual({ ...getSourceMapsSupport() }, { enabled: true, nodeModules: true, generatedCode: true });
process.setSourceMapsEnabled(false);
assert.deepStrictEqual({ ...getSourceMapsSupport() }, { enabled: false, nodeModules: false, generatedCode: false });

// --enable-source-maps turns everything on.
const child = spawnSync(process.execPath, ['--enable-source-maps', '-p',
  'JSON.stringify([process.sourceMapsEnabled, require("module").getSourceMapsSupport()])']);
assert.strictEqual(child.stdout.toString().trim(),
                   '[true,{"enabled":true,"nodeModules":true,"generatedCode":true}]');
