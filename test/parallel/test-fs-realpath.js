'use strict';
// realpath (JS walk: errors from lstat and stat) and realpath.native (the
// C library: errors from realpath); links within links, relative paths,
// a link loop; encodings.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.realpathSync.native(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-realpath-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.mkdirSync(p('real/deep'), { recursive: true });
fs.writeFileSync(p('real/deep/file'), '');
fs.symlinkSync('real', p('l1'));
fs.symlinkSync(p('l1/deep'), p('l2'));
fs.symlinkSync('l2/file', p('l3'));
fs.symlinkSync('nowhere', p('dangling'));
fs.symlinkSync('loop2', p('loop1'));
fs.symlinkSync('loop1', p('loop2'));

const want = p('real/deep/file');
for (const fn of [fs.realpathSync, fs.realpathSync.native]) {
  assert.strictEqual(fn(p('l3')), want);
  assert.strictEqual(fn(p('l2/file')), want);
  assert.strictEqual(fn(p('l1/deep/../deep/./file')), want);
  assert.strictEqual(fn(tmp), tmp);
  assert.strictEqual(fn('/'), '/');
  assert.deepStrictEqual(fn(p('l3'), 'buffer'), Buffer.from(want));
  assert.strictEqual(fn(p('l3'), { encoding: 'hex' }), Buffer.from(want).toString('hex'));
  assert.strictEqual(fn(new URL(`file://${p('l3')}`)), want);
}
const cwd = process.cwd();
process.chdir(tmp);
assert.strictEqual(fs.realpathSync('l3'), want);
assert.strictEqual(fs.realpathSync.native('l3'), want);
process.chdir(cwd);

assert.throws(() => fs.realpathSync(p('missing/x')), {
  code: 'ENOENT', syscall: 'lstat', path: p('missing'),
  message: `ENOENT: no such file or directory, lstat '${p('missing')}'`,
});
assert.throws(() => fs.realpathSync(p('dangling')), { code: 'ENOENT', syscall: 'stat', path: p('dangling') });
assert.throws(() => fs.realpathSync(p('loop1')), { code: 'ELOOP', syscall: 'stat' });
assert.throws(() => fs.realpathSync.native(p('missing/x')), {
  code: 'ENOENT', syscall: 'realpath', path: p('missing/x'),
  message: `ENOENT: no such file or directory, realpath '${p('missing/x')}'`,
});
assert.throws(() => fs.realpathSync.native(p('loop1')), { code: 'ELOOP', syscall: 'realpath' });
assert.throws(() => fs.realpathSync('a\u0000b'), { code: 'ERR_INVALID_ARG_VALUE' });

fs.realpath(p('l3'), common.mustSucceed((r) => assert.strictEqual(r, want)));
fs.realpath(p('l3'), 'buffer', common.mustSucceed((r) => assert.deepStrictEqual(r, Buffer.from(want))));
fs.realpath(p('missing/x'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
}));
fs.realpath(p('loop1'), common.mustCall((err) => assert.strictEqual(err.code, 'ELOOP')));
fs.realpath.native(p('l3'), common.mustSucceed((r) => assert.strictEqual(r, want)));
fs.realpath.native(p('missing/x'), common.mustCall((err) => assert.strictEqual(err.syscall, 'realpath')));
fs.promises.realpath(p('l3')).then(common.mustCall((r) => assert.strictEqual(r, want)));
// The promise form is the native one.
assert.rejects(fs.promises.realpath(p('missing/x')), { syscall: 'realpath' }).then(common.mustCall());
assert.throws(() => fs.realpath(p('l3')), { code: 'ERR_INVALID_ARG_TYPE' });
