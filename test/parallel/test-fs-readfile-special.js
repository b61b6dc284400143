'use strict';
// readFile of files that report no size (/proc) reads them whole; a file
// larger than 2 GiB is ERR_FS_FILE_TOO_LARGE (a sparse file, no disk used).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const status = fs.readFileSync('/proc/self/status', 'utf8');
assert.ok(status.includes('Pid:'));
assert.strictEqual(fs.statSync('/proc/self/status').size, 0);
fs.readFile('/proc/self/maps', 'utf8', common.mustSucceed((maps) => assert.ok(maps.length > 0)));

// A proc file larger than the first read: still whole.
const maps = fs.readFileSync('/proc/self/maps');
assert.ok(maps.length > 0);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readfile-special-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const big = path.join(tmp, 'big');
fs.writeFileSync(big, '');
let sparse = true;
try {
  fs.truncateSync(big, 2 ** 31 + 1);
} catch {
  sparse = false;
}
if (sparse) {
  const tooLarge = {
    name: 'RangeError',
    code: 'ERR_FS_FILE_TOO_LARGE',
    message: `File size (${2 ** 31 + 1}) is greater than 2 GiB`,
  };
  assert.throws(() => fs.readFileSync(big), tooLarge);
  fs.readFile(big, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_FS_FILE_TOO_LARGE');
  }));
  assert.rejects(fs.promises.readFile(big), tooLarge).then(common.mustCall());
}
