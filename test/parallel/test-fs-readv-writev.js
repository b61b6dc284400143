'use strict';
// readv/writev (sync, callback, promise): several buffers in one call, at a
// position or the current one; an empty list; argument checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readv-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const fd = fs.openSync(file, 'w+');

const parts = [Buffer.from('abc'), new Uint8Array([0x64, 0x65]), new DataView(new Uint8Array([0x66]).buffer)];
assert.strictEqual(fs.writevSync(fd, parts), 6);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdef');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('XY')], 1), 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'aXYdef');
assert.strictEqual(fs.writevSync(fd, []), 0);

const a = Buffer.alloc(2);
const b = Buffer.alloc(10);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 6);
assert.strictEqual(a.toString(), 'aX');
assert.strictEqual(b.toString('latin1', 0, 4), 'Ydef');

assert.throws(() => fs.readvSync(fd, [1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received an instance of Array',
});
assert.throws(() => fs.writevSync(fd, 'abc'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readvSync(fd, []), { code: 'EINVAL', syscall: 'read' });

const c = Buffer.alloc(3);
fs.readv(fd, [c], 3, common.mustSucceed((n, bufs) => {
  assert.strictEqual(n, 3);
  assert.strictEqual(bufs[0], c);
  assert.strictEqual(c.toString(), 'def');
  const list = [Buffer.from('12'), Buffer.from('34')];
  fs.writev(fd, list, 0, common.mustSucceed((w, bufs2) => {
    assert.strictEqual(w, 4);
    assert.strictEqual(bufs2, list);
    fs.writev(fd, [], common.mustSucceed((w2) => {
      assert.strictEqual(w2, 0);
      promises();
    }));
  }));
}));

async function promises() {
  const fh = await fs.promises.open(file, 'r+');
  const r = await fh.writev([Buffer.from('++')], 4);
  assert.strictEqual(r.bytesWritten, 2);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  const x = Buffer.alloc(6);
  const rr = await fh.readv([x], 0);
  assert.strictEqual(rr.bytesRead, 6);
  assert.strictEqual(rr.buffers[0], x);
  assert.strictEqual(x.toString(), '1234++');
  await fh.close();
  fs.closeSync(fd);
}
