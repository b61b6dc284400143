'use strict';
// The shape of node:path: the module is path.posix (kiln runs on Linux), each
// flavor reaches the other and itself, and the separators.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.posix, path);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(require('node:path'), path);
assert.notStrictEqual(path.win32, path.posix);

assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');

const methods = {
  resolve: 0, normalize: 1, isAbsolute: 1, join: 0, relative: 2, toNamespacedPath: 1,
  dirname: 1, basename: 2, extname: 1, format: 1, parse: 1,
};
for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (const [name, length] of Object.entries(methods)) {
    assert.strictEqual(typeof p[name], 'function', `${flavor}.${name}`);
    assert.strictEqual(p[name].length, length, `${flavor}.${name}.length`);
    // Plain functions, not constructors, and usable detached.
    assert.throws(() => new p[name]('a'), TypeError);
  }
  assert.notStrictEqual(p.join, path[flavor === 'posix' ? 'win32' : 'posix'].join);
  for (const key of ['sep', 'delimiter', 'win32', 'posix', 'resolve', 'join']) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    assert.ok(d.writable && d.enumerable && d.configurable,
              `${flavor}.${key} is a plain data property`);
  }
}

const { join, basename } = path;
assert.strictEqual(join('a', 'b'), 'a/b');
assert.strictEqual(basename.call(undefined, '/x/y'), 'y');
const { join: winJoin } = path.win32;
assert.strictEqual(winJoin('a', 'b'), 'a\\b');

// Patching String.prototype does not change what path computes.
const { slice, charCodeAt, lastIndexOf } = String.prototype;
try {
  String.prototype.slice = () => 'patched';
  String.prototype.charCodeAt = () => 47;
  String.prototype.lastIndexOf = () => 0;
  assert.strictEqual(path.posix.normalize('a/b/../c'), 'a/c');
  assert.strictEqual(path.win32.normalize('a\\b\\..\\c'), 'a\\c');
  assert.strictEqual(path.posix.basename('/x/y.js', '.js'), 'y');
} finally {
  String.prototype.slice = slice;
  String.prototype.charCodeAt = charCodeAt;
  String.prototype.lastIndexOf = lastIndexOf;
}
