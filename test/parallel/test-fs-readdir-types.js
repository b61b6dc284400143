'use strict';
// readdir with withFileTypes: Dirents with name, parentPath (the directory
// as given) and the type the OS reported.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readdir-types-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.writeFileSync(path.join(tmp, 'file'), '');
fs.mkdirSync(path.join(tmp, 'dir'));
fs.symlinkSync('file', path.join(tmp, 'link'));

function check(list, parent) {
  const byName = Object.fromEntries(list.map((d) => [d.name, d]));
  assert.deepStrictEqual(Object.keys(byName).sort(), ['dir', 'file', 'link']);
  for (const d of list) {
    assert.ok(d instanceof fs.Dirent);
    assert.strictEqual(d.parentPath, parent);
    assert.deepStrictEqual(Object.keys(d), ['name', 'parentPath']);
  }
  assert.ok(byName.file.isFile());
  assert.ok(!byName.file.isDirectory());
  assert.ok(byName.dir.isDirectory());
  assert.ok(byName.link.isSymbolicLink());
  assert.ok(!byName.link.isFile());
  for (const m of ['isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice']) {
    assert.strictEqual(byName.file[m](), false);
  }
}

check(fs.readdirSync(tmp, { withFileTypes: true }), tmp);
const bufDirents = fs.readdirSync(tmp, { withFileTypes: true, encoding: 'buffer' });
assert.ok(bufDirents.every((d) => Buffer.isBuffer(d.name)));
fs.readdir(tmp, { withFileTypes: true }, common.mustSucceed((list) => check(list, tmp)));
fs.promises.readdir(tmp, { withFileTypes: true }).then(common.mustCall((list) => check(list, tmp)));
