'use strict';
// fs.access / accessSync / promises.access: F_OK, R_OK, W_OK, X_OK on files
// that have or lack the permission; ENOENT as a system error naming the
// path; the mode checked as Node checks it (a number from 0 to 7).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-access-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const file = path.join(tmp, 'file');
fs.writeFileSync(file, 'x');
const exe = path.join(tmp, 'exe');
fs.writeFileSync(exe, '#!/bin/sh\n', { mode: 0o755 });
const missing = path.join(tmp, 'missing');

fs.accessSync(file);
fs.accessSync(file, fs.constants.F_OK);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
fs.accessSync(exe, fs.constants.X_OK);
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.W_OK, 2);
assert.strictEqual(fs.X_OK, 1);

assert.throws(() => fs.accessSync(missing), {
  name: 'Error',
  code: 'ENOENT',
  errno: -2,
  syscall: 'access',
  path: missing,
  message: `ENOENT: no such file or directory, access '${missing}'`,
});

// Root may execute anything with an x bit; a plain file has none.
if (process.getuid() !== 0) {
  assert.throws(() => fs.accessSync(file, fs.constants.X_OK), { code: 'EACCES', syscall: 'access' });
}

assert.throws(() => fs.accessSync(file, 8), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.accessSync(file, '1'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'mode must be int32 or null/undefined',
});
assert.throws(() => fs.accessSync(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received undefined',
});

fs.access(file, common.mustSucceed());
fs.access(file, fs.constants.R_OK, common.mustSucceed());
fs.access(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, missing);
}));
assert.throws(() => fs.access(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});

fs.promises.access(file).then(common.mustCall((v) => assert.strictEqual(v, undefined)));
assert.rejects(fs.promises.access(missing), { code: 'ENOENT', syscall: 'access' }).then(common.mustCall());
assert.rejects(fs.promises.access(file, 9), { code: 'ERR_OUT_OF_RANGE' }).then(common.mustCall());
