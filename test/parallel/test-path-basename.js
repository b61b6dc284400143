'use strict';
// path.basename(path[, suffix]) on posix and win32, with Node 24's answers,
// including the odd ones for suffixes at least as long as the name.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', ''],
  ['/', ''],
  ['//', ''],
  ['///', ''],
  ['a', 'a'],
  ['/a', 'a'],
  ['a/', 'a'],
  ['/a/', 'a'],
  ['/a/b', 'b'],
  ['/a/b/', 'b'],
  ['/a/b//', 'b'],
  ['//a', 'a'],
  ['a/b', 'b'],
  ['.', '.'],
  ['..', '..'],
  ['/..', '..'],
  ['.a', '.a'],
  ['a.b.c', 'a.b.c'],
  ['/dir/file.js', 'file.js'],
  ['a\\b', 'a\\b'],
  ['C:\\a\\b', 'C:\\a\\b'],
  [' ', ' '],
  ['a\nb', 'a\nb'],
  ['/été/😀.txt', '😀.txt'],
  ['/a/b.js', '.js', 'b'],
  ['/a/b.js', 'js', 'b.'],
  ['/a/b.js', 'b.js', 'b.js'],
  ['/a/b.js/', '.js', 'b'],
  ['/a/b.js//', '.js', 'b'],
  ['b.js', '.JS', 'b.js'],
  ['aaa', 'a', 'aa'],
  ['aaa', 'aa', 'a'],
  ['aaa', 'aaa', ''],
  ['a', 'a', ''],
  ['/a', '/a', ''],
  ['a/', 'a', 'a'],
  ['.js', '.js', ''],
  ['/.js', '.js', '.js'],
  ['js', '.js', 'js'],
  ['x.js', '', 'x.js'],
  ['x', 'longer than the path', 'x'],
  ['a/b.js', 'c.js', 'b.js'],
  ['/a/b.js', '/b.js', 'b.js'],
  ['/a/b/', 'xb', 'b/'],
  ['b//', 'ab', 'b//'],
  ['///', '/', '///'],
  ['/a/', '/', 'a'],
];

const win32Cases = [
  ['', ''],
  ['\\', ''],
  ['/', ''],
  ['C:', ''],
  ['C:\\', ''],
  ['C:/', ''],
  ['C:.', '.'],
  ['C:foo', 'foo'],
  ['C:\\foo', 'foo'],
  ['C:\\foo\\', 'foo'],
  ['C:/foo/bar.txt', 'bar.txt'],
  ['C:\\foo/bar\\\\', 'bar'],
  ['\\\\server\\share', 'share'],
  ['\\\\server\\share\\', 'share'],
  ['\\\\server\\share\\file.txt', 'file.txt'],
  ['a/b\\c', 'c'],
  ['file:stream', 'file:stream'],
  ['1:x', '1:x'],
  ['\\\\?\\C:\\x\\y', 'y'],
  ['aaa\\', 'aaa'],
  ['CON', 'CON'],
  ['C:\\foo.html', '.html', 'foo'],
  ['C:\\foo.HTML', '.html', 'foo.HTML'],
  ['C:foo.html', '.html', 'foo'],
  ['C:', 'C:', ''],
  ['C:', ':', ''],
  ['C:\\', '\\', '\\'],
  ['C:\\a\\b\\', 'xb', 'b\\'],
  ['a\\', 'a', 'a'],
  ['\\\\server\\share\\b.js\\', '.js', 'b'],
  ['C:b.js', 'C:b.js', ''],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    assert.strictEqual(
      path[flavor].basename(...args), expected,
      `path.${flavor}.basename(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

// Backslashes are ordinary characters on posix.
assert.strictEqual(path.posix.basename('\\dir\\basename.ext'), '\\dir\\basename.ext');
assert.strictEqual(path.win32.basename('\\dir\\basename.ext'), 'basename.ext');
assert.strictEqual(path.basename, path.posix.basename);

// An explicit undefined suffix is the same as none.
assert.strictEqual(path.posix.basename('/a/b.js', undefined), 'b.js');
assert.strictEqual(path.win32.basename('C:\\a.js', undefined), 'a.js');

const invalid = [
  [1, 'type number (1)'],
  [null, 'null'],
  [undefined, 'undefined'],
  [true, 'type boolean (true)'],
  [{}, 'an instance of Object'],
  [[], 'an instance of Array'],
];

for (const flavor of ['posix', 'win32']) {
  const { basename } = path[flavor];
  for (const [value, received] of invalid) {
    assert.throws(() => basename(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${received}`,
    });
    if (value === undefined) continue;
    assert.throws(() => basename('a', value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "suffix" argument must be of type string. Received ${received}`,
    });
  }
  // The suffix is checked before the path.
  assert.throws(() => basename(1, 2),
                { code: 'ERR_INVALID_ARG_TYPE', message: /"suffix" argument/ });
}
