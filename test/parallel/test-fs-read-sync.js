'use strict';
// fs.readSync: offsets, lengths and positions checked with Node's messages;
// options objects; reading from the current position with null.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-read-sync-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, 'abcdefghij');
const fd = fs.openSync(file, 'r');

const buf = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, buf, 0, 4, 0), 4);
assert.strictEqual(buf.toString(), 'abcd');
// null and -1 read from the current position, which moves.
assert.strictEqual(fs.readSync(fd, buf, 0, 2, null), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'ab');
assert.strictEqual(fs.readSync(fd, buf, 0, 2, -1), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'cd');
// A bigint position.
assert.strictEqual(fs.readSync(fd, buf, 0, 1, 9n), 1);
assert.strictEqual(buf[0], 0x6a);
// Options.
assert.strictEqual(fs.readSync(fd, buf, { position: 5, length: 2 }), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'fg');
assert.strictEqual(fs.readSync(fd, buf, { offset: 3, length: 1, position: 0 }), 1);
assert.strictEqual(buf[3], 0x61);
// Zero length: nothing read; the position is checked all the same, the
// offset only for being an integer.
assert.strictEqual(fs.readSync(fd, buf, 0, 0, 0), 0);
assert.strictEqual(fs.readSync(fd, buf, 5, 0, 0), 0);
assert.strictEqual(fs.readSync(fd, Buffer.alloc(0), 0, 0, null), 0);
assert.throws(() => fs.readSync(fd, buf, 0, 0, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, Buffer.alloc(0), 0, 1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => fs.readSync(fd, buf, 0, 4, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "position" argument must be of type bigint or integer. Received type string (\'x\')',
});
assert.throws(() => fs.readSync(fd, buf, 0, 1, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "position" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.readSync(fd, buf, 0, 1, -2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "position" is out of range. It must be >= -1 && <= 9007199254740991. Received -2',
});
assert.throws(() => fs.readSync(fd, buf, 0, 1, 2n ** 63n), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(fd, buf, 2, 3, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 2. Received 3',
});
assert.throws(() => fs.readSync(fd, buf, -1, 1, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => fs.readSync(fd, buf, 0, -1, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'buffer\' is empty and cannot be written. Received <Buffer >',
});
assert.throws(() => fs.readSync(fd, [], 0, 1, 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, buf, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
fs.closeSync(fd);
assert.throws(() => fs.readSync(fd, buf, 0, 1, 0), { code: 'EBADF', syscall: 'read' });
