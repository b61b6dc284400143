'use strict';
// path.join(...paths) on posix and win32: empty arguments, '.', '..', separators
// at the seams, and win32's handling of leading separators (a UNC root only
// when the first argument starts with exactly two).
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['.'],
  ['', '.'],
  ['', '', '.'],
  ['.', '.'],
  ['.', '.', '.'],
  ['./', './'],
  ['/', '/'],
  ['/', '/', '/'],
  ['', '/', '/'],
  ['/', '', '/'],
  ['a', 'a'],
  ['a', '', 'a'],
  ['', 'a', 'a'],
  ['a', 'b', 'a/b'],
  ['a/', 'b', 'a/b'],
  ['a', '/b', 'a/b'],
  ['a/', '/b', 'a/b'],
  ['a//', '//b', 'a/b'],
  ['/a', 'b', '/a/b'],
  ['a', 'b/', 'a/b/'],
  ['a', 'b', 'c', 'a/b/c'],
  ['a', '..', '.'],
  ['a', '..', '..', '..'],
  ['/a', '..', '..', '/'],
  ['a', '../b', 'b'],
  ['.', 'a', 'a'],
  ['..', 'a', '../a'],
  ['a', '.', 'a'],
  ['a', './', 'a/'],
  ['/.', 'a', '/a'],
  ['/foo', '../../../bar', '/bar'],
  ['foo/', '', '/bar', 'foo/bar'],
  ['', '', 'foo', 'foo'],
  ['', '/foo', '/foo'],
  ['', '', '/foo', '/foo'],
  ['foo', '/bar', 'foo/bar'],
  ['foo/x', './bar', 'foo/x/bar'],
  ['./', '..', '/foo', '../foo'],
  ['./', '..', '..', '/foo', '../../foo'],
  ['.', '..', '..', '/foo', '../../foo'],
  ['/', '/', 'a', '/a'],
  ['a', ' ', 'b', 'a/ /b'],
  ['a\\\\b', 'c', 'a\\\\b/c'],
  [' /foo', ' /foo'],
  ['/', '..', '..', '/'],
];

const win32Cases = [
  ['.'],
  ['', '.'],
  ['', '', '.'],
  ['.', '.'],
  ['/', '\\'],
  ['\\', '\\'],
  ['a', 'b', 'a\\b'],
  ['a\\', 'b', 'a\\b'],
  ['a', '\\b', 'a\\b'],
  ['a/', '/b', 'a\\b'],
  ['a', 'b', 'c', 'a\\b\\c'],
  ['a', '..', '.'],
  ['a', '..', '..', '..'],
  ['C:', 'a', 'C:\\a'],
  ['C:', '\\a', 'C:\\a'],
  ['C:\\', 'a', 'C:\\a'],
  ['C:', '', 'C:.'],
  ['C:', '..', 'C:\\'],
  ['C:\\', '..', 'C:\\'],
  ['c:/', 'a/../b', 'c:\\b'],
  ['a', 'C:', '.\\a\\C:'],
  ['a', 'C:\\b', '.\\a\\C:\\b'],
  ['//server', 'share', '\\\\server\\share\\'],
  ['//server/', 'share', '\\\\server\\share\\'],
  ['\\\\server', 'share', '\\\\server\\share\\'],
  ['//server', 'share', 'a', '\\\\server\\share\\a'],
  ['\\\\server\\share', 'a', '\\\\server\\share\\a'],
  ['//', 'server', 'share', '\\server\\share'],
  ['\\\\', 'server', '\\server'],
  ['///server', 'share', '\\server\\share'],
  ['\\\\\\server', 'share', '\\server\\share'],
  ['/', '/server', 'share', '\\server\\share'],
  ['//', '/server', 'share', '\\server\\share'],
  ['', '//server', 'share', '\\\\server\\share\\'],
  ['\\\\.\\', 'pipe', '\\\\.\\pipe'],
  ['//./pipe', 'name', '\\\\.\\pipe\\name'],
  ['\\\\?\\C:', 'a', '\\\\?\\C:\\a'],
  ['./', '..', '\\foo', '..\\foo'],
  ['C:', 'x\\..\\..', 'C:\\'],
  ['a', 'b:', '.\\a\\b:'],
  ['x', '..', 'C:', '.\\C:'],
  ['x', '..', 'b:c', '.\\b:c'],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    assert.strictEqual(
      path[flavor].join(...args), expected,
      `path.${flavor}.join(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

assert.strictEqual(path.join, path.posix.join);

// Every argument is checked, in order, even after an empty or absolute one.
const invalid = [
  [1, 'type number (1)'],
  [null, 'null'],
  [undefined, 'undefined'],
  [true, 'type boolean (true)'],
  [{}, 'an instance of Object'],
  [[], 'an instance of Array'],
];

for (const flavor of ['posix', 'win32']) {
  const { join } = path[flavor];
  for (const [value, received] of invalid) {
    const error = {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${received}`,
    };
    assert.throws(() => join(value), error);
    assert.throws(() => join('a', value), error);
    assert.throws(() => join('/a', '', value, 'b'), error);
    assert.throws(() => join(value, 'a'), error);
  }
  assert.throws(() => join('a', 1, null), { message: /Received type number \(1\)$/ });
}
