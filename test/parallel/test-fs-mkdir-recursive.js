'use strict';
// mkdir with recursive: every missing directory made; the result is the
// first one made (as given, relative stays relative) or undefined when all
// existed; a file in the way is ENOTDIR, the path itself a file EEXIST.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-mkdirp-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

assert.strictEqual(fs.mkdirSync(p('a/b/c'), { recursive: true }), p('a'));
assert.ok(fs.statSync(p('a/b/c')).isDirectory());
assert.strictEqual(fs.mkdirSync(p('a/b/c'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(p('a/b/d'), { recursive: true }), p('a/b/d'));
assert.strictEqual(fs.mkdirSync(tmp, { recursive: true }), undefined);

fs.writeFileSync(p('file'), '');
assert.throws(() => fs.mkdirSync(p('file/sub/x'), { recursive: true }), {
  code: 'ENOTDIR', syscall: 'mkdir', path: p('file/sub/x'),
  message: `ENOTDIR: not a directory, mkdir '${p('file/sub/x')}'`,
});
assert.throws(() => fs.mkdirSync(p('file'), { recursive: true }), {
  code: 'EEXIST', syscall: 'mkdir', path: p('file'),
  message: `EEXIST: file already exists, mkdir '${p('file')}'`,
});

const cwd = process.cwd();
process.chdir(tmp);
assert.strictEqual(fs.mkdirSync('rel/one', { recursive: true }), 'rel');
assert.strictEqual(fs.mkdirSync('./rel/two/three', { recursive: true }), './rel/two');
process.chdir(cwd);

fs.mkdir(p('x/y/z'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, p('x'));
  fs.mkdir(p('x/y/z'), { recursive: true }, common.mustSucceed((again) => {
    assert.strictEqual(again, undefined);
  }));
}));
fs.mkdir(p('file/q'), { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.path, p('file/q'));
}));
fs.promises.mkdir(p('m/n'), { recursive: true }).then(common.mustCall((first) => {
  assert.strictEqual(first, p('m'));
}));
assert.rejects(fs.promises.mkdir(p('file'), { recursive: true }), { code: 'EEXIST' }).then(common.mustCall());
