'use strict';
// fsync and fdatasync (sync, callback, FileHandle): they succeed on an
// open file and fail with EBADF on a closed one.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-fsync-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const fd = fs.openSync(file, 'w');
fs.writeSync(fd, 'data');
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fsync(fd, common.mustSucceed(() => {
  fs.fdatasync(fd, common.mustSucceed(() => {
    fs.closeSync(fd);
    assert.throws(() => fs.fsyncSync(fd), { code: 'EBADF', syscall: 'fsync' });
    assert.throws(() => fs.fdatasyncSync(fd), { code: 'EBADF', syscall: 'fdatasync' });
    fs.fsync(fd, common.mustCall((err) => assert.strictEqual(err.code, 'EBADF')));
  }));
}));
assert.throws(() => fs.fsync(fd), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.fsyncSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  const fh = await fs.promises.open(file, 'r+');
  await fh.sync();
  await fh.datasync();
  await fh.close();
})().then(common.mustCall());
