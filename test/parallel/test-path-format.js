'use strict';
// path.format(pathObject): dir (else root) joined to base (else name + ext,
// a dot added when ext lacks one); no separator when dir is the root.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  [{}, ''],
  [{ root: '/' }, '/'],
  [{ dir: '/a' }, '/a/'],
  [{ base: 'b' }, 'b'],
  [{ name: 'n' }, 'n'],
  [{ ext: '.e' }, '.e'],
  [{ ext: 'e' }, '.e'],
  [{ name: 'n', ext: 'e' }, 'n.e'],
  [{ name: 'n', ext: '.e' }, 'n.e'],
  [{ name: 'n', ext: '..e' }, 'n..e'],
  [{ name: 'n', ext: '.' }, 'n.'],
  [{ dir: 'd', name: 'n', ext: '.e' }, 'd/n.e'],
  [{ dir: 'd', base: 'b', name: 'ignored', ext: '.ignored' }, 'd/b'],
  [{ root: '/', base: 'b' }, '/b'],
  [{ root: '/', dir: '/', base: 'b' }, '/b'],
  [{ root: '/', dir: '/a', base: 'b' }, '/a/b'],
  [{ root: '/r/', dir: '/d', base: 'b' }, '/d/b'],
  [{ root: 'r', name: 'n' }, 'rn'],
  [{ dir: 'd/', base: 'b' }, 'd//b'],
  [{ dir: '/a/', base: '' }, '/a//'],
  [{ dir: 'a', base: '', name: '', ext: '' }, 'a/'],
  [{ root: '/', dir: '', base: '' }, '/'],
  [{ root: 'C:\\', base: 'b' }, 'C:\\b'],
  [{ root: 'C:\\', dir: 'C:\\', base: 'b' }, 'C:\\b'],
  [{ root: 'C:\\', dir: 'C:\\x', base: 'b' }, 'C:\\x/b'],
  [{ dir: '\\\\server\\share', base: 'b' }, '\\\\server\\share/b'],
  [{ name: 'x', ext: '' }, 'x'],
  [{ base: '.bashrc' }, '.bashrc'],
  [{ name: '.bashrc' }, '.bashrc'],
  [{ root: '/', dir: '/', name: 'n', ext: 'e' }, '/n.e'],
  [{ dir: '', root: '' }, ''],
  [{ dir: null, root: undefined, base: null, name: null, ext: null }, ''],
  [{ dir: 0, base: false, name: 0, ext: 0 }, ''],
  [{ name: 1, ext: 2 }, '1.2'],
  [{ dir: 1, base: 2 }, '1/2'],
  [{ name: 'n', ext: [ '.x' ] }, 'n..x'],
  [{ name: 'n', ext: [ 'x' ] }, 'n.x'],
];

const win32Cases = [
  [{}, ''],
  [{ root: '/' }, '/'],
  [{ dir: '/a' }, '/a\\'],
  [{ base: 'b' }, 'b'],
  [{ name: 'n' }, 'n'],
  [{ ext: '.e' }, '.e'],
  [{ ext: 'e' }, '.e'],
  [{ name: 'n', ext: 'e' }, 'n.e'],
  [{ name: 'n', ext: '.e' }, 'n.e'],
  [{ name: 'n', ext: '..e' }, 'n..e'],
  [{ name: 'n', ext: '.' }, 'n.'],
  [{ dir: 'd', name: 'n', ext: '.e' }, 'd\\n.e'],
  [{ dir: 'd', base: 'b', name: 'ignored', ext: '.ignored' }, 'd\\b'],
  [{ root: '/', base: 'b' }, '/b'],
  [{ root: '/', dir: '/', base: 'b' }, '/b'],
  [{ root: '/', dir: '/a', base: 'b' }, '/a\\b'],
  [{ root: '/r/', dir: '/d', base: 'b' }, '/d\\b'],
  [{ root: 'r', name: 'n' }, 'rn'],
  [{ dir: 'd/', base: 'b' }, 'd/\\b'],
  [{ dir: '/a/', base: '' }, '/a/\\'],
  [{ dir: 'a', base: '', name: '', ext: '' }, 'a\\'],
  [{ root: '/', dir: '', base: '' }, '/'],
  [{ root: 'C:\\', base: 'b' }, 'C:\\b'],
  [{ root: 'C:\\', dir: 'C:\\', base: 'b' }, 'C:\\b'],
  [{ root: 'C:\\', dir: 'C:\\x', base: 'b' }, 'C:\\x\\b'],
  [{ dir: '\\\\server\\share', base: 'b' }, '\\\\server\\share\\b'],
  [{ name: 'x', ext: '' }, 'x'],
  [{ base: '.bashrc' }, '.bashrc'],
  [{ name: '.bashrc' }, '.bashrc'],
  [{ root: '/', dir: '/', name: 'n', ext: 'e' }, '/n.e'],
  [{ dir: '', root: '' }, ''],
  [{ dir: null, root: undefined, base: null, name: null, ext: null }, ''],
  [{ dir: 0, base: false, name: 0, ext: 0 }, ''],
  [{ name: 1, ext: 2 }, '1.2'],
  [{ dir: 1, base: 2 }, '1\\2'],
  [{ name: 'n', ext: [ '.x' ] }, 'n..x'],
  [{ name: 'n', ext: [ 'x' ] }, 'n.x'],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const [object, expected] of cases) {
    assert.strictEqual(path[flavor].format(object), expected,
                       `path.${flavor}.format(${JSON.stringify(object)})`);
  }
}

// format undoes parse for these.
for (const [flavor, paths] of [
  ['posix', ['/', '/a', '/a/b.c', 'a/b', 'a', '.a', '/home/user/file.txt']],
  ['win32', ['C:\\', 'C:\\a\\b.c', 'C:a', 'a\\b', '\\\\server\\share\\x.y', '\\\\server\\share\\']],
]) {
  for (const p of paths) assert.strictEqual(path[flavor].format(path[flavor].parse(p)), p);
}

// Inherited properties count, and values are read as Node reads them.
assert.strictEqual(path.posix.format(Object.create({ dir: '/d', base: 'b' })), '/d/b');
const reads = [];
const proxy = new Proxy({ root: '/', name: 'n', ext: 'e' }, {
  get(target, key) {
    reads.push(key);
    return target[key];
  },
});
assert.strictEqual(path.posix.format(proxy), '/n.e');
assert.deepStrictEqual(reads, ['dir', 'root', 'base', 'name', 'ext', 'root']);
assert.strictEqual(path.format, path.posix.format);

for (const flavor of ['posix', 'win32']) {
  for (const [value, received] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [1, 'type number (1)'],
    [true, 'type boolean (true)'],
    [[], 'an instance of Array'],
    [() => {}, 'function '],
  ]) {
    // kiln's message for functions is checked only by code: the "Received"
    // part of it belongs to lib/internal/errors.js, not to path.
    const expected = typeof value === 'function' ?
      { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' } :
      {
        code: 'ERR_INVALID_ARG_TYPE',
        name: 'TypeError',
        message: `The "pathObject" argument must be of type object. Received ${received}`,
      };
    assert.throws(() => path[flavor].format(value), expected);
  }
  assert.throws(() => path[flavor].format('/a/b'),
                { code: 'ERR_INVALID_ARG_TYPE', message: /"pathObject" argument/ });
}
