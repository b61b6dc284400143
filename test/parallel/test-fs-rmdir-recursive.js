'use strict';
// rmdir's recursive option, deprecated (DEP0147, once): removes a tree
// like rm; on a file it is rmdir's ENOTDIR; a missing path is lstat's
// ENOENT.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-rmdir-rec-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.code, 'DEP0147');
  assert.strictEqual(w.name, 'DeprecationWarning');
}));

fs.mkdirSync(p('a/b/c'), { recursive: true });
fs.writeFileSync(p('a/b/c/f'), '');
fs.rmdirSync(p('a'), { recursive: true });
assert.ok(!fs.existsSync(p('a')));
assert.throws(() => fs.rmdirSync(p('missing'), { recursive: true }), {
  code: 'ENOENT', syscall: 'lstat',
});
fs.writeFileSync(p('file'), '');
assert.throws(() => fs.rmdirSync(p('file'), { recursive: true }), { code: 'ENOTDIR', syscall: 'rmdir' });

fs.mkdirSync(p('x/y'), { recursive: true });
fs.writeFileSync(p('x/y/z'), '');
fs.rmdir(p('x'), { recursive: true }, common.mustSucceed(() => {
  assert.ok(!fs.existsSync(p('x')));
}));
fs.rmdir(p('missing2'), { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
