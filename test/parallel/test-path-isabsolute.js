'use strict';
// path.isAbsolute(path). On win32 a drive alone ('C:', 'C:x') is relative to
// that drive's current directory, so not absolute.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', false],
  ['/', true],
  ['//', true],
  ['/a', true],
  ['/a/..', true],
  ['a', false],
  ['./a', false],
  ['../a', false],
  ['.', false],
  ['a/', false],
  [' /', false],
  ['C:\\a', false],
  ['\\a', false],
  ['~/a', false],
];

const win32Cases = [
  ['', false],
  ['/', true],
  ['\\', true],
  ['//server', true],
  ['\\\\server\\share', true],
  ['C:', false],
  ['C:a', false],
  ['C:\\', true],
  ['C:/', true],
  ['c:\\a', true],
  ['C:\\\\', true],
  ['1:\\a', false],
  ['a', false],
  ['a\\b', false],
  ['.\\a', false],
  ['..', false],
  ['file:\\a', false],
  ['\\\\?\\C:\\a', true],
  ['CON:\\a', false],
  [' \\a', false],
];

for (const [flavor, cases] of [['posix', posixCases], ['win32', win32Cases]]) {
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    assert.strictEqual(
      path[flavor].isAbsolute(...args), expected,
      `path.${flavor}.isAbsolute(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

assert.strictEqual(path.isAbsolute, path.posix.isAbsolute);

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
    assert.throws(() => path[flavor].isAbsolute(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${received}`,
    });
  }
}
