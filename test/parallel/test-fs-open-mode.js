'use strict';
// The mode of a new file: a number or an octal string, masked by the
// umask; an invalid one is an argument error. fs.open without a callback,
// or with one in the wrong place, is a type error.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-open-mode-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const old = process.umask(0o022);

function modeOf(p) {
  return fs.statSync(p).mode & 0o777;
}

const a = path.join(tmp, 'a');
fs.closeSync(fs.openSync(a, 'w', 0o640));
assert.strictEqual(modeOf(a), 0o640);

const b = path.join(tmp, 'b');
fs.closeSync(fs.openSync(b, 'w', '750'));
assert.strictEqual(modeOf(b), 0o750);

const c = path.join(tmp, 'c');
fs.closeSync(fs.openSync(c, 'w'));
assert.strictEqual(modeOf(c), 0o644); // 0o666 & ~0o022

const d = path.join(tmp, 'd');
fs.closeSync(fs.openSync(d, 'w', 0o777));
assert.strictEqual(modeOf(d), 0o755);

assert.throws(() => fs.openSync(path.join(tmp, 'e'), 'w', 'zz'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'zz'",
});
assert.throws(() => fs.openSync(path.join(tmp, 'e'), 'w', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.openSync(path.join(tmp, 'e'), 'w', {}), { code: 'ERR_INVALID_ARG_TYPE' });

fs.open(path.join(tmp, 'f'), 'w', 0o600, common.mustSucceed((fd) => {
  assert.strictEqual(typeof fd, 'number');
  fs.closeSync(fd);
  assert.strictEqual(modeOf(path.join(tmp, 'f')), 0o600);
  process.umask(old);
}));
fs.open(__filename, common.mustSucceed((fd) => fs.closeSync(fd)));
fs.open(__filename, 'r', common.mustSucceed((fd) => fs.closeSync(fd)));
assert.throws(() => fs.open(__filename, 'r', 0o666), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.open(__filename), { code: 'ERR_INVALID_ARG_TYPE' });
