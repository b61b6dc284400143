'use strict';
// The string flags of fs.open and what each does: create, truncate,
// exclusive, append, read/write; numeric flags pass through; anything else
// is ERR_INVALID_ARG_VALUE.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-open-flags-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const { O_CREAT, O_EXCL, O_RDWR, O_WRONLY, O_APPEND, O_TRUNC } = fs.constants;

const file = path.join(tmp, 'f');
const read = () => fs.readFileSync(file, 'utf8');

// 'r' fails on a missing file.
assert.throws(() => fs.openSync(file, 'r'), { code: 'ENOENT', syscall: 'open', path: file });
assert.throws(() => fs.openSync(file), { code: 'ENOENT' });

// 'w' creates and truncates.
let fd = fs.openSync(file, 'w');
fs.writeSync(fd, 'hello');
fs.closeSync(fd);
assert.strictEqual(read(), 'hello');
fd = fs.openSync(file, 'w');
fs.closeSync(fd);
assert.strictEqual(read(), '');

// 'wx' and 'xw' refuse an existing file.
for (const flag of ['wx', 'xw', 'wx+', 'xw+', 'ax', 'xa', 'ax+', 'xa+']) {
  assert.throws(() => fs.openSync(file, flag), { code: 'EEXIST', syscall: 'open' }, flag);
}

// 'a' appends.
fs.writeFileSync(file, 'one');
fd = fs.openSync(file, 'a');
fs.writeSync(fd, 'two');
fs.closeSync(fd);
assert.strictEqual(read(), 'onetwo');

// 'r+' reads and writes without truncating; 'a+' reads and appends.
fd = fs.openSync(file, 'r+');
fs.writeSync(fd, 'ON', 0);
const buf = Buffer.alloc(6);
fs.readSync(fd, buf, 0, 6, 0);
fs.closeSync(fd);
assert.strictEqual(buf.toString(), 'ONetwo');
fd = fs.openSync(file, 'a+');
fs.writeSync(fd, '!', 0);
fs.closeSync(fd);
assert.strictEqual(read(), 'ONetwo!');

// The sync variants open too.
for (const flag of ['rs', 'sr', 'rs+', 'sr+', 'as', 'sa', 'as+', 'sa+', 'w+']) {
  fs.closeSync(fs.openSync(file, flag));
}

// Numbers are flags as they are.
const other = path.join(tmp, 'g');
fd = fs.openSync(other, O_CREAT | O_EXCL | O_WRONLY);
fs.closeSync(fd);
assert.throws(() => fs.openSync(other, O_CREAT | O_EXCL | O_RDWR), { code: 'EEXIST' });
fd = fs.openSync(other, O_WRONLY | O_APPEND | O_TRUNC);
fs.closeSync(fd);

for (const bad of ['zz', 'R', '', {}, true, '1']) {
  assert.throws(() => fs.openSync(file, bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'flags' is invalid\. Received /,
  });
}
assert.throws(() => fs.openSync(file, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "flags" is out of range. It must be an integer. Received 1.5',
});
