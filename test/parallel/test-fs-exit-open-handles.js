'use strict';
// The process ends normally with fs handles still open: an unclosed Dir
// (with a read done), unref'd watchers of both kinds, a FileHandle, and a
// request still in flight when the script ends.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-exit-open-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.writeFileSync(path.join(tmp, 'f'), 'x');

const dir = fs.opendirSync(tmp);
assert.ok(dir.readSync());
fs.opendir(tmp, common.mustSucceed((d) => d.read(common.mustSucceed())));
fs.watch(tmp).unref();
fs.watch(tmp, { persistent: false, recursive: true });
fs.watchFile(path.join(tmp, 'f'), { persistent: false }, () => {});
fs.promises.open(path.join(tmp, 'f')).then(common.mustCall((fh) => {
  assert.ok(fh.fd > 0);
}));
fs.readFile(path.join(tmp, 'f'), common.mustSucceed());
