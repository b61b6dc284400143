'use strict';
// fs.Stats: calling the constructor warns once (DEP0180); instances made
// by stat are instances of it. fs.Dirent is a class too.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0180');
  assert.strictEqual(w.message, 'fs.Stats constructor is deprecated.');
}));

const s = new fs.Stats(1, 0o100644, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
new fs.Stats();
assert.strictEqual(s.dev, 1);
assert.strictEqual(s.isFile(), true);
assert.strictEqual(s.birthtimeMs, 14);
assert.strictEqual(s.mtime.getTime(), 12);
assert.ok(fs.statSync(__filename) instanceof fs.Stats);
assert.strictEqual(typeof fs.Stats, 'function');
assert.strictEqual(fs.Stats.prototype, Object.getPrototypeOf(fs.statSync(__filename)));

const d = new fs.Dirent('name', fs.constants.UV_DIRENT_DIR, '/parent');
assert.strictEqual(d.name, 'name');
assert.strictEqual(d.parentPath, '/parent');
assert.strictEqual(d.isDirectory(), true);
assert.strictEqual(d.isFile(), false);
