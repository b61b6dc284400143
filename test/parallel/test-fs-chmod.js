'use strict';
// chmod and fchmod with numbers and octal strings; lchmod is not on Linux
// (undefined in fs, ERR_METHOD_NOT_IMPLEMENTED in fs.promises).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-chmod-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '');
const modeOf = () => fs.statSync(file).mode & 0o7777;

fs.chmodSync(file, 0o600);
assert.strictEqual(modeOf(), 0o600);
fs.chmodSync(file, '755');
assert.strictEqual(modeOf(), 0o755);
fs.chmodSync(file, 0o4755);
assert.strictEqual(modeOf(), 0o4755);
const fd = fs.openSync(file, 'r');
fs.fchmodSync(fd, 0o640);
assert.strictEqual(modeOf(), 0o640);

assert.throws(() => fs.chmodSync(file, 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'x'",
});
assert.throws(() => fs.chmodSync(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mode" argument must be of type number. Received undefined',
});
assert.throws(() => fs.fchmodSync(fd, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.chmodSync(path.join(tmp, 'missing'), 0o600), { code: 'ENOENT', syscall: 'chmod' });
assert.throws(() => fs.fchmodSync(9999, 0o600), { code: 'EBADF', syscall: 'fchmod' });

assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
assert.ok('lchmod' in fs);

fs.chmod(file, 0o700, common.mustSucceed(() => {
  assert.strictEqual(modeOf(), 0o700);
  fs.fchmod(fd, '644', common.mustSucceed(() => {
    assert.strictEqual(modeOf(), 0o644);
    fs.closeSync(fd);
    fs.promises.chmod(file, 0o600).then(common.mustCall(() => assert.strictEqual(modeOf(), 0o600)));
  }));
}));
assert.throws(() => fs.chmod(file, 0o700), { code: 'ERR_INVALID_ARG_TYPE' });
assert.rejects(fs.promises.lchmod(file, 0o600), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The lchmod() method is not implemented',
}).then(common.mustCall());
