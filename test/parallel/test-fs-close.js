'use strict';
// fs.close / closeSync: the fd is checked first; closing twice is EBADF;
// close without a callback throws an error in the default callback only
// when closing fails, asynchronously.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const fd = fs.openSync(__filename, 'r');
fs.closeSync(fd);
assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close', errno: -9, message: 'EBADF: bad file descriptor, close' });

assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.closeSync('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.closeSync(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.close(fd, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received type number (5)',
});

const fd2 = fs.openSync(__filename, 'r');
let sync = true;
fs.close(fd2, common.mustCall((err) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  fs.close(fd2, common.mustCall((err2) => {
    assert.strictEqual(err2.code, 'EBADF');
  }));
}));
sync = false;

// Without a callback: fine when it works.
fs.close(fs.openSync(__filename, 'r'));
