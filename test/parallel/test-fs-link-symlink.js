'use strict';
// link, symlink and readlink: hard links share an inode; symbolic links
// keep their target text (relative ones too); the symlink type is checked;
// errors name both paths.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-link-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);
fs.writeFileSync(p('target'), 'T');

fs.linkSync(p('target'), p('hard'));
assert.strictEqual(fs.statSync(p('hard')).ino, fs.statSync(p('target')).ino);
assert.strictEqual(fs.statSync(p('target')).nlink, 2);
assert.throws(() => fs.linkSync(p('target'), p('hard')), {
  code: 'EEXIST', syscall: 'link', path: p('target'), dest: p('hard'),
  message: `EEXIST: file already exists, link '${p('target')}' -> '${p('hard')}'`,
});
assert.throws(() => fs.linkSync(p('target')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
assert.throws(() => fs.linkSync(undefined, p('x')), {
  message: 'The "existingPath" argument must be of type string or an instance of Buffer or URL. Received undefined',
});

fs.symlinkSync('target', p('rel'));
fs.symlinkSync(p('target'), p('abs'), 'file');
fs.symlinkSync(tmp, p('dirlink'), 'dir');
fs.symlinkSync('nowhere', p('dangling'), null);
assert.strictEqual(fs.readlinkSync(p('rel')), 'target');
assert.strictEqual(fs.readlinkSync(p('abs')), p('target'));
assert.strictEqual(fs.readFileSync(p('rel'), 'utf8'), 'T');
assert.ok(fs.statSync(p('dirlink')).isDirectory());
assert.strictEqual(fs.readlinkSync(p('dangling')), 'nowhere');
assert.throws(() => fs.statSync(p('dangling')), { code: 'ENOENT' });
assert.throws(() => fs.symlinkSync('t', p('bad'), 'bad'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' must be one of: 'dir', 'file', 'junction', null, undefined. Received 'bad'",
});
assert.throws(() => fs.symlinkSync(undefined, p('x')), {
  message: 'The "target" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
assert.throws(() => fs.symlinkSync('t', p('rel')), { code: 'EEXIST', syscall: 'symlink', dest: p('rel') });
assert.throws(() => fs.readlinkSync(p('target')), {
  code: 'EINVAL', syscall: 'readlink', path: p('target'),
  message: `EINVAL: invalid argument, readlink '${p('target')}'`,
});

fs.symlink('target', p('cb1'), common.mustSucceed(() => {
  assert.strictEqual(fs.readlinkSync(p('cb1')), 'target');
  fs.readlink(p('cb1'), common.mustSucceed((t) => assert.strictEqual(t, 'target')));
  fs.readlink(p('cb1'), 'buffer', common.mustSucceed((t) => assert.deepStrictEqual(t, Buffer.from('target'))));
}));
fs.symlink('target', p('cb2'), 'file', common.mustSucceed());
fs.link(p('target'), p('hard2'), common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(p('hard2')).ino, fs.statSync(p('target')).ino);
}));
fs.readlink(p('target'), common.mustCall((err) => assert.strictEqual(err.code, 'EINVAL')));
assert.throws(() => fs.symlink('a', p('z')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.symlink('a', p('z'), 'bad', common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });

(async () => {
  await fs.promises.symlink('target', p('p1'));
  assert.strictEqual(await fs.promises.readlink(p('p1')), 'target');
  assert.strictEqual(await fs.promises.readlink(p('p1'), { encoding: 'hex' }), Buffer.from('target').toString('hex'));
  await fs.promises.link(p('target'), p('p2'));
  await assert.rejects(fs.promises.link(p('target'), p('p2')), { code: 'EEXIST' });
})().then(common.mustCall());
