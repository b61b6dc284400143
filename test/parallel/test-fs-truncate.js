'use strict';
// truncate and ftruncate: shorten, extend with zeros, default length 0,
// negative lengths as 0; a file descriptor is no longer a path for
// truncate.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-truncate-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

fs.writeFileSync(file, '0123456789');
fs.truncateSync(file, 4);
assert.strictEqual(fs.readFileSync(file, 'utf8'), '0123');
fs.truncateSync(file, 6);
assert.deepStrictEqual([...fs.readFileSync(file)], [48, 49, 50, 51, 0, 0]);
fs.truncateSync(file);
assert.strictEqual(fs.statSync(file).size, 0);

fs.writeFileSync(file, 'abcdef');
const fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
fs.ftruncateSync(fd, -5);
assert.strictEqual(fs.statSync(file).size, 0);
fs.ftruncateSync(fd);
assert.throws(() => fs.ftruncateSync(fd, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "len" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.ftruncateSync(fd, 1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.truncateSync(fd), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "path" argument must be of type string or an instance of Buffer or URL. Received type number (${fd})`,
});
assert.throws(() => fs.truncateSync(path.join(tmp, 'missing')), { code: 'ENOENT', syscall: 'open' });
const rofd = fs.openSync(file, 'r');
assert.throws(() => fs.ftruncateSync(rofd, 1), { code: 'EINVAL', syscall: 'ftruncate' });
fs.closeSync(rofd);

fs.writeFileSync(file, 'abcdef');
fs.truncate(file, 2, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ab');
  fs.truncate(file, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).size, 0);
    fs.ftruncate(fd, 5, common.mustSucceed(() => {
      assert.strictEqual(fs.statSync(file).size, 5);
      fs.ftruncate(fd, common.mustSucceed(() => {
        assert.strictEqual(fs.statSync(file).size, 0);
        fs.closeSync(fd);
        promises();
      }));
    }));
  }));
}));
fs.truncate(path.join(tmp, 'missing'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
assert.throws(() => fs.truncate(file, 1), { code: 'ERR_INVALID_ARG_TYPE' });

async function promises() {
  fs.writeFileSync(file, 'xyz');
  await fs.promises.truncate(file, 1);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'x');
  const fh = await fs.promises.open(file, 'r+');
  await fh.truncate(4);
  assert.strictEqual(fs.statSync(file).size, 4);
  await fh.truncate();
  assert.strictEqual(fs.statSync(file).size, 0);
  await fh.close();
}
