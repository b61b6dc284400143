'use strict';
// fs.read in all its forms: (fd, buffer, offset, length, position, cb),
// (fd, buffer, options, cb), (fd, buffer, cb), (fd, options, cb) and
// (fd, cb); the callback gets (err, bytesRead, buffer), never at once.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-read-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '0123456789');
const fd = fs.openSync(file, 'r');

const b1 = Buffer.alloc(4);
let sync = true;
fs.read(fd, b1, 0, 4, 2, common.mustSucceed((n, buf) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(n, 4);
  assert.strictEqual(buf, b1);
  assert.strictEqual(buf.toString(), '2345');
}));
sync = false;

const b2 = Buffer.alloc(10, '-');
fs.read(fd, b2, { offset: 2, length: 3, position: 7 }, common.mustSucceed((n, buf) => {
  assert.strictEqual(n, 3);
  assert.strictEqual(buf.toString(), '--789-----');
}));

const b3 = new Uint8Array(3);
fs.read(fd, b3, common.mustSucceed((n, buf) => {
  assert.strictEqual(buf, b3);
  assert.ok(n >= 0 && n <= 3);
}));

fs.read(fd, { buffer: Buffer.alloc(5), position: 0 }, common.mustSucceed((n, buf) => {
  assert.strictEqual(n, 5);
  assert.strictEqual(buf.toString(), '01234');
}));

// Without a buffer: a 16 KiB one is made.
const fd2 = fs.openSync(file, 'r');
fs.read(fd2, common.mustSucceed((n, buf) => {
  assert.strictEqual(n, 10);
  assert.strictEqual(buf.length, 16384);
  assert.strictEqual(buf.toString('latin1', 0, 10), '0123456789');
  fs.closeSync(fd2);
}));

// A zero length reads nothing, still asynchronously.
let zeroSync = true;
fs.read(fd, Buffer.alloc(4), 0, 0, 0, common.mustCall((err, n) => {
  assert.strictEqual(zeroSync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(n, 0);
}));
zeroSync = false;

// Other views read bytes too.
const view = new DataView(new ArrayBuffer(4));
fs.read(fd, view, 0, 4, 0, common.mustSucceed((n) => {
  assert.strictEqual(n, 4);
  assert.strictEqual(view.getUint8(0), 0x30);
}));

// At the end of the file: 0 bytes.
fs.read(fd, Buffer.alloc(4), 0, 4, 100, common.mustSucceed((n) => assert.strictEqual(n, 0)));

// A bad descriptor fails in the callback.
fs.read(12345, Buffer.alloc(1), 0, 1, 0, common.mustCall((err, n) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(n, 0);
}));

assert.throws(() => fs.read(fd, Buffer.alloc(1), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.read(fd, 'str', 0, 1, 0, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'str\')',
});

setTimeout(() => fs.closeSync(fd), 100);
