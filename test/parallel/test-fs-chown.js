'use strict';
// chown, fchown and lchown to the current owner (any user may), -1 for
// "unchanged"; ids out of range or of the wrong type are refused.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-chown-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '');
fs.symlinkSync(file, path.join(tmp, 'l'));
const uid = process.getuid();
const gid = process.getgid();

fs.chownSync(file, uid, gid);
fs.chownSync(file, -1, -1);
fs.lchownSync(path.join(tmp, 'l'), uid, gid);
const fd = fs.openSync(file, 'r');
fs.fchownSync(fd, uid, gid);
assert.strictEqual(fs.statSync(file).uid, uid);

assert.throws(() => fs.chownSync(file, -2, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2',
});
assert.throws(() => fs.chownSync(file, 0, 2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.chownSync(file, '0', 0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "uid" argument must be of type number. Received type string (\'0\')',
});
assert.throws(() => fs.fchownSync(fd, 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.chownSync(path.join(tmp, 'missing'), uid, gid), { code: 'ENOENT', syscall: 'chown' });

fs.chown(file, uid, gid, common.mustSucceed());
fs.lchown(path.join(tmp, 'l'), uid, gid, common.mustSucceed());
fs.fchown(fd, uid, gid, common.mustSucceed(() => fs.closeSync(fd)));
assert.throws(() => fs.chown(file, uid, gid), { code: 'ERR_INVALID_ARG_TYPE' });
fs.promises.chown(file, uid, gid).then(common.mustCall());
fs.promises.lchown(path.join(tmp, 'l'), uid, gid).then(common.mustCall());
