'use strict';
// fs.globSync, fs.glob and fs.promises.glob: wildcards, classes, braces,
// **, extglobs; dotfiles only for patterns starting with a dot; ** does not
// follow links to directories, a literal segment does; cwd, exclude
// (function or patterns) and withFileTypes. Order is not part of the
// contract; results are compared sorted.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-glob-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
for (const d of ['a/b/c', '.hid', 'x']) fs.mkdirSync(path.join(tmp, d), { recursive: true });
for (const f of ['a/1.js', 'a/b/2.js', 'a/b/c/3.ts', '.hid/4.js', '.dotf', 'x/5.js', 'x/6.md']) {
  fs.writeFileSync(path.join(tmp, f), '');
}
fs.symlinkSync('../a', path.join(tmp, 'x/link'));

const g = (pattern, options) => fs.globSync(pattern, { cwd: tmp, ...options }).sort();
assert.deepStrictEqual(g('**/*.js'), ['a/1.js', 'a/b/2.js', 'x/5.js']);
assert.deepStrictEqual(g('*'), ['a', 'x']);
assert.deepStrictEqual(g('**'), ['.', 'a', 'a/1.js', 'a/b', 'a/b/2.js', 'a/b/c', 'a/b/c/3.ts', 'x', 'x/5.js',
  'x/6.md', 'x/link']);
assert.deepStrictEqual(g('a/**'), ['a', 'a/1.js', 'a/b', 'a/b/2.js', 'a/b/c', 'a/b/c/3.ts']);
assert.deepStrictEqual(g('a/**/*.{js,ts}'), ['a/1.js', 'a/b/2.js', 'a/b/c/3.ts']);
assert.deepStrictEqual(g('*/?.js'), ['a/1.js', 'x/5.js']);
assert.deepStrictEqual(g('x/[56].*'), ['x/5.js', 'x/6.md']);
assert.deepStrictEqual(g('x/[!5].*'), ['x/6.md']);
assert.deepStrictEqual(g('./a/*.js'), ['a/1.js']);
assert.deepStrictEqual(g('a/../x/*'), ['x/5.js', 'x/6.md', 'x/link']);
assert.deepStrictEqual(g('a/b/c/../*.js'), ['a/b/2.js']);
assert.deepStrictEqual(g('{a,x}/{1..5}.js'), ['a/1.js', 'x/5.js']);
assert.deepStrictEqual(g('a/!(b)'), ['a/1.js']);
assert.deepStrictEqual(g('+(a|x)'), ['a', 'x']);
assert.deepStrictEqual(g('@(a|q)/*.js'), ['a/1.js']);
assert.deepStrictEqual(g('.*'), ['.dotf', '.hid']);
assert.deepStrictEqual(g('*/'), ['a', 'x']);
assert.deepStrictEqual(g('a/b/**/'), ['a/b', 'a/b/c']);
assert.deepStrictEqual(g('x/*/?.js'), []);
assert.deepStrictEqual(g('x/link/**'), ['x/link', 'x/link/1.js', 'x/link/b', 'x/link/b/2.js', 'x/link/b/c',
  'x/link/b/c/3.ts']);
assert.deepStrictEqual(g('nomatch/*'), []);
assert.deepStrictEqual(g(['a/*.js', 'x/*.js', 'a/*.js']), ['a/1.js', 'x/5.js']);
assert.deepStrictEqual(g('**/*.js', { exclude: (p) => p.includes('b') }), ['a/1.js', 'x/5.js']);
assert.deepStrictEqual(g('**/*.js', { exclude: ['a/**'] }), ['x/5.js']);
assert.deepStrictEqual(fs.globSync(path.join(tmp, 'a/*.js')), [path.join(tmp, 'a/1.js')]);
assert.deepStrictEqual(fs.globSync('*.js', { cwd: new URL(`file://${tmp}/a`) }), ['1.js']);

const dirents = fs.globSync('a/*', { cwd: tmp, withFileTypes: true });
assert.deepStrictEqual(dirents.map((d) => d.name).sort(), ['1.js', 'b']);
for (const d of dirents) {
  assert.ok(d instanceof fs.Dirent);
  assert.strictEqual(d.parentPath, path.join(tmp, 'a'));
  assert.strictEqual(d.isDirectory(), d.name === 'b');
}

// Without cwd, parentPath is relative.
const cwd = process.cwd();
process.chdir(tmp);
assert.deepStrictEqual(fs.globSync('*', { withFileTypes: true }).map((d) => d.parentPath), ['.', '.']);
process.chdir(cwd);

assert.throws(() => fs.globSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "patterns" argument must be of type string. Received type number (5)',
});
assert.throws(() => fs.globSync('*', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => fs.globSync('*', { exclude: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.exclude" property must be of type function or string[]. Received type number (5)',
});

fs.glob('**/*.js', { cwd: tmp }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list.sort(), ['a/1.js', 'a/b/2.js', 'x/5.js']);
}));
(async () => {
  const out = [];
  for await (const p of fs.promises.glob('a/**/*.ts', { cwd: tmp })) out.push(p);
  assert.deepStrictEqual(out, ['a/b/c/3.ts']);
})().then(common.mustCall());
