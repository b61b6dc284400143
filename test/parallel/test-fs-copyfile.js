'use strict';
// copyFile: contents copied, an existing target replaced unless
// COPYFILE_EXCL; FICLONE falls back to a copy, FICLONE_FORCE may be
// refused; the mode checked as Node's C++ checks it; errors name both
// paths.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-copyfile-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;

const data = Buffer.alloc(100000, 'abc');
fs.writeFileSync(p('src'), data);
fs.copyFileSync(p('src'), p('dst'));
assert.ok(fs.readFileSync(p('dst')).equals(data));
fs.writeFileSync(p('dst'), 'old');
fs.copyFileSync(p('src'), p('dst'), 0);
assert.ok(fs.readFileSync(p('dst')).equals(data));
assert.throws(() => fs.copyFileSync(p('src'), p('dst'), COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile', path: p('src'), dest: p('dst'),
  message: `EEXIST: file already exists, copyfile '${p('src')}' -> '${p('dst')}'`,
});
fs.copyFileSync(p('src'), p('clone'), COPYFILE_FICLONE);
assert.ok(fs.readFileSync(p('clone')).equals(data));
try {
  fs.copyFileSync(p('src'), p('forced'), COPYFILE_FICLONE_FORCE);
} catch (err) {
  assert.ok(['ENOTSUP', 'EXDEV', 'EINVAL', 'ENOSYS', 'EOPNOTSUPP'].includes(err.code), err.code);
}
assert.throws(() => fs.copyFileSync(p('nope'), p('x')), { code: 'ENOENT', syscall: 'copyfile', dest: p('x') });
assert.throws(() => fs.copyFileSync(p('src'), p('x'), 8), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.copyFileSync(p('src'), p('x'), '1'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'mode must be int32 or null/undefined',
});
assert.throws(() => fs.copyFileSync(p('src')), {
  message: 'The "dest" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
assert.throws(() => fs.copyFileSync(undefined, p('x')), {
  message: 'The "src" argument must be of type string or an instance of Buffer or URL. Received undefined',
});

fs.copyFile(p('src'), p('cb'), common.mustSucceed(() => {
  assert.ok(fs.readFileSync(p('cb')).equals(data));
  fs.copyFile(p('src'), p('cb'), COPYFILE_EXCL, common.mustCall((err) => {
    assert.strictEqual(err.code, 'EEXIST');
  }));
}));
assert.throws(() => fs.copyFile(p('src'), p('x'), 8, common.mustNotCall()), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.copyFile(p('src'), p('x')), { code: 'ERR_INVALID_ARG_TYPE' });
fs.promises.copyFile(p('src'), p('prom')).then(common.mustCall(() => {
  assert.ok(fs.readFileSync(p('prom')).equals(data));
}));
assert.rejects(fs.promises.copyFile(p('src'), p('prom2'), 8), { code: 'ERR_OUT_OF_RANGE' }).then(common.mustCall());
