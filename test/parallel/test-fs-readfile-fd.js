'use strict';
// readFile with a file descriptor reads from its current position to the
// end and leaves it open; a bad descriptor fails with EBADF.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readfile-fd-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, 'abcdefgh');

const fd = fs.openSync(file, 'r');
fs.readSync(fd, Buffer.alloc(3), 0, 3, null);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'defgh');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.closeSync(fd);

const fd2 = fs.openSync(file, 'r');
fs.readSync(fd2, Buffer.alloc(2), 0, 2, null);
fs.readFile(fd2, common.mustSucceed((data) => {
  assert.strictEqual(data.toString(), 'cdefgh');
  // Still open.
  fs.fstatSync(fd2);
  fs.closeSync(fd2);
}));

assert.throws(() => fs.readFileSync(9999), { code: 'EBADF' });

(async () => {
  const fh = await fs.promises.open(file, 'r');
  await fh.read(Buffer.alloc(4), 0, 4, null);
  assert.strictEqual(await fh.readFile('utf8'), 'efgh');
  assert.strictEqual(await fs.promises.readFile(fh, { encoding: 'utf8' }), '');
  await fh.close();
})().then(common.mustCall());
