'use strict';
// path.toNamespacedPath(path): the identity on posix; on win32 a resolved
// drive or UNC path in the '\\?\' long-path namespace. Anything that is not
// a non-empty string comes back unchanged, without an error.
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

const win32Cases = [
  ['C:\\a', '\\\\?\\C:\\a'],
  ['C:/a/../b', '\\\\?\\C:\\b'],
  ['c:\\', '\\\\?\\c:\\'],
  ['C:\\a\\', '\\\\?\\C:\\a'],
  ['\\\\server\\share\\x', '\\\\?\\UNC\\server\\share\\x'],
  ['//server/share/x/', '\\\\?\\UNC\\server\\share\\x'],
  ['\\\\server\\share', '\\\\?\\UNC\\server\\share\\'],
  ['\\\\?\\C:\\x', '\\\\?\\C:\\x'],
  ['\\\\?\\UNC\\server\\share', '\\\\?\\UNC\\server\\share'],
  ['\\\\.\\pipe\\x', '\\\\.\\pipe\\x'],
  ['//./pipe/x/../y', '\\\\.\\pipe\\y'],
  ['//?/x/', '\\\\?\\x'],
  ['\\', '\\'],
  ['/', '/'],
  ['\\\\', '\\\\'],
  ['\\abc\\..\\d', '\\abc\\..\\d'],
  ['\\abc\\..\\def', '\\def'],
  ['C:\\a\\..\\..', '\\\\?\\C:\\'],
  ['\\\\.', '\\\\.'],
  ['\\\\?', '\\\\?'],
];
for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.toNamespacedPath(input), expected, JSON.stringify(input));
}

// Relative paths are resolved against the cwd; a result of two characters
// or fewer ('\', '\a') gives back the argument instead.
const resolved = winUnder('abc');
assert.strictEqual(path.win32.toNamespacedPath('abc'), resolved.length > 2 ? resolved : 'abc');
delete process.env['=C:'];
assert.strictEqual(path.win32.toNamespacedPath('C:abc'), `\\\\?\\C:${winUnder('abc')}`);

for (const flavor of ['posix', 'win32']) {
  const { toNamespacedPath } = path[flavor];
  for (const value of [undefined, null, 1, true, {}, [], () => {}, Symbol('s'), 10n, '']) {
    assert.strictEqual(toNamespacedPath(value), value);
  }
  assert.strictEqual(toNamespacedPath(), undefined);
  // The pre-v9 name is the same function.
  assert.strictEqual(path[flavor]._makeLong, toNamespacedPath);
}
for (const p of ['/a/../b', 'a', 'C:\\x', '\\\\server\\share', '//x']) {
  assert.strictEqual(path.posix.toNamespacedPath(p), p);
}
assert.strictEqual(path.toNamespacedPath, path.posix.toNamespacedPath);
