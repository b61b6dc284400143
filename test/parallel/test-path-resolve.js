'use strict';
// path.resolve(...paths): right to left until a path is absolute, then the cwd;
// on win32 also drives, drive-relative paths (the per-drive cwd in the '=C:'
// variable), UNC and device roots.
require('../common');
const assert = require('assert');
const path = require('path');

// Expected values that depend on the working directory are built from
// process.cwd(). On Linux, win32 sees the cwd as a rooted path without a
// drive ('/home/x' is '\home\x').
const cwd = process.cwd();
const winCwd = cwd.replaceAll('/', '\\');
const under = (rel) => (cwd === '/' ? `/${rel}` : `${cwd}/${rel}`);
const winUnder = (rel) => (winCwd === '\\' ? `\\${rel}` : `${winCwd}\\${rel}`);

const posixCases = [
  ['/a', 'b', '/a/b'],
  ['/a/b', '../c', '/a/c'],
  ['/a', '/b', '/b'],
  ['a', '/b', 'c', '/b/c'],
  ['/', '..', '/'],
  ['/a/', 'b/', '/a/b'],
  ['/a//b', './c/', '/a/b/c'],
  ['/foo/bar', './baz', '/foo/bar/baz'],
  ['/foo/bar', '/tmp/file/', '/tmp/file'],
  ['/a', '', 'b', '/a/b'],
  ['/a', '..', '..', '/'],
  ['/var/lib', '../', 'file/', '/var/file'],
  ['/some/dir', '.', '/absolute/', '/absolute'],
  ['//a', '/a'],
  ['///a//b/', '/a/b'],
  ['/a\\\\b', '/a\\\\b'],
  ['/', '', '/'],
  ['/', '.', '/'],
  ['/a/b/c', '../../..', 'x', '/x'],
  ['/x', 'C:\\\\y', '/x/C:\\\\y'],
  ['/foo/tmp.3/', '../tmp.3/cycles/root.js', '/foo/tmp.3/cycles/root.js'],
];

