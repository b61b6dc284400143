'use strict';
// cp and promises.cp: a file; a tree with recursive (files, modes, links,
// empty directories); filter (sync or async) skips entries; the errors
// are SystemErrors with syscall 'cp'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-cp-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.mkdirSync(p('src/sub/empty'), { recursive: true });
fs.writeFileSync(p('src/a.txt'), 'A');
fs.writeFileSync(p('src/sub/b.js'), 'B', { mode: 0o751 });
fs.symlinkSync('a.txt', p('src/link'));
fs.writeFileSync(p('file'), 'F');

(async () => {
  await fs.promises.cp(p('file'), p('file-copy'));
  assert.strictEqual(fs.readFileSync(p('file-copy'), 'utf8'), 'F');
  // Into a directory that does not exist yet.
  await fs.promises.cp(p('file'), p('new/dir/file'));
  assert.strictEqual(fs.readFileSync(p('new/dir/file'), 'utf8'), 'F');

  await fs.promises.cp(p('src'), p('dst'), { recursive: true });
  assert.deepStrictEqual(fs.readdirSync(p('dst'), { recursive: true }).sort(),
    ['a.txt', 'link', 'sub', 'sub/b.js', 'sub/empty']);
  assert.strictEqual(fs.readFileSync(p('dst/sub/b.js'), 'utf8'), 'B');
  assert.strictEqual(fs.statSync(p('dst/sub/b.js')).mode & 0o777, 0o751);
  // A relative link becomes absolute, pointing into the source.
  assert.strictEqual(fs.readlinkSync(p('dst/link')), p('src/a.txt'));

  const seen = [];
  await fs.promises.cp(p('src'), p('filtered'), {
    recursive: true,
    filter: async (src, dest) => {
      seen.push(path.relative(tmp, src));
      assert.strictEqual(dest, src.replace(p('src'), p('filtered')));
      return !src.endsWith('.js');
    },
  });
  assert.ok(fs.existsSync(p('filtered/a.txt')));
  assert.ok(!fs.existsSync(p('filtered/sub/b.js')));
  assert.ok(seen.includes('src/sub/b.js'));
  // filter false on the top: nothing at all.
  await fs.promises.cp(p('src'), p('nothing'), { recursive: true, filter: () => false });
  assert.ok(!fs.existsSync(p('nothing')));

  await assert.rejects(fs.promises.cp(p('src'), p('x')), {
    name: 'SystemError', code: 'ERR_FS_EISDIR', errno: 21, syscall: 'cp', path: p('src'),
    message: `Path is a directory: cp returned EISDIR (${p('src')} is a directory (not copied)) ${p('src')}`,
  });
  await assert.rejects(fs.promises.cp(p('file'), p('file')), {
    code: 'ERR_FS_CP_EINVAL', errno: 22,
    message: `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${p('file')}`,
  });
  await assert.rejects(fs.promises.cp(p('src'), p('src/sub/inner'), { recursive: true }), {
    code: 'ERR_FS_CP_EINVAL',
    message: `Invalid src or dest: cp returned EINVAL (cannot copy ${p('src')} to a subdirectory of self ${p('src/sub/inner')}) ${p('src/sub/inner')}`,
  });
  await assert.rejects(fs.promises.cp(p('src'), p('file'), { recursive: true }), {
    code: 'ERR_FS_CP_DIR_TO_NON_DIR', errno: 21,
  });
  await assert.rejects(fs.promises.cp(p('file'), p('src')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR', errno: 20 });
  await assert.rejects(fs.promises.cp(p('missing'), p('y')), { code: 'ENOENT', syscall: 'lstat' });
})().then(common.mustCall());

fs.cp(p('file'), p('cb-copy'), common.mustCall((err) => {
  assert.ok(err == null);
  assert.strictEqual(fs.readFileSync(p('cb-copy'), 'utf8'), 'F');
}));
fs.cp(p('missing'), p('cb-copy2'), {}, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
assert.throws(() => fs.cp(p('file'), p('z')), { code: 'ERR_INVALID_ARG_TYPE' });
