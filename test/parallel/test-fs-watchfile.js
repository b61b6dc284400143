'use strict';
// watchFile polls: a change calls the listener with (curr, prev) Stats;
// a missing file is reported once with zeroed Stats; unwatchFile stops
// it; listeners for one file share one watcher.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-watchfile-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, 'a');

const listener = common.mustCall((curr, prev) => {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  assert.strictEqual(prev.size, 1);
  assert.strictEqual(curr.size, 3);
  fs.unwatchFile(file, listener);
});
const w = fs.watchFile(file, { interval: 20 }, listener);
assert.strictEqual(fs.watchFile(file, { interval: 20 }, listener), w);
fs.unwatchFile(file, listener);
w.on('stop', common.mustCall());
setTimeout(() => fs.writeFileSync(file, 'abc'), 100);

const missing = path.join(tmp, 'missing');
fs.watchFile(missing, { interval: 20 }, common.mustCall((curr, prev) => {
  assert.strictEqual(curr.size, 0);
  assert.strictEqual(curr.mtimeMs, 0);
  assert.strictEqual(prev.ino, 0);
  assert.strictEqual(curr.isFile(), false);
  fs.unwatchFile(missing);
}));

const big = path.join(tmp, 'big');
fs.writeFileSync(big, '');
fs.watchFile(big, { interval: 20, bigint: true }, common.mustCall((curr) => {
  assert.strictEqual(typeof curr.size, 'bigint');
  fs.unwatchFile(big);
}));
setTimeout(() => fs.writeFileSync(big, 'xx'), 100);

// unref'd: no reason to stay alive.
fs.watchFile(path.join(tmp, 'other'), { persistent: false }, () => {});

assert.throws(() => fs.watchFile(path.join(tmp, 'fresh'), { interval: -1 }, () => {}), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "interval" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.watchFile(file, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received undefined',
});
fs.unwatchFile(path.join(tmp, 'never-watched'));
