'use strict';
// path.normalize(path) on posix and win32: '.', '..', doubled and trailing
// separators, drives, UNC and device roots. Reserved device names are in
// test-path-win32-reserved-names.js.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', '.'],
  ['.', '.'],
  ['./', './'],
  ['..', '..'],
  ['../', '../'],
  ['...', '...'],
  ['/', '/'],
  ['//', '/'],
  ['///', '/'],
  ['/.', '/'],
  ['/..', '/'],
  ['/../..', '/'],
  ['/../a', '/a'],
  ['a', 'a'],
  ['a/', 'a/'],
  ['a//', 'a/'],
  ['a/.', 'a'],
  ['a/./', 'a/'],
  ['a/..', '.'],
  ['a/../', './'],
  ['a/../..', '..'],
  ['a/../../b', '../b'],
  ['./a', 'a'],
  ['./a/', 'a/'],
  ['.//a', 'a'],
  ['../a', '../a'],
  ['../../a/../b', '../../b'],
  ['a/b/../../..', '..'],
  ['/a/b/../../..', '/'],
  ['/a/./b/../c/', '/a/c/'],
  ['//a//b//', '/a/b/'],
  ['a/.../b', 'a/.../b'],
  ['a/..b/c', 'a/..b/c'],
  ['a/b../c', 'a/b../c'],
  ['fixtures/b/../b/c.js', 'fixtures/b/c.js'],
  ['/foo/../../../bar', '/bar'],
  ['a//b//../b', 'a/b'],
  ['a//b//./c', 'a/b/c'],
  ['a//b//.', 'a/b'],
  ['/x/y/z/../../..', '/'],
  ['a\\b\\..\\c', 'a\\b\\..\\c'],
  ['C:\\a\\..', 'C:\\a\\..'],
  [' /a/ ', ' /a/ '],
  ['/é/../😀', '/😀'],
];

const win32Cases = [
  ['', '.'],
  ['.', '.'],
  ['.\\', '.\\'],
  ['..', '..'],
  ['..\\', '..\\'],
  ['/', '\\'],
  ['\\', '\\'],
  ['\\\\', '\\'],
  ['//', '\\'],
  ['\\\\\\', '\\'],
  ['\\.', '\\'],
  ['\\..', '\\'],
  ['\\..\\..\\a', '\\a'],
  ['a', 'a'],
  ['a\\', 'a\\'],
  ['a/', 'a\\'],
  ['a\\\\', 'a\\'],
  ['a\\.', 'a'],
  ['a\\..', '.'],
  ['a\\..\\', '.\\'],
  ['a\\..\\..', '..'],
  ['a/b\\c/..\\d', 'a\\b\\d'],
  ['./fixtures///b/../b/c.js', 'fixtures\\b\\c.js'],
  ['/foo/../../../bar', '\\bar'],
  ['a//b//../b', 'a\\b'],
  ['a//b//./c', 'a\\b\\c'],
  ['a//b//.', 'a\\b'],
  ['C:', 'C:.'],
  ['C:.', 'C:.'],
  ['C:..', 'C:..'],
  ['C:\\', 'C:\\'],
  ['C:/', 'C:\\'],
  ['C:\\.', 'C:\\'],
  ['C:\\..', 'C:\\'],
  ['C:..\\..\\a', 'C:..\\..\\a'],
  ['C:a\\..', 'C:.'],
  ['C:a\\..\\..', 'C:..'],
  ['C:/a/b/../c', 'C:\\a\\c'],
  ['c:\\a\\\\b', 'c:\\a\\b'],
  ['C:\\\\a', 'C:\\a'],
  ['C:\\a\\', 'C:\\a\\'],
  ['1:\\a', '.\\1:\\a'],
  ['\\\\server\\share', '\\\\server\\share\\'],
  ['\\\\server\\share\\', '\\\\server\\share\\'],
  ['//server/share', '\\\\server\\share\\'],
  ['\\\\server\\share\\a\\..', '\\\\server\\share\\'],
  ['\\\\server\\share\\..\\..', '\\\\server\\share\\'],
  ['\\\\server\\\\share\\a', '\\\\server\\share\\a'],
  ['\\\\\\server\\share', '\\server\\share'],
  ['\\\\server', '\\server'],
  ['\\\\server\\', '\\server\\'],
  ['//server//share//a//', '\\\\server\\share\\a\\'],
  ['\\\\.\\pipe\\name', '\\\\.\\pipe\\name'],
  ['\\\\.\\a\\..', '\\\\.\\'],
  ['\\\\?\\C:\\a\\..\\b', '\\\\?\\C:\\b'],
  ['\\\\?\\UNC\\server\\share\\a', '\\\\?\\UNC\\server\\share\\a'],
  ['\\\\.', '\\'],
  ['\\\\.\\', '\\'],
  ['a:', 'a:.'],
  ['ab:', '.\\ab:'],
  ['x\\..\\C:', '.\\C:'],
  ['x/../C:y', '.\\C:y'],
  ['a/../b:', '.\\b:'],
  ['a/../b:/c', '.\\b:\\c'],
  ['a:b:c', 'a:b:c'],
  ['a\\b:', '.\\a\\b:'],
  ['x:y', 'x:y'],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    assert.strictEqual(
      path[flavor].normalize(...args), expected,
      `path.${flavor}.normalize(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

assert.strictEqual(path.normalize, path.posix.normalize);

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
    assert.throws(() => path[flavor].normalize(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${received}`,
    });
  }
}
