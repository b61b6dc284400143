'use strict';
// statfs (sync, callback, promise): a StatFs with type, bsize, frsize,
// blocks, bfree, bavail, files and ffree; bigint on request.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const keys = ['type', 'bsize', 'frsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'];

function check(s, type) {
  assert.strictEqual(s.constructor.name, 'StatFs');
  assert.deepStrictEqual(Object.keys(s), keys);
  for (const k of keys) assert.strictEqual(typeof s[k], type, k);
  assert.ok(s.bsize > 0);
  assert.ok(s.bfree <= s.blocks);
  assert.ok(s.bavail <= s.bfree);
}

check(fs.statfsSync(__dirname), 'number');
check(fs.statfsSync(__dirname, { bigint: true }), 'bigint');
fs.statfs(__dirname, common.mustSucceed((s) => check(s, 'number')));
fs.statfs(__dirname, { bigint: true }, common.mustSucceed((s) => check(s, 'bigint')));
fs.promises.statfs(__dirname).then(common.mustCall((s) => check(s, 'number')));
assert.throws(() => fs.statfsSync('/nonexistent/x'), {
  code: 'ENOENT', syscall: 'statfs', path: '/nonexistent/x',
  message: "ENOENT: no such file or directory, statfs '/nonexistent/x'",
});
fs.statfs('/nonexistent/x', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
assert.throws(() => fs.statfs(__dirname), { code: 'ERR_INVALID_ARG_TYPE' });
