'use strict';
// path.relative(from, to) on posix and win32. win32 compares without regard to
// case and, as Node does, character by character: the quirky answers for
// paths with different kinds of roots are Node's.
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
  ['/var/lib', '/var', '..'],
  ['/var/lib', '/bin', '../../bin'],
  ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'],
  ['/var/', '/var/lib', 'lib'],
  ['/', '/var/lib', 'var/lib'],
  ['/var/lib', '/', '../..'],
  ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b', '../..'],
  ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux', '../baz-quux'],
  ['/baz-quux', '/baz', '../baz'],
  ['/baz', '/baz-quux', '../baz-quux'],
  ['/page1/page2/foo', '/', '../../..'],
  ['/a/b', '/a/B', '../B'],
  ['/a//b/', '/a/b/c/', 'c'],
  ['/a/b/../c', '/a/c/d', 'd'],
  ['a', 'b', '../b'],
  ['a', 'a/b', 'b'],
  ['a/b', 'a', '..'],
  ['a/b/c', 'a/d', '../../d'],
  ['', '', ''],
  ['.', '', ''],
  ['a/..', '.', ''],
  ['/', '/', ''],
  ['//', '/', ''],
  ['/a', '/a/', ''],
  ['a\\\\b', 'a\\\\c', '../a\\\\c'],
];

const win32Cases = [
  ['c:/blah\\blah', 'd:/games', 'd:\\games'],
  ['c:/aaaa/bbbb', 'c:/aaaa', '..'],
  ['c:/aaaa/bbbb', 'c:/cccc', '..\\..\\cccc'],
  ['c:/aaaa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc', '..\\cccc'],
  ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'],
  ['c:/', 'c:\\aaaa\\bbbb', 'aaaa\\bbbb'],
  ['c:/aaaa/bbbb', 'd:\\', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaaa/', 'c:/aaaa/cccc', '..\\aaaa\\cccc'],
  ['C:\\foo\\bar\\baz\\quux', 'C:\\', '..\\..\\..\\..'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json', 'bar\\package.json'],
  ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz', '..\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux', '..\\baz-quux'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz', 'baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar', '..'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz', '..\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux', '..\\baz-quux'],
  ['C:\\baz-quux', 'C:\\baz', '..\\baz'],
  ['C:\\baz', 'C:\\baz-quux', '..\\baz-quux'],
  ['\\\\foo\\baz-quux', '\\\\foo\\baz', '..\\baz'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux', '..\\baz-quux'],
  ['C:\\baz', '\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz', 'C:\\baz'],
  ['C:\\A\\B', 'c:\\a\\b\\C', 'C'],
  ['C:\\', 'D:\\', 'D:\\'],
  ['C:\\', 'C:\\', ''],
  ['\\\\a\\b', '\\\\a\\c', '..\\c'],
  ['\\\\a\\b\\c', '\\a\\b\\c', '..\\c'],
  ['\\a\\b', '\\\\a\\b\\c', 'c'],
  ['\\\\?\\C:\\a', '\\\\?\\C:\\b', '..\\b'],
  ['C:\\a', 'C:\\a\\..\\b', '..\\b'],
  ['\\x\\a', '\\x\\b', '..\\b'],
  ['', '', ''],
  ['\\a', '\\b', '\\b'],
  ['C:\\İ\\a', 'c:\\i̇\\a\\b', 'b'],
  ['C:\\İ\\a\\b', 'C:\\İ', '..\\..'],
  ['C:\\İ\\a', 'D:\\İ', 'D:\\İ'],
  ['C:\\x\\İ', 'C:\\y', '..\\..\\y'],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const [from, to, expected] of cases) {
    assert.strictEqual(path[flavor].relative(from, to), expected,
                       `path.${flavor}.relative(${JSON.stringify(from)}, ${JSON.stringify(to)})`);
  }
}

// Relative inputs are resolved against the cwd first.
assert.strictEqual(path.posix.relative('/', 'a/b'), under('a/b').slice(1));
assert.strictEqual(path.posix.relative(under('x/y'), 'x/z'), '../z');
assert.strictEqual(path.win32.relative(winUnder('x\\y'), 'x/z'), '..\\z');
assert.strictEqual(path.relative, path.posix.relative);

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
    const message = (name) => `The "${name}" argument must be of type string. Received ${received}`;
    assert.throws(() => path[flavor].relative(value, 'a'),
                  { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: message('from') });
    assert.throws(() => path[flavor].relative('a', value),
                  { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: message('to') });
    assert.throws(() => path[flavor].relative(value, value), { message: message('from') });
  }
}
