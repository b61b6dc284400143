'use strict';
// path.parse(path) on posix and win32: root, dir, base, ext and name, with
// Node 24's answers for the corner cases (posix parse('/..') has ext '.',
// although extname('/..') is '').
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['/', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['//', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['///', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['.', { root: '', dir: '', base: '.', ext: '', name: '.' }],
  ['..', { root: '', dir: '', base: '..', ext: '', name: '..' }],
  ['...', { root: '', dir: '', base: '...', ext: '.', name: '..' }],
  ['/.', { root: '/', dir: '/', base: '.', ext: '', name: '.' }],
  ['/..', { root: '/', dir: '/', base: '..', ext: '.', name: '.' }],
  ['/...', { root: '/', dir: '/', base: '...', ext: '.', name: '..' }],
  ['//..', { root: '/', dir: '/', base: '..', ext: '', name: '..' }],
  ['/a/..', { root: '/', dir: '/a', base: '..', ext: '', name: '..' }],
  ['a', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
  ['/a', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['a/', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
  ['/a/', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['/a//', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['//a', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['/a/b', { root: '/', dir: '/a', base: 'b', ext: '', name: 'b' }],
  ['/a/b/', { root: '/', dir: '/a', base: 'b', ext: '', name: 'b' }],
  ['/a//b', { root: '/', dir: '/a/', base: 'b', ext: '', name: 'b' }],
  ['a/b/c.d', { root: '', dir: 'a/b', base: 'c.d', ext: '.d', name: 'c' }],
  ['/home/user/dir/file.txt', { root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' }],
  ['/home/user/a dir/another File.zip', { root: '/', dir: '/home/user/a dir', base: 'another File.zip', ext: '.zip', name: 'another File' }],
  ['/home/user/a dir//another&File.', { root: '/', dir: '/home/user/a dir/', base: 'another&File.', ext: '.', name: 'another&File' }],
  ['/home/user/a$$$dir//another File.zip', { root: '/', dir: '/home/user/a$$$dir/', base: 'another File.zip', ext: '.zip', name: 'another File' }],
  ['user/dir/another File.zip', { root: '', dir: 'user/dir', base: 'another File.zip', ext: '.zip', name: 'another File' }],
  ['file', { root: '', dir: '', base: 'file', ext: '', name: 'file' }],
  ['.\\file', { root: '', dir: '', base: '.\\file', ext: '', name: '.\\file' }],
  ['./file', { root: '', dir: '.', base: 'file', ext: '', name: 'file' }],
  ['.file', { root: '', dir: '', base: '.file', ext: '', name: '.file' }],
  ['.file.', { root: '', dir: '', base: '.file.', ext: '.', name: '.file' }],
  ['.file.ext', { root: '', dir: '', base: '.file.ext', ext: '.ext', name: '.file' }],
  ['..file', { root: '', dir: '', base: '..file', ext: '.file', name: '.' }],
  ['file.', { root: '', dir: '', base: 'file.', ext: '.', name: 'file' }],
  ['file..', { root: '', dir: '', base: 'file..', ext: '.', name: 'file.' }],
  ['file.ext.', { root: '', dir: '', base: 'file.ext.', ext: '.', name: 'file.ext' }],
  ['/.file', { root: '/', dir: '/', base: '.file', ext: '', name: '.file' }],
  ['/.file.ext', { root: '/', dir: '/', base: '.file.ext', ext: '.ext', name: '.file' }],
  ['C:\\a.b', { root: '', dir: '', base: 'C:\\a.b', ext: '.b', name: 'C:\\a' }],
  ['/été/😀.txt', { root: '/', dir: '/été', base: '😀.txt', ext: '.txt', name: '😀' }],
];

const win32Cases = [
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['\\', { root: '\\', dir: '\\', base: '', ext: '', name: '' }],
  ['/', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['\\\\', { root: '\\', dir: '\\', base: '', ext: '', name: '' }],
  ['.', { root: '', dir: '', base: '.', ext: '', name: '.' }],
  ['..', { root: '', dir: '', base: '..', ext: '', name: '..' }],
  ['a', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
  ['a\\', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
  ['a.b', { root: '', dir: '', base: 'a.b', ext: '.b', name: 'a' }],
  ['.a', { root: '', dir: '', base: '.a', ext: '', name: '.a' }],
  ['\\a', { root: '\\', dir: '\\', base: 'a', ext: '', name: 'a' }],
  ['\\a\\', { root: '\\', dir: '\\', base: 'a', ext: '', name: 'a' }],
  ['\\a\\b.c', { root: '\\', dir: '\\a', base: 'b.c', ext: '.c', name: 'b' }],
  ['a\\b/c.d', { root: '', dir: 'a\\b', base: 'c.d', ext: '.d', name: 'c' }],
  ['\\..', { root: '\\', dir: '\\', base: '..', ext: '', name: '..' }],
  ['\\a\\..', { root: '\\', dir: '\\a', base: '..', ext: '', name: '..' }],
  ['C:', { root: 'C:', dir: 'C:', base: '', ext: '', name: '' }],
  ['C:\\', { root: 'C:\\', dir: 'C:\\', base: '', ext: '', name: '' }],
  ['C:/', { root: 'C:/', dir: 'C:/', base: '', ext: '', name: '' }],
  ['C:.', { root: 'C:', dir: 'C:', base: '.', ext: '', name: '.' }],
  ['C:..', { root: 'C:', dir: 'C:', base: '..', ext: '', name: '..' }],
  ['C:a', { root: 'C:', dir: 'C:', base: 'a', ext: '', name: 'a' }],
  ['C:a.b', { root: 'C:', dir: 'C:', base: 'a.b', ext: '.b', name: 'a' }],
  ['C:\\a', { root: 'C:\\', dir: 'C:\\', base: 'a', ext: '', name: 'a' }],
  ['C:\\a\\', { root: 'C:\\', dir: 'C:\\', base: 'a', ext: '', name: 'a' }],
  ['C:\\a\\b.c', { root: 'C:\\', dir: 'C:\\a', base: 'b.c', ext: '.c', name: 'b' }],
  ['C:\\\\a', { root: 'C:\\', dir: 'C:\\', base: 'a', ext: '', name: 'a' }],
  ['c:/a/b/c.d', { root: 'c:/', dir: 'c:/a/b', base: 'c.d', ext: '.d', name: 'c' }],
  ['C:\\path\\dir\\index.html', { root: 'C:\\', dir: 'C:\\path\\dir', base: 'index.html', ext: '.html', name: 'index' }],
  ['C:\\another_path\\DIR\\1\\2\\33\\\\index', { root: 'C:\\', dir: 'C:\\another_path\\DIR\\1\\2\\33\\', base: 'index', ext: '', name: 'index' }],
  ['another_path\\DIR with spaces\\1\\2\\33\\index', { root: '', dir: 'another_path\\DIR with spaces\\1\\2\\33', base: 'index', ext: '', name: 'index' }],
  ['\\\\server', { root: '\\', dir: '\\', base: 'server', ext: '', name: 'server' }],
  ['\\\\server\\', { root: '\\', dir: '\\', base: 'server', ext: '', name: 'server' }],
  ['\\\\server\\share', { root: '\\\\server\\share', dir: '\\\\server\\share', base: '', ext: '', name: '' }],
  ['\\\\server\\share\\', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: '', ext: '', name: '' }],
  ['\\\\server\\share\\a.b', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'a.b', ext: '.b', name: 'a' }],
  ['\\\\server\\share\\\\a', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'a', ext: '', name: 'a' }],
  ['\\\\server\\share\\a\\b', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\a', base: 'b', ext: '', name: 'b' }],
  ['//server/share/a', { root: '//server/share/', dir: '//server/share/', base: 'a', ext: '', name: 'a' }],
  ['\\\\server two\\shared folder\\file path.zip', { root: '\\\\server two\\shared folder\\', dir: '\\\\server two\\shared folder\\', base: 'file path.zip', ext: '.zip', name: 'file path' }],
  ['\\\\?\\UNC\\server\\share', { root: '\\\\?\\UNC\\', dir: '\\\\?\\UNC\\server', base: 'share', ext: '', name: 'share' }],
  ['\\\\.\\pipe\\x', { root: '\\\\.\\pipe\\', dir: '\\\\.\\pipe\\', base: 'x', ext: '', name: 'x' }],
  ['1:\\a', { root: '', dir: '1:', base: 'a', ext: '', name: 'a' }],
  ['file:stream', { root: '', dir: '', base: 'file:stream', ext: '', name: 'file:stream' }],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    assert.deepStrictEqual(
      path[flavor].parse(...args), expected,
      `path.${flavor}.parse(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

// Every field is an own, enumerable string, in this order.
for (const flavor of ['posix', 'win32']) {
  const parsed = path[flavor].parse('/a/b.c');
  assert.deepStrictEqual(Object.keys(parsed), ['root', 'dir', 'base', 'ext', 'name']);
  assert.strictEqual(Object.getPrototypeOf(parsed), Object.prototype);
  assert.notStrictEqual(path[flavor].parse('x'), path[flavor].parse('x'));
}
assert.strictEqual(path.parse, path.posix.parse);

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
    assert.throws(() => path[flavor].parse(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${received}`,
    });
  }
}
