'use strict';
// cpSync: files and trees as cp copies them; the checks Node 24 makes in
// C++ throw Errors with an ERR_FS_CP_* code and C++'s sentences; an
// existing target with errorOnExist is the ERR_FS_CP_EEXIST SystemError.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-cp-sync-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.mkdirSync(p('src/d/e'), { recursive: true });
fs.writeFileSync(p('src/f'), 'F');
fs.writeFileSync(p('src/d/g'), 'G');
fs.writeFileSync(p('file'), 'X');
fs.writeFileSync(p('other'), 'O');

fs.cpSync(p('src'), p('dst'), { recursive: true });
assert.deepStrictEqual(fs.readdirSync(p('dst'), { recursive: true }).sort(), ['d', 'd/e', 'd/g', 'f']);
fs.cpSync(p('file'), p('copy'));
assert.strictEqual(fs.readFileSync(p('copy'), 'utf8'), 'X');
// Copying again over the same tree replaces files (force is the default).
fs.writeFileSync(p('src/f'), 'F2');
fs.cpSync(p('src'), p('dst'), { recursive: true });
assert.strictEqual(fs.readFileSync(p('dst/f'), 'utf8'), 'F2');
// force: false leaves existing files.
fs.writeFileSync(p('src/f'), 'F3');
fs.cpSync(p('src'), p('dst'), { recursive: true, force: false });
assert.strictEqual(fs.readFileSync(p('dst/f'), 'utf8'), 'F2');

const codeAndMessage = (code, message) => (err) => {
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.message, message);
  assert.strictEqual(err.name, 'Error');
  return true;
};
assert.throws(() => fs.cpSync(p('src'), p('file'), { recursive: true }), codeAndMessage(
  'ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${p('file')} with directory ${p('src')}`));
assert.throws(() => fs.cpSync(p('src'), p('x')), codeAndMessage(
  'ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${p('src')}/`));
assert.throws(() => fs.cpSync(p('src'), p('src/d/e/x'), { recursive: true }), codeAndMessage(
  'ERR_FS_CP_EINVAL', `Cannot copy ${p('src')}/ to a subdirectory of self ${p('src/d/e/x')}`));
assert.throws(() => fs.cpSync(p('file'), p('file')), codeAndMessage(
  'ERR_FS_CP_EINVAL', `src and dest cannot be the same ${p('file')}`));
assert.throws(() => fs.cpSync(p('file'), p('src/d'), { errorOnExist: true, force: false }), codeAndMessage(
  'ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${p('src/d')} with non-directory ${p('file')}`));
assert.throws(() => fs.cpSync(p('file'), p('other'), { errorOnExist: true, force: false }), {
  name: 'SystemError', code: 'ERR_FS_CP_EEXIST', errno: 17, syscall: 'cp', path: p('other'),
  message: `Target already exists: cp returned EEXIST (${p('other')} already exists) ${p('other')}`,
});
assert.throws(() => fs.cpSync(p('missing'), p('y')), {
  code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${p('missing')}'`,
});
assert.throws(() => fs.cpSync(p('file')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