const win32Cases = [
  ['C:\\a', 'b', 'C:\\a\\b'],
  ['c:/blah\\blah', 'd:/games', 'c:../a', 'c:\\blah\\a'],
  ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe', 'd:\\e.exe'],
  ['c:/ignore', 'c:/some/file', 'c:\\some\\file'],
  ['d:/ignore', 'd:some/dir//', 'd:\\ignore\\some\\dir'],
  ['//server/share', '..', 'relative\\', '\\\\server\\share\\relative'],
  ['c:/', '//', 'c:\\'],
  ['c:/', '//dir', 'c:\\dir'],
  ['c:/', '//server/share', '\\\\server\\share\\'],
  ['c:/', '//server//share', '\\\\server\\share\\'],
  ['c:/', '///some//dir', 'c:\\some\\dir'],
  ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js', 'C:\\foo\\tmp.3\\cycles\\root.js'],
  ['C:\\a', 'C:', 'C:\\a'],
  ['C:\\a', 'c:b', 'c:\\a\\b'],
  ['C:\\a', '\\b', 'C:\\b'],
  ['\\b', 'C:\\a', 'C:\\a'],
  ['C:\\a', '\\\\server\\share\\x', 'y', '\\\\server\\share\\x\\y'],
  ['C:\\a\\', '..', '..', '..', 'C:\\'],
  ['\\\\server\\share\\a', '..\\..\\..', '\\\\server\\share\\'],
  ['\\\\.\\pipe\\name', '\\\\.\\pipe\\name'],
  ['\\\\.\\pipe', '..\\x', '\\\\.\\x'],
  ['\\\\?\\C:\\a', '..\\b', '\\\\?\\C:\\b'],
  ['\\\\?\\UNC\\server\\share', 'x', '\\\\?\\UNC\\server\\share\\x'],
  ['C:\\', '\\\\.', 'C:\\'],
  ['C:\\', '\\\\server', 'C:\\server'],
  ['C:\\', '\\\\server\\', 'C:\\server'],
  ['D:\\x', 'C:\\a', 'D:y', 'D:\\x\\y'],
  ['C:\\a', 'CON:', 'C:\\a\\CON:'],
  ['C:\\', 'a/b\\c', 'C:\\a\\b\\c'],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    assert.strictEqual(path[flavor].resolve(...args), c[c.length - 1],
                       `path.${flavor}.resolve(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

// Relative to the working directory.
assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('.'), cwd);
assert.strictEqual(path.posix.resolve('', ''), cwd);
assert.strictEqual(path.posix.resolve('a'), under('a'));
assert.strictEqual(path.posix.resolve('a', 'b/', './c'), under('a/b/c'));
assert.strictEqual(path.posix.resolve('a/../b'), under('b'));
assert.strictEqual(path.posix.resolve('..'), cwd.slice(0, cwd.lastIndexOf('/')) || '/');
assert.strictEqual(path.resolve, path.posix.resolve);

assert.strictEqual(path.win32.resolve(), winCwd);
assert.strictEqual(path.win32.resolve(''), winCwd);
assert.strictEqual(path.win32.resolve('.'), winCwd);
assert.strictEqual(path.win32.resolve('a'), winUnder('a'));
assert.strictEqual(path.win32.resolve('a/b', '..\\c'), winUnder('a\\c'));

// A drive-relative path is resolved against that drive's cwd, which Windows
// keeps in the environment as '=C:'. Without one, Node uses the process cwd;
// it uses the drive's root only when that cwd is another drive's absolute path.
delete process.env['=C:'];
assert.strictEqual(path.win32.resolve('C:'), `C:${winCwd}`);
assert.strictEqual(path.win32.resolve('C:a'), `C:${winUnder('a')}`);
assert.strictEqual(path.win32.resolve('c:a'), `c:${winUnder('a')}`);
assert.strictEqual(path.win32.resolve('\\\\server\\share', 'C:a'), `C:${winUnder('a')}`);

// On Linux, Node's process.env cannot hold a name containing '=' (setenv
// refuses it), so '=C:' only exists when inherited. Where it can be set, the
// answers are those Node gives with it inherited.
process.env['=C:'] = 'C:\\from\\env';
if (process.env['=C:'] === 'C:\\from\\env') {
  try {
    assert.strictEqual(path.win32.resolve('C:a'), 'C:\\from\\env\\a');
    assert.strictEqual(path.win32.resolve('C:'), 'C:\\from\\env');
    assert.strictEqual(path.win32.resolve('C:..\\x'), 'C:\\from\\x');
    assert.strictEqual(path.win32.resolve('C:\\x', 'C:a'), 'C:\\x\\a');
    // Matched without regard to case; the result keeps the argument's drive.
    process.env['=C:'] = 'c:\\lower';
    assert.strictEqual(path.win32.resolve('C:a'), 'C:\\lower\\a');
    // Another drive's absolute path: the drive's root.
    process.env['=C:'] = 'D:\\other';
    assert.strictEqual(path.win32.resolve('C:a'), 'C:\\a');
    // Empty counts as unset.
    process.env['=C:'] = '';
    assert.strictEqual(path.win32.resolve('C:a'), `C:${winUnder('a')}`);
  } finally {
    delete process.env['=C:'];
  }
}

// Arguments are checked right to left, and only down to the first absolute
// one; the error names the argument's position.
const invalid = [
  [1, 'type number (1)'],
  [null, 'null'],
  [undefined, 'undefined'],
  [true, 'type boolean (true)'],
  [{}, 'an instance of Object'],
  [[], 'an instance of Array'],
];

for (const flavor of ['posix', 'win32']) {
  const { resolve } = path[flavor];
  const root = flavor === 'posix' ? '/r' : 'C:\\r';
  for (const [value, received] of invalid) {
    const at = (i) => ({
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "paths[${i}]" argument must be of type string. Received ${received}`,
    });
    assert.throws(() => resolve(value), at(0));
    assert.throws(() => resolve('a', value), at(1));
    assert.throws(() => resolve(root, 'a', value), at(2));
    assert.throws(() => resolve(value, 'a'), at(0));
    assert.throws(() => resolve(value, '', 'b', value), at(3));
  }
  assert.strictEqual(resolve(1, null, root), flavor === 'posix' ? '/r' : 'C:\\r');
  assert.strictEqual(resolve({}, root, 'x'), flavor === 'posix' ? '/r/x' : 'C:\\r\\x');
}
// On win32 a rooted path without a drive is not enough to stop; a drive to
// its left completes it.
assert.throws(() => path.win32.resolve(1, '\\a'), { message: /"paths\[0\]"/ });
assert.strictEqual(path.win32.resolve(1, 'C:x', '\\a'), 'C:\\a');
assert.strictEqual(path.win32.resolve(1, 'C:\\x', '\\a'), 'C:\\a');
