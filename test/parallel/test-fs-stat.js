'use strict';
// stat / lstat / fstat (sync, callback, promise): a Stats with Node's own
// fields in Node's order, the is* methods, and errors naming the syscall.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-stat-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '12345');
const link = path.join(tmp, 'l');
fs.symlinkSync(file, link);

const keys = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];

function check(s, kind) {
  assert.ok(s instanceof fs.Stats);
  assert.deepStrictEqual(Object.keys(s), keys);
  for (const k of keys) assert.strictEqual(typeof s[k], 'number', k);
  assert.strictEqual(s.isFile(), kind === 'file');
  assert.strictEqual(s.isDirectory(), kind === 'dir');
  assert.strictEqual(s.isSymbolicLink(), kind === 'link');
  assert.strictEqual(s.isFIFO(), false);
  assert.strictEqual(s.isSocket(), false);
  assert.strictEqual(s.isBlockDevice(), false);
  assert.strictEqual(s.isCharacterDevice(), false);
}

const s = fs.statSync(file);
check(s, 'file');
assert.strictEqual(s.size, 5);
assert.strictEqual(s.nlink, 1);
assert.strictEqual(s.uid, process.getuid());
assert.strictEqual(s.mode & fs.constants.S_IFMT, fs.constants.S_IFREG);
check(fs.statSync(tmp), 'dir');
check(fs.statSync(link), 'file');
check(fs.lstatSync(link), 'link');
assert.strictEqual(fs.lstatSync(link).size, file.length);
assert.strictEqual(fs.statSync(link).ino, s.ino);
assert.ok(fs.statSync('/dev/null').isCharacterDevice());

const fd = fs.openSync(file, 'r');
check(fs.fstatSync(fd), 'file');
assert.strictEqual(fs.fstatSync(fd).ino, s.ino);

// mtimeMs carries the sub-millisecond part.
fs.utimesSync(file, 1000.5, 2000.25);
assert.strictEqual(fs.statSync(file).mtimeMs, 2000250);
assert.strictEqual(fs.statSync(file).atimeMs, 1000500);

const missing = path.join(tmp, 'missing');
assert.throws(() => fs.statSync(missing), {
  code: 'ENOENT', syscall: 'stat', path: missing,
  message: `ENOENT: no such file or directory, stat '${missing}'`,
});
assert.throws(() => fs.lstatSync(missing), { code: 'ENOENT', syscall: 'lstat' });
assert.throws(() => fs.fstatSync(9999), { code: 'EBADF', syscall: 'fstat', message: 'EBADF: bad file descriptor, fstat' });

fs.stat(file, common.mustSucceed((st) => check(st, 'file')));
fs.stat(file, { bigint: false }, common.mustSucceed((st) => check(st, 'file')));
fs.lstat(link, common.mustSucceed((st) => check(st, 'link')));
fs.fstat(fd, common.mustSucceed((st) => {
  check(st, 'file');
  fs.closeSync(fd);
}));
fs.stat(missing, common.mustCall((err, st) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(st, undefined);
}));
assert.throws(() => fs.stat(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.stat(5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  check(await fs.promises.stat(file), 'file');
  check(await fs.promises.lstat(link), 'link');
  await assert.rejects(fs.promises.stat(missing), { code: 'ENOENT', syscall: 'stat' });
})().then(common.mustCall());
