'use strict';
// path.extname(path): the last dot of the last component, but not a leading
// one, and nothing for '.' and '..'.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', ''],
  ['.', ''],
  ['..', ''],
  ['...', '.'],
  ['....', '.'],
  ['a', ''],
  ['a.', '.'],
  ['a..', '.'],
  ['.a', ''],
  ['..a', '.a'],
  ['.a.', '.'],
  ['.a.b', '.b'],
  ['a.b', '.b'],
  ['a.b.c', '.c'],
  ['a.b.', '.'],
  ['/a.b', '.b'],
  ['/a.b/', '.b'],
  ['/a.b//', '.b'],
  ['/a.b/c', ''],
  ['/a.b/.c', ''],
  ['/a/.', ''],
  ['/a/..', ''],
  ['/a/...', '.'],
  ['/..', ''],
  ['/.', ''],
  ['/', ''],
  ['//', ''],
  ['a/b.c/d', ''],
  ['file.js', '.js'],
  ['file.tar.gz', '.gz'],
  ['.bashrc', ''],
  ['.bashrc.bak', '.bak'],
  ['a.b\\c', '.b\\c'],
  ['a\\b.c', '.c'],
  ['C:.txt', '.txt'],
  ['/a b.c d', '.c d'],
  ['/é.😀', '.😀'],
];

const win32Cases = [
  ['', ''],
  ['.', ''],
  ['..', ''],
  ['...', '.'],
  ['a.b', '.b'],
  ['a.b\\', '.b'],
  ['a.b\\\\', '.b'],
  ['a.b/', '.b'],
  ['\\a.b', '.b'],
  ['a.b\\c', ''],
  ['a\\b.c', '.c'],
  ['a\\.b', ''],
  ['a\\..', ''],
  ['a\\.', ''],
  ['C:.txt', ''],
  ['C:..', ''],
  ['C:a.txt', '.txt'],
  ['C:\\a.txt', '.txt'],
  ['C:\\.txt', ''],
  ['C:\\..', ''],
  ['C:', ''],
  ['c:.', ''],
  ['1:.txt', '.txt'],
  ['\\\\server\\share.x', '.x'],
  ['\\\\server\\share\\a.x', '.x'],
  ['file.tar.gz', '.gz'],
  ['file:stream.txt', '.txt'],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    assert.strictEqual(
      path[flavor].extname(...args), expected,
      `path.${flavor}.extname(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

assert.strictEqual(path.extname, path.posix.extname);

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
    assert.throws(() => path[flavor].extname(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${received}`,
    });
  }
}
