'use strict';
// util.promisify of fs functions: read and write resolve to
// { bytesRead, buffer } and { bytesWritten, buffer }, readv to
// { bytesRead, buffers } and writev to { bytesWritten, buffer } (Node's
// names); exists to a boolean; the others
// to their single result.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { promisify } = require('util');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-promisify-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

(async () => {
  const fd = await promisify(fs.open)(file, 'w+');
  const w = await promisify(fs.write)(fd, Buffer.from('hello'));
  assert.deepStrictEqual(Object.keys(w), ['bytesWritten', 'buffer']);
  assert.strictEqual(w.bytesWritten, 5);
  const buf = Buffer.alloc(5);
  const r = await promisify(fs.read)(fd, buf, 0, 5, 0);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffer, buf);
  const wv = await promisify(fs.writev)(fd, [Buffer.from('!')]);
  assert.strictEqual(wv.bytesWritten, 1);
  // Node names writev's second value 'buffer'.
  assert.ok(Array.isArray(wv.buffer));
  const rv = await promisify(fs.readv)(fd, [Buffer.alloc(6)], 0);
  assert.strictEqual(rv.bytesRead, 6);
  assert.strictEqual(rv.buffers[0].toString(), 'hello!');
  const st = await promisify(fs.fstat)(fd);
  assert.strictEqual(st.size, 6);
  await promisify(fs.close)(fd);
  assert.strictEqual(await promisify(fs.exists)(file), true);
  assert.strictEqual(await promisify(fs.readFile)(file, 'utf8'), 'hello!');
  await assert.rejects(promisify(fs.stat)(path.join(tmp, 'missing')), { code: 'ENOENT' });
})().then(common.mustCall());
