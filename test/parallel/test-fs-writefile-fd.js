'use strict';
// writeFile with a file descriptor writes at its current position and
// leaves it open; the flag option does not apply.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-writefile-fd-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, 'abcdef');

const fd = fs.openSync(file, 'r+');
fs.readSync(fd, Buffer.alloc(2), 0, 2, null);
fs.writeFileSync(fd, 'XY', { flag: 'w' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abXYef');
fs.appendFileSync(fd, 'Z');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abXYZf');

fs.writeFile(fd, '12', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abXYZ12');
  fs.writeFile(fd, Buffer.from('!'), { flush: true }, common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abXYZ12!');
    fs.closeSync(fd);
  }));
}));

fs.writeFile(9999, 'x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'write');
}));
