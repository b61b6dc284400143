'use strict';
// unlink removes files and links (not their targets), rmdir empty
// directories; the errors each gives for the other's kind and for
// missing paths.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-unlink-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.writeFileSync(p('f'), '');
fs.symlinkSync(p('f'), p('l'));
fs.unlinkSync(p('l'));
assert.ok(fs.existsSync(p('f')));
fs.unlinkSync(p('f'));
assert.ok(!fs.existsSync(p('f')));
assert.throws(() => fs.unlinkSync(p('f')), {
  code: 'ENOENT', syscall: 'unlink', path: p('f'),
  message: `ENOENT: no such file or directory, unlink '${p('f')}'`,
});

fs.mkdirSync(p('d'));
assert.throws(() => fs.unlinkSync(p('d')), { code: 'EISDIR', syscall: 'unlink' });
fs.writeFileSync(p('d/inner'), '');
assert.throws(() => fs.rmdirSync(p('d')), {
  code: 'ENOTEMPTY', syscall: 'rmdir', path: p('d'),
  message: `ENOTEMPTY: directory not empty, rmdir '${p('d')}'`,
});
fs.unlinkSync(p('d/inner'));
fs.rmdirSync(p('d'));
assert.ok(!fs.existsSync(p('d')));
fs.writeFileSync(p('file'), '');
assert.throws(() => fs.rmdirSync(p('file')), { code: 'ENOTDIR', syscall: 'rmdir' });
assert.throws(() => fs.rmdirSync(p('d')), { code: 'ENOENT', syscall: 'rmdir' });
assert.throws(() => fs.rmdirSync(p('x'), { maxRetries: -1 }), { code: 'ERR_OUT_OF_RANGE' });

fs.writeFileSync(p('g'), '');
fs.unlink(p('g'), common.mustSucceed(() => {
  assert.ok(!fs.existsSync(p('g')));
  fs.unlink(p('g'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
}));
fs.mkdirSync(p('e'));
fs.rmdir(p('e'), common.mustSucceed(() => assert.ok(!fs.existsSync(p('e')))));
fs.mkdirSync(p('h'));
fs.promises.rmdir(p('h')).then(common.mustCall(() => assert.ok(!fs.existsSync(p('h')))));
fs.writeFileSync(p('i'), '');
fs.promises.unlink(p('i')).then(common.mustCall());
assert.throws(() => fs.unlink(p('x')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.rmdir(p('x')), { code: 'ERR_INVALID_ARG_TYPE' });
