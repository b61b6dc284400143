'use strict';
// utimes, futimes and lutimes: times as seconds (fractions kept), numeric
// strings or Dates; negative numbers mean now; lutimes sets the link's own
// times.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-utimes-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const link = path.join(tmp, 'l');
fs.writeFileSync(file, '');
fs.symlinkSync(file, link);

fs.utimesSync(file, 1000, 2000.5);
assert.strictEqual(fs.statSync(file).atimeMs, 1000000);
assert.strictEqual(fs.statSync(file).mtimeMs, 2000500);
fs.utimesSync(file, '3000', new Date(4000123));
assert.strictEqual(fs.statSync(file).atimeMs, 3000000);
assert.strictEqual(fs.statSync(file).mtimeMs, 4000123);
const before = Date.now();
fs.utimesSync(file, -1, -1);
assert.ok(fs.statSync(file).mtimeMs >= before - 1000);

const fd = fs.openSync(file, 'r');
fs.futimesSync(fd, 10, 20);
assert.strictEqual(fs.statSync(file).mtimeMs, 20000);

fs.lutimesSync(link, 30, 40);
assert.strictEqual(fs.lstatSync(link).mtimeMs, 40000);
assert.strictEqual(fs.statSync(file).mtimeMs, 20000);

assert.throws(() => fs.utimesSync(file, {}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in seconds. Received an instance of Object',
});
assert.throws(() => fs.utimesSync(file, 'abc', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.futimesSync(fd, NaN, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "atime" argument must be an instance of Date or an Time in seconds. Received type number (NaN)',
});
assert.throws(() => fs.futimesSync(fd, 1, Infinity), { message: /^The "mtime" argument/ });
assert.throws(() => fs.utimesSync(path.join(tmp, 'missing'), 1, 1), { code: 'ENOENT', syscall: 'utime' });
assert.throws(() => fs.lutimesSync(path.join(tmp, 'missing'), 1, 1), { code: 'ENOENT', syscall: 'lutime' });
assert.throws(() => fs.futimesSync(9999, 1, 1), { code: 'EBADF', syscall: 'futime' });

fs.utimes(file, 50, 60, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(file).mtimeMs, 60000);
  fs.futimes(fd, 70, 80, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).mtimeMs, 80000);
    fs.lutimes(link, 90, 100, common.mustSucceed(() => {
      assert.strictEqual(fs.lstatSync(link).mtimeMs, 100000);
      promises();
    }));
  }));
}));
assert.throws(() => fs.utimes(file, 1, 1), { code: 'ERR_INVALID_ARG_TYPE' });

async function promises() {
  await fs.promises.utimes(file, 5, 6);
  assert.strictEqual(fs.statSync(file).mtimeMs, 6000);
  await fs.promises.lutimes(link, 7, 8);
  assert.strictEqual(fs.lstatSync(link).mtimeMs, 8000);
  const fh = await fs.promises.open(file, 'r');
  await fh.utimes(9, new Date(10000));
  assert.strictEqual(fs.statSync(file).mtimeMs, 10000);
  await fh.close();
  fs.closeSync(fd);
}
