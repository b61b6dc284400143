'use strict';
// Globs over a tree holding a link back up the tree (t/l/a/b/c -> ../..):
// ** does not go on through the link, but the segment after ** is tried
// inside it when the link's name matches it, and always for a pattern
// starting with './'. An exclude pattern that matches a directory keeps
// the walk out of it, and 'x/..' in an exclude pattern folds away.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-glob-links-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 't/l/a/b'), { recursive: true });
fs.symlinkSync('../..', path.join(tmp, 't/l/a/b/c'));
for (const f of ['t/ab/g/h', 't/c/d/c', 't/x/c']) {
  fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
  fs.writeFileSync(path.join(tmp, f), '');
}

const cases = [
  ['**/a', {}, ['t/l/a']],
  ['./**/a', {}, ['t/l/a', 't/l/a/b/c/a']],
  ['t/l/a/**/*', {}, ['t/l/a/b', 't/l/a/b/c', 't/l/a/b/c/a']],
  ['./**/a/**/', {}, ['t/l/a', 't/l/a/b', 't/l/a/b/c', 't/l/a/b/c/a', 't/l/a/b/c/a/b', 't/l/a/b/c/a/b/c']],
  ['t/**', { exclude: ['*'] }, []],
  ['t/**', { exclude: ['t/*'] }, ['t']],
  ['t/**/c', { exclude: ['t/**/[cd]/../c'] }, []],
  ['t/**/h', { exclude: ['t/a{b,x}'] }, []],
  ['t/**/c', { exclude: ['t/c/d'] }, ['t/c', 't/l/a/b/c', 't/x/c']],
];

(async () => {
  for (const [pattern, options, expected] of cases) {
    const opts = { cwd: tmp, ...options };
    assert.deepStrictEqual(fs.globSync(pattern, opts).sort(), expected, `globSync ${pattern}`);
    const viaPromises = [];
    for await (const p of fs.promises.glob(pattern, opts)) viaPromises.push(p);
    assert.deepStrictEqual(viaPromises.sort(), expected, `promises.glob ${pattern}`);
    const viaCallback = await new Promise((resolve, reject) => {
      fs.glob(pattern, opts, (err, r) => (err ? reject(err) : resolve(r)));
    });
    assert.deepStrictEqual(viaCallback.sort(), expected, `glob ${pattern}`);
  }
  // Excluded by pattern with Dirents asked for: still matched on the path.
  const dirents = fs.globSync('t/**/c', { cwd: tmp, withFileTypes: true, exclude: ['t/c/d'] });
  assert.deepStrictEqual(dirents.map((d) => path.relative(tmp, path.join(d.parentPath, d.name))).sort(),
                         ['t/c', 't/l/a/b/c', 't/x/c']);
})().then(common.mustCall());
