'use strict';
// internal/util's helpers that Node's own tests call through
// --expose-internals: emitExperimentalWarning warns once per feature,
// sleep(msec) blocks and validates msec as a uint32, pendingDeprecate keeps
// fn's length. Run in a child with the flag.
const common = require('../common');
const assert = require('assert');

if (process.argv[2] !== 'child') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-internals', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'done\n');
  assert.strictEqual(r.status, 0);
  assert.match(r.stderr, /ExperimentalWarning: feature1 is an experimental feature and might change at any time/);
  return;
}

const { emitExperimentalWarning, sleep, pendingDeprecate } = require('internal/util');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
  assert.match(warning.message, /^feature\d is an experimental feature and might change at any time$/);
}, 2));
emitExperimentalWarning('feature1');
emitExperimentalWarning('feature1');
emitExperimentalWarning('feature2');

for (const value of [undefined, null, '', {}, true]) {
  assert.throws(() => sleep(value), { code: 'ERR_INVALID_ARG_TYPE', message: /The "msec" argument must be of type number/ });
}
for (const value of [-1, 3.14, NaN, 4294967296]) {
  assert.throws(() => sleep(value), { code: 'ERR_OUT_OF_RANGE', message: /The value of "msec" is out of range/ });
}
const start = process.hrtime.bigint();
sleep(30);
assert.ok(process.hrtime.bigint() - start >= 29_000_000n);

const fn = (a, b, c) => a + b + c;
assert.strictEqual(pendingDeprecate(fn, 'msg').length, 3);
assert.strictEqual(pendingDeprecate(fn, 'msg')(1, 2, 3), 6);
console.log('done');
