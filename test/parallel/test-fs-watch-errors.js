'use strict';
// fs.watch errors: a missing path throws the system error with syscall
// 'watch' and a filename property; options are checked.
const assert = require('assert');
const fs = require('fs');

assert.throws(() => fs.watch('/nonexistent/kiln/path'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'watch');
  assert.strictEqual(err.path, '/nonexistent/kiln/path');
  assert.strictEqual(err.filename, '/nonexistent/kiln/path');
  assert.strictEqual(err.message, "ENOENT: no such file or directory, watch '/nonexistent/kiln/path'");
  return true;
});
assert.throws(() => fs.watch(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watch(__dirname, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watch(__dirname, { encoding: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.watch(__dirname, { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
