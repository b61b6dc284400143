'use strict';
// fs.createReadStream: 'open' with the fd, 'ready', data in chunks of
// highWaterMark, start and end (inclusive), encoding, bytesRead, 'close'
// after 'end'; a missing file is an 'error' with the open error.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-read-stream-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = i % 251;
fs.writeFileSync(file, data);

{
  const rs = fs.createReadStream(file);
  assert.ok(rs instanceof fs.ReadStream);
  assert.ok(rs instanceof require('stream').Readable);
  assert.strictEqual(rs.pending, true);
  assert.strictEqual(rs.path, file);
  assert.strictEqual(rs.flags, 'r');
  assert.strictEqual(rs.autoClose, true);
  const chunks = [];
  rs.on('open', common.mustCall((fd) => {
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(rs.fd, fd);
    assert.strictEqual(rs.pending, false);
  }));
  rs.on('ready', common.mustCall());
  rs.on('data', (chunk) => {
    assert.ok(chunk.length <= 65536);
    chunks.push(chunk);
  });
  rs.on('end', common.mustCall(() => {
    assert.ok(Buffer.concat(chunks).equals(data));
    assert.strictEqual(rs.bytesRead, data.length);
  }));
  rs.on('close', common.mustCall(() => assert.strictEqual(rs.fd, null)));
}

{
  const rs = fs.createReadStream(file, { start: 10, end: 19, encoding: 'hex', highWaterMark: 4 });
  let out = '';
  rs.on('data', (s) => {
    assert.strictEqual(typeof s, 'string');
    out += s;
  });
  rs.on('end', common.mustCall(() => assert.strictEqual(out, data.subarray(10, 20).toString('hex'))));
}

{
  const rs = fs.ReadStream(file, { start: 5, end: 5 });
  rs.on('data', common.mustCall((c) => assert.deepStrictEqual([...c], [5])));
}

fs.createReadStream(path.join(tmp, 'missing')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));

// An fd: no 'open', read from the position given.
const fd = fs.openSync(file, 'r');
const rs2 = fs.createReadStream(null, { fd, start: 0, end: 2 });
rs2.on('open', common.mustNotCall());
rs2.on('data', common.mustCall((c) => assert.deepStrictEqual([...c], [0, 1, 2])));
rs2.on('close', common.mustCall(() => assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' })));

assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(file, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(file, { end: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(undefined), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(file, { fd: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
