'use strict';
// rm (callback and promise): files, links (not their targets), trees with
// recursive; a directory without it is ERR_FS_EISDIR, a SystemError with
// Node's message and fields; force ignores a missing path.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-rm-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

function tree(root) {
  fs.mkdirSync(path.join(root, 'a/b'), { recursive: true });
  fs.writeFileSync(path.join(root, 'a/f1'), '1');
  fs.writeFileSync(path.join(root, 'a/b/f2'), '2');
  fs.symlinkSync(p('outside'), path.join(root, 'a/link'));
  fs.chmodSync(path.join(root, 'a/b/f2'), 0o444);
}
fs.writeFileSync(p('outside'), 'keep');

fs.mkdirSync(p('t1'));
tree(p('t1'));
fs.rm(p('t1'), { recursive: true }, common.mustSucceed(() => {
  assert.ok(!fs.existsSync(p('t1')));
  assert.strictEqual(fs.readFileSync(p('outside'), 'utf8'), 'keep');
}));

fs.mkdirSync(p('t2'));
fs.rm(p('t2'), common.mustCall((err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.message, `Path is a directory: rm returned EISDIR (is a directory) ${p('t2')}`);
  assert.strictEqual(err.errno, 21);
  assert.strictEqual(err.syscall, 'rm');
  assert.strictEqual(err.path, p('t2'));
  assert.deepStrictEqual(err.info, {
    code: 'EISDIR', message: 'is a directory', path: p('t2'), syscall: 'rm', errno: 21,
  });
  assert.ok(fs.existsSync(p('t2')));
}));

fs.rm(p('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
}));
fs.rm(p('missing'), { force: true }, common.mustSucceed());
fs.writeFileSync(p('file'), '');
fs.rm(p('file'), common.mustSucceed(() => assert.ok(!fs.existsSync(p('file')))));

assert.throws(() => fs.rm(p('x'), { force: 1 }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.force" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.rm(p('x'), { maxRetries: -1 }, common.mustNotCall()), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxRetries" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.rm(p('x'), { retryDelay: 'x' }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.rm(p('x'), 'str', common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  fs.mkdirSync(p('t3'));
  tree(p('t3'));
  await fs.promises.rm(p('t3'), { recursive: true, maxRetries: 2 });
  assert.ok(!fs.existsSync(p('t3')));
  await assert.rejects(fs.promises.rm(p('t2')), { code: 'ERR_FS_EISDIR' });
  await fs.promises.rm(p('t2'), { recursive: true });
  await fs.promises.rm(p('nothing'), { force: true, recursive: true });
})().then(common.mustCall());
