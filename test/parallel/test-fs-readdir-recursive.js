'use strict';
// readdir with recursive: paths relative to the start; withFileTypes gives
// Dirents whose parentPath is their directory. The sync and callback forms
// go breadth first and follow a link to a directory; the promise form goes
// depth first and follows links only for names (as Node 24 does).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readdir-rec-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'a/b/c'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'top'), '');
fs.writeFileSync(path.join(tmp, 'a/one'), '');
fs.writeFileSync(path.join(tmp, 'a/b/c/deep'), '');
const other = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readdir-rec-other-'));
process.on('exit', () => fs.rmSync(other, { recursive: true, force: true }));
fs.writeFileSync(path.join(other, 'inside'), '');
fs.symlinkSync(other, path.join(tmp, 'link'));

const expected = ['a', 'a/b', 'a/b/c', 'a/b/c/deep', 'a/one', 'link', 'link/inside', 'top'];
assert.deepStrictEqual(fs.readdirSync(tmp, { recursive: true }).sort(), expected);

const dirents = fs.readdirSync(tmp, { recursive: true, withFileTypes: true });
const seen = dirents.map((d) => path.relative(tmp, path.join(d.parentPath, d.name))).sort();
assert.deepStrictEqual(seen, ['a', 'a/b', 'a/b/c', 'a/b/c/deep', 'a/one', 'link', 'link/inside', 'top']);
const deep = dirents.find((d) => d.name === 'deep');
assert.strictEqual(deep.parentPath, path.join(tmp, 'a/b/c'));
assert.ok(dirents.find((d) => d.name === 'link').isSymbolicLink());

// Breadth first: everything at one depth before the next.
const depth = (p) => p.split('/').length;
const order = fs.readdirSync(tmp, { recursive: true });
for (let i = 1; i < order.length; i++) assert.ok(depth(order[i - 1]) <= depth(order[i]), order.join());

fs.readdir(tmp, { recursive: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list.sort(), expected);
}));
fs.readdir(tmp, { recursive: true, withFileTypes: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list.map((d) => d.name), dirents.map((d) => d.name));
}));
fs.promises.readdir(tmp, { recursive: true }).then(common.mustCall((list) => {
  assert.deepStrictEqual(list, ['a', 'link', 'top', 'link/inside', 'a/b', 'a/one', 'a/b/c', 'a/b/c/deep']);
}));
fs.promises.readdir(tmp, { recursive: true, withFileTypes: true }).then(common.mustCall((list) => {
  assert.deepStrictEqual(list.map((d) => d.name), ['a', 'link', 'top', 'b', 'one', 'c', 'deep']);
}));
fs.readdir(path.join(tmp, 'nope'), { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
