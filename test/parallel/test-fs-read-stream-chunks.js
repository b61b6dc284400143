'use strict';
// A ReadStream's chunks are Buffers of their own, exactly as long as what
// was read (the last one too, with start/end), and the stream reads
// through fs.read as it is when the read happens: a replaced fs.read is
// the one called, as in Node.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-rs-chunks-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'digits');
const content = '0123456789'.repeat(10000);
fs.writeFileSync(file, content);

{
  const chunks = [];
  fs.createReadStream(file, { start: 5, end: 70004, highWaterMark: 16384 })
    .on('data', (c) => chunks.push(c))
    .on('end', common.mustCall(() => {
      assert.deepStrictEqual(chunks.map((c) => c.length), [16384, 16384, 16384, 16384, 4464]);
      for (const c of chunks) {
        assert(Buffer.isBuffer(c));
        assert.strictEqual(c.buffer.byteLength, c.length);
      }
      assert.strictEqual(Buffer.concat(chunks).toString(), content.slice(5, 70005));
    }));
}

{
  // Without start: from the descriptor's position, to the end.
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, Buffer.alloc(99990), 0, 99990, null);
  const chunks = [];
  fs.createReadStream(null, { fd })
    .on('data', (c) => chunks.push(c))
    .on('end', common.mustCall(() => {
      assert.strictEqual(Buffer.concat(chunks).toString(), '0123456789');
    }));
}

{
  const realRead = fs.read;
  let calls = 0;
  fs.read = function(...args) {
    calls++;
    return realRead.apply(this, args);
  };
  const chunks = [];
  fs.createReadStream(file, { end: 9 })
    .on('data', (c) => chunks.push(c))
    .on('end', common.mustCall(() => {
      fs.read = realRead;
      assert(calls >= 1); // other streams above read through it too
      assert.strictEqual(Buffer.concat(chunks).toString(), '0123456789');
    }));
}

{
  // A directory: the read fails.
  fs.createReadStream(tmp)
    .on('data', common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EISDIR');
      assert.strictEqual(err.syscall, 'read');
    }));
}
