'use strict';
// rename (sync, callback, promise): files and directories move; errors
// name both paths ("rename 'a' -> 'b'") and set dest.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-rename-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.writeFileSync(p('a'), 'A');
fs.renameSync(p('a'), p('b'));
assert.ok(!fs.existsSync(p('a')));
assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'A');
// Over an existing file: replaced.
fs.writeFileSync(p('c'), 'C');
fs.renameSync(p('b'), p('c'));
assert.strictEqual(fs.readFileSync(p('c'), 'utf8'), 'A');
fs.mkdirSync(p('d'));
fs.renameSync(p('d'), p('e'));
assert.ok(fs.statSync(p('e')).isDirectory());

assert.throws(() => fs.renameSync(p('nope'), p('x')), {
  code: 'ENOENT', syscall: 'rename', path: p('nope'), dest: p('x'),
  message: `ENOENT: no such file or directory, rename '${p('nope')}' -> '${p('x')}'`,
});
assert.throws(() => fs.renameSync(p('e'), p('c')), { code: 'ENOTDIR' });
assert.throws(() => fs.renameSync(p('c')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
assert.throws(() => fs.renameSync(1, p('c')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. Received type number (1)',
});

fs.rename(p('c'), p('f'), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'A');
  fs.promises.rename(p('f'), p('g')).then(common.mustCall(() => {
    assert.ok(fs.existsSync(p('g')));
  }));
}));
fs.rename(p('nope'), p('x'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.dest, p('x'));
}));
assert.throws(() => fs.rename(p('c'), p('y')), { code: 'ERR_INVALID_ARG_TYPE' });
