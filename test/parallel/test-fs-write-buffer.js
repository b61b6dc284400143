'use strict';
// fs.write and writeSync with buffers: offset, length, position (numbers
// or an options object), the callback's (err, written, buffer), and the
// range checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-write-buffer-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(fs.writeSync(fd, Buffer.from('hello world')), 11);
assert.strictEqual(fs.writeSync(fd, Buffer.from('HELLO'), 1, 3, 0), 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ELLlo world');
assert.strictEqual(fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, position: 9 }), 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ELLlo woryz');
assert.strictEqual(fs.writeSync(fd, new Uint16Array([0x4241])), 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ELLlo woryzAB');

assert.throws(() => fs.writeSync(fd, Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => fs.writeSync(fd, Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 3. Received 4',
});
assert.throws(() => fs.writeSync(fd, Buffer.alloc(4), -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.writeSync(fd, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object',
});

const data = Buffer.from('async!');
let sync = true;
fs.write(fd, data, 0, 6, 0, common.mustSucceed((written, buf) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(written, 6);
  assert.strictEqual(buf, data);
  fs.write(fd, data, common.mustSucceed((w2) => {
    assert.strictEqual(w2, 6);
    fs.write(fd, data, { offset: 5, length: 1, position: 0 }, common.mustSucceed((w3) => {
      assert.strictEqual(w3, 1);
      fs.write(fd, data, 2, common.mustSucceed((w4) => {
        assert.strictEqual(w4, 4);
        fs.closeSync(fd);
        assert.strictEqual(fs.readFileSync(file, 'utf8'), '!sync!woryzABasync!ync!');
      }));
    }));
  }));
}));
sync = false;

assert.throws(() => fs.write(fd, data, 0, 6, 0), { code: 'ERR_INVALID_ARG_TYPE' });
fs.write(9999, data, common.mustCall((err, written) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'write');
  assert.strictEqual(written, 0);
}));
