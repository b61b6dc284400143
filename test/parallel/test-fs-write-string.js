'use strict';
// fs.write and writeSync with strings: (fd, string[, position[, encoding]]),
// the written count in bytes, the callback's third argument the string;
// hex of odd length is refused.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-write-string-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(fs.writeSync(fd, 'h\u00e9llo'), 6);
assert.strictEqual(fs.writeSync(fd, 'HE', 0), 2);
assert.strictEqual(fs.writeSync(fd, '4142', 4, 'hex'), 2);
assert.strictEqual(fs.readFileSync(file, 'hex'), '4845a96c4142');
// null: at the current position, after the first write.
assert.strictEqual(fs.writeSync(fd, '\u00ff', null, 'latin1'), 1);
assert.strictEqual(fs.readFileSync(file, 'hex'), '4845a96c4142ff');
assert.strictEqual(fs.writeSync(fd, '\u20ac', 0, 'utf16le'), 2);
assert.strictEqual(fs.readFileSync(file).subarray(0, 2).toString('hex'), 'ac20');

assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});
assert.throws(() => fs.writeSync(fd, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});

const fd2 = fs.openSync(path.join(tmp, 'g'), 'w+');
fs.write(fd2, 'caf\u00e9', common.mustSucceed((written, str) => {
  assert.strictEqual(written, 5);
  assert.strictEqual(str, 'caf\u00e9');
  fs.write(fd2, 'XY', 0, common.mustSucceed((w) => {
    assert.strictEqual(w, 2);
    fs.write(fd2, '6869', 3, 'hex', common.mustSucceed((w2, s2) => {
      assert.strictEqual(w2, 2);
      assert.strictEqual(s2, '6869');
      fs.closeSync(fd2);
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'g'), 'hex'), '5859666869');
    }));
  }));
}));
assert.throws(() => fs.write(fd2, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
fs.closeSync(fd);
