'use strict';
// process.chdir to a missing directory throws an ENOENT error that names both
// directories; a non-string directory throws ERR_INVALID_ARG_TYPE.
const assert = require('assert');

const cwd = process.cwd();
assert.throws(() => process.chdir('/nonexistent-kiln-dir'), (err) => {
  assert(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(typeof err.errno, 'number');
  assert.strictEqual(err.path, cwd);
  assert.strictEqual(err.dest, '/nonexistent-kiln-dir');
  assert.strictEqual(
    err.message,
    `ENOENT: no such file or directory, chdir '${cwd}' -> '/nonexistent-kiln-dir'`);
  return true;
});
assert.strictEqual(process.cwd(), cwd);

assert.throws(() => process.chdir(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (5)',
});
