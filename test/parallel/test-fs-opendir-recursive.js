'use strict';
// opendir with recursive: every entry below, each Dirent's parentPath its
// own directory; the same through readSync, read and the iterator.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-opendir-rec-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'a/b'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'top'), '');
fs.writeFileSync(path.join(tmp, 'a/mid'), '');
fs.writeFileSync(path.join(tmp, 'a/b/low'), '');
const want = ['a', 'a/b', 'a/b/low', 'a/mid', 'top'];
const rel = (d) => path.relative(tmp, path.join(d.parentPath, d.name));

const dir = fs.opendirSync(tmp, { recursive: true });
const got = [];
let e;
while ((e = dir.readSync()) !== null) got.push(rel(e));
dir.closeSync();
assert.deepStrictEqual(got.sort(), want);

(async () => {
  const seen = [];
  for await (const ent of await fs.promises.opendir(tmp, { recursive: true })) seen.push(rel(ent));
  assert.deepStrictEqual(seen.sort(), want);

  const d = await fs.promises.opendir(tmp, { recursive: true, bufferSize: 1 });
  const viaRead = [];
  let ent;
  while ((ent = await d.read()) !== null) viaRead.push(rel(ent));
  await d.close();
  assert.deepStrictEqual(viaRead.sort(), want);
})().then(common.mustCall());
