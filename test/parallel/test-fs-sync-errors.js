'use strict';
// The synchronous calls' system errors, for string, non-ASCII, Buffer and
// descriptor arguments: code, errno, syscall, path where Node names it,
// and message. kiln answers most of these calls from engine host
// functions and describes a failure afterwards; nothing about the error
// may differ from the API path's (issue 7).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-sync-errors-'));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'data');
const missing = path.join(dir, 'missing');
const wide = path.join(dir, 'n\u00e4\u2603-missing');

function check(fn, code, syscall, named) {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error, `${fn} did not throw`);
  const errnos = { ENOENT: -2, EBADF: -9, EISDIR: -21, ENOTDIR: -20, EEXIST: -17 };
  assert.strictEqual(caught.code, code);
  assert.strictEqual(caught.errno, errnos[code]);
  assert.strictEqual(caught.syscall, syscall);
  const messages = {
    ENOENT: 'no such file or directory',
    EBADF: 'bad file descriptor',
    EISDIR: 'illegal operation on a directory',
    ENOTDIR: 'not a directory',
    EEXIST: 'file already exists',
  };
  if (named === undefined) {
    assert.strictEqual('path' in caught, false);
    assert.strictEqual(caught.message, `${code}: ${messages[code]}, ${syscall}`);
  } else {
    assert.strictEqual(caught.path, named);
    assert.strictEqual(caught.message, `${code}: ${messages[code]}, ${syscall} '${named}'`);
  }
}

for (const p of [missing, wide]) {
  check(() => fs.statSync(p), 'ENOENT', 'stat', p);
  check(() => fs.lstatSync(p), 'ENOENT', 'lstat', p);
  check(() => fs.statSync(Buffer.from(p)), 'ENOENT', 'stat', p);
  check(() => fs.accessSync(p), 'ENOENT', 'access', p);
  check(() => fs.openSync(p), 'ENOENT', 'open', p);
  check(() => fs.openSync(Buffer.from(p), 'r'), 'ENOENT', 'open', p);
  check(() => fs.readFileSync(p), 'ENOENT', 'open', p);
  check(() => fs.readFileSync(p, 'utf8'), 'ENOENT', 'open', p);
  check(() => fs.readFileSync(p, { encoding: 'latin1' }), 'ENOENT', 'open', p);
  check(() => fs.readdirSync(p), 'ENOENT', 'scandir', p);
  check(() => fs.writeFileSync(path.join(p, 'x'), 'x'), 'ENOENT', 'open', path.join(p, 'x'));
  assert.strictEqual(fs.existsSync(p), false);
  assert.strictEqual(fs.statSync(p, { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.lstatSync(p, { throwIfNoEntry: false }), undefined);
}

// A path through a file: ENOTDIR, also answered undefined without
// throwIfNoEntry.
const through = path.join(file, 'below');
check(() => fs.statSync(through), 'ENOTDIR', 'stat', through);
assert.strictEqual(fs.statSync(through, { throwIfNoEntry: false }), undefined);
check(() => fs.readdirSync(file), 'ENOTDIR', 'scandir', file);

// Exclusive create of an existing file.
check(() => fs.openSync(file, 'wx'), 'EEXIST', 'open', file);

// Node names the path of a whole-file read or write only when open failed.
check(() => fs.readFileSync(dir), 'EISDIR', 'read');
check(() => fs.readFileSync(dir, 'utf8'), 'EISDIR', 'read');
check(() => fs.writeFileSync(dir, 'x'), 'EISDIR', 'open', dir);

// Descriptors never name a path.
const closed = fs.openSync(file, 'r');
fs.closeSync(closed);
check(() => fs.closeSync(closed), 'EBADF', 'close');
check(() => fs.fstatSync(closed), 'EBADF', 'fstat');
check(() => fs.readSync(closed, Buffer.alloc(4), 0, 4, 0), 'EBADF', 'read');
check(() => fs.writeSync(closed, 'text'), 'EBADF', 'write');
check(() => fs.writeSync(closed, Buffer.from('text'), 0, 4, null), 'EBADF', 'write');
check(() => fs.readFileSync(closed), 'EBADF', 'fstat');
check(() => fs.readFileSync(closed, 'latin1'), 'EBADF', 'fstat');
// UTF-8 is read without an fstat first.
check(() => fs.readFileSync(closed, 'utf8'), 'EBADF', 'read');
check(() => fs.writeFileSync(closed, 'x'), 'EBADF', 'write');

fs.rmSync(dir, { recursive: true });
