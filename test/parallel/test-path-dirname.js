'use strict';
// path.dirname(path) on posix and win32: trailing separators, doubled
// separators (kept, as Node keeps them), drives, UNC roots.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', '.'],
  ['.', '.'],
  ['..', '.'],
  ['a', '.'],
  ['a/', '.'],
  ['a//', '.'],
  ['/', '/'],
  ['//', '/'],
  ['///', '/'],
  ['/a', '/'],
  ['//a', '//'],
  ['///a', '//'],
  ['/a/', '/'],
  ['/a/b', '/a'],
  ['/a/b/', '/a'],
  ['/a/b//', '/a'],
  ['/a//b', '/a/'],
  ['a//b', 'a/'],
  ['a/b/c', 'a/b'],
  ['./a', '.'],
  ['../a', '..'],
  ['/a/..', '/a'],
  ['a\\b', '.'],
  ['C:\\a\\b', '.'],
  ['/été/😀', '/été'],
];

const win32Cases = [
  ['', '.'],
  ['.', '.'],
  ['a', '.'],
  ['a\\', '.'],
  ['\\', '\\'],
  ['/', '/'],
  ['\\\\', '\\'],
  ['\\a', '\\'],
  ['\\a\\', '\\'],
  ['\\a\\b', '\\a'],
  ['/a/b', '/a'],
  ['a\\b\\c', 'a\\b'],
  ['a/b\\c\\', 'a/b'],
  ['a\\\\b', 'a\\'],
  ['C:', 'C:'],
  ['C:\\', 'C:\\'],
  ['C:/', 'C:/'],
  ['C:.', 'C:'],
  ['C:a', 'C:'],
  ['C:a\\', 'C:'],
  ['C:a\\b', 'C:a'],
  ['C:\\a', 'C:\\'],
  ['C:\\a\\', 'C:\\'],
  ['C:\\a\\b', 'C:\\a'],
  ['C:\\\\a', 'C:\\'],
  ['c:/a/b', 'c:/a'],
  ['1:\\a', '1:'],
  ['\\\\server', '\\'],
  ['\\\\server\\', '\\'],
  ['\\\\server\\share', '\\\\server\\share'],
  ['\\\\server\\share\\', '\\\\server\\share\\'],
  ['\\\\server\\share\\a', '\\\\server\\share\\'],
  ['\\\\server\\share\\a\\b', '\\\\server\\share\\a'],
  ['//server/share/a', '//server/share/'],
  ['\\\\server\\\\share\\a', '\\\\server\\\\share\\'],
  ['\\\\\\server\\share', '\\\\\\server'],
  ['\\\\?\\C:\\a\\b', '\\\\?\\C:\\a'],
  ['\\\\.\\pipe\\name', '\\\\.\\pipe\\'],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    assert.strictEqual(
      path[flavor].dirname(...args), expected,
      `path.${flavor}.dirname(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

assert.strictEqual(path.dirname, path.posix.dirname);

const invalid = [
  [1, 'type number (1)'],
  [null, 'null'],
  [undefined, 'undefined'],
  [true, 'type boolean (true)'],
  [{}, 'an instance of Object'],
  [[], 'an instance of Array'],
];

for (const flavor of ['posix', 'win32']) {
  for (const [value, received] of invalid) {
    assert.throws(() => path[flavor].dirname(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${received}`,
    });
  }
}
