'use strict';
// fs.cp's callback gets (null) on success; an existing directory with
// errorOnExist and no force is ERR_FS_CP_EEXIST; a tree copied again over
// itself replaces links to files but refuses links to directories that
// would then contain themselves; cpSync's own errors are plain Errors with
// Node's sentences, and a path check comes before the `recursive` one.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-cp-links-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.mkdirSync(p('A/sub'), { recursive: true });
fs.writeFileSync(p('A/f'), 'f');
fs.writeFileSync(p('file'), 'x');

// A link pair: src/l -> srcTarget, dest/l -> destTarget.
function linkPair(name, srcTarget, destTarget) {
  fs.mkdirSync(p(`${name}-s`));
  fs.mkdirSync(p(`${name}-d`));
  fs.symlinkSync(p(srcTarget), p(`${name}-s/l`));
  fs.symlinkSync(p(destTarget), p(`${name}-d/l`));
  return [p(`${name}-s`), p(`${name}-d`)];
}

// ---- sync ----
{
  // A link to a file over the same link: replaced, no error.
  const [s, d] = linkPair('same-file', 'A/f', 'A/f');
  fs.cpSync(s, d, { recursive: true });
  assert.strictEqual(fs.readlinkSync(path.join(d, 'l')), p('A/f'));
}
{
  // A link to a directory over a link into it.
  const [s, d] = linkPair('dir-into', 'A', 'A/sub');
  assert.throws(() => fs.cpSync(s, d, { recursive: true }), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, 'ERR_FS_CP_EINVAL');
    assert.strictEqual(err.message, `Cannot copy ${p('A')} to a subdirectory of self ${p('A/sub')}`);
    return true;
  });
}
{
  // A link into a directory over a link to that directory.
  const [s, d] = linkPair('into-dir', 'A/sub', 'A');
  assert.throws(() => fs.cpSync(s, d, { recursive: true }), {
    code: 'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
    message: `cannot overwrite ${p('A')} with ${p('A/sub')}`,
  });
}
{
  // Copying a directory into itself: the path check wins over `recursive`.
  assert.throws(() => fs.cpSync(p('A'), p('A/sub/x')), {
    code: 'ERR_FS_CP_EINVAL',
    message: `Cannot copy ${p('A')}/ to a subdirectory of self ${p('A/sub/x')}`,
  });
  // A link in dest's parents back to src, found the same way.
  fs.mkdirSync(p('viaLink'));
  fs.symlinkSync(p('A'), p('viaLink/b'));
  assert.throws(() => fs.cpSync(p('A'), p('viaLink/b/c')), { code: 'ERR_FS_CP_EINVAL' });
  // Otherwise a directory without `recursive` is refused.
  assert.throws(() => fs.cpSync(p('A'), p('elsewhere')), {
    code: 'ERR_FS_EISDIR',
    message: `Recursive option not enabled, cannot copy a directory: ${p('A')}/`,
  });
}

// ---- async ----
fs.cp(p('file'), p('copy'), common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(fs.readFileSync(p('copy'), 'utf8'), 'x');

  fs.mkdirSync(p('e-src'));
  fs.writeFileSync(p('e-src/a'), 'a');
  fs.mkdirSync(p('e-dst'));
  fs.cp(p('e-src'), p('e-dst'), { recursive: true, errorOnExist: true, force: false },
        common.mustCall((err) => {
          assert.strictEqual(err.code, 'ERR_FS_CP_EEXIST');
          assert.strictEqual(err.errno, 17);
          assert.strictEqual(err.syscall, 'cp');
          assert.strictEqual(err.path, p('e-dst'));
          assert.strictEqual(fs.existsSync(p('e-dst/a')), false);
        }));
}));

(async () => {
  // Async: a link to a file is replaced even where sync would refuse.
  const [s1, d1] = linkPair('a-file-over-dir', 'A/f', 'A');
  await fs.promises.cp(s1, d1, { recursive: true });
  assert.strictEqual(fs.readlinkSync(path.join(d1, 'l')), p('A/f'));

  const [s2, d2] = linkPair('a-dir-into', 'A', 'A/sub');
  await assert.rejects(fs.promises.cp(s2, d2, { recursive: true }), {
    code: 'ERR_FS_CP_EINVAL',
    path: path.join(d2, 'l'),
  });
  const [s3, d3] = linkPair('a-into-dir', 'A/sub', 'A');
  await assert.rejects(fs.promises.cp(s3, d3, { recursive: true }), {
    code: 'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  });
})().then(common.mustCall());
