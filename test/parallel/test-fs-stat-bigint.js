'use strict';
// { bigint: true }: a BigIntStats with bigint fields, the *Ns fields with
// full nanoseconds, *Ms truncated from them, and the same is* methods.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-stat-bigint-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, 'abc');
fs.utimesSync(file, 1.25, 1234567.891);

const keys = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs'];

function check(b) {
  assert.deepStrictEqual(Object.keys(b), keys);
  for (const k of keys) assert.strictEqual(typeof b[k], 'bigint', k);
  assert.strictEqual(b.constructor.name, 'BigIntStats');
  assert.ok(!(b instanceof fs.Stats));
  assert.strictEqual(b.size, 3n);
  assert.strictEqual(b.isFile(), true);
  assert.strictEqual(b.isDirectory(), false);
  assert.strictEqual(b.atimeNs, 1250000000n);
  assert.strictEqual(b.atimeMs, 1250n);
  assert.strictEqual(b.mtimeMs, 1234567891n);
  assert.strictEqual(b.mtimeNs / 1000000n, b.mtimeMs);
  assert.ok(b.mtime instanceof Date);
  assert.strictEqual(b.mtime.getTime(), 1234567891);
  const n = fs.statSync(file);
  assert.strictEqual(BigInt(n.ino), b.ino);
  assert.strictEqual(BigInt(n.mode), b.mode);
}

check(fs.statSync(file, { bigint: true }));
check(fs.lstatSync(file, { bigint: true }));
const fd = fs.openSync(file, 'r');
check(fs.fstatSync(fd, { bigint: true }));
fs.stat(file, { bigint: true }, common.mustSucceed(check));
fs.fstat(fd, { bigint: true }, common.mustSucceed((b) => {
  check(b);
  fs.closeSync(fd);
}));
fs.promises.stat(file, { bigint: true }).then(common.mustCall(check));
