'use strict';
// A directory of many entries with names of many lengths (and some not
// ASCII) reads back exactly, in every form: readdir sync, callback and
// promise, as strings and Buffers, with types, and through a Dir.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readdir-many-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const names = [];
for (let i = 0; i < 600; i++) {
  const name = `${'n'.repeat(1 + (i * 7) % 120)}-${i}${i % 5 === 0 ? '-\u00e9\u4e2d' : ''}`;
  names.push(name);
  if (i % 3 === 0) fs.mkdirSync(path.join(tmp, name));
  else fs.writeFileSync(path.join(tmp, name), '');
}
names.sort();
const isDir = (name) => Number(name.split('-')[1]) % 3 === 0;

assert.deepStrictEqual(fs.readdirSync(tmp).sort(), names);
assert.deepStrictEqual(fs.readdirSync(tmp, 'buffer').map((b) => b.toString()).sort(), names);
for (const d of fs.readdirSync(tmp, { withFileTypes: true })) {
  assert.strictEqual(d.isDirectory(), isDir(d.name), d.name);
}
// (The asynchronous reads run in the thread pool: the directory is removed
// only once they are done.)
const asyncReads = [
  new Promise((resolve) => fs.readdir(tmp, common.mustSucceed((list) => {
    assert.deepStrictEqual(list.sort(), names);
    resolve();
  }))),
  new Promise((resolve) => fs.readdir(tmp, 'buffer', common.mustSucceed((list) => {
    assert.deepStrictEqual(list.map((b) => b.toString()).sort(), names);
    resolve();
  }))),
  fs.promises.readdir(tmp, { withFileTypes: true }).then(common.mustCall((list) => {
    assert.deepStrictEqual(list.map((d) => d.name).sort(), names);
  })),
];

const dir = fs.opendirSync(tmp, { bufferSize: 50 });
const seen = [];
let e;
while ((e = dir.readSync()) !== null) {
  assert.strictEqual(e.isDirectory(), isDir(e.name), e.name);
  seen.push(e.name);
}
dir.closeSync();
assert.deepStrictEqual(seen.sort(), names);

// Removing the lot finds every name too.
Promise.all(asyncReads).then(common.mustCall(() => {
  fs.rmSync(tmp, { recursive: true });
  assert.ok(!fs.existsSync(tmp));
}));
