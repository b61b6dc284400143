'use strict';
// readdir / readdirSync / promises.readdir: the names (no . or ..), in the
// encoding asked for; errors on 'scandir'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readdir-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const names = ['a', 'b.txt', 'caf\u00e9', 'dir'];
for (const n of names.slice(0, 3)) fs.writeFileSync(path.join(tmp, n), '');
fs.mkdirSync(path.join(tmp, 'dir'));

assert.deepStrictEqual(fs.readdirSync(tmp).sort(), names);
assert.deepStrictEqual(fs.readdirSync(tmp, 'utf8').sort(), names);
assert.deepStrictEqual(fs.readdirSync(tmp, { encoding: null }).sort(), names);
const bufs = fs.readdirSync(tmp, 'buffer');
assert.ok(bufs.every(Buffer.isBuffer));
assert.deepStrictEqual(bufs.map(String).sort(), names);
assert.deepStrictEqual(fs.readdirSync(tmp, 'hex').sort(), names.map((n) => Buffer.from(n).toString('hex')).sort());
assert.deepStrictEqual(fs.readdirSync(tmp, 'latin1').sort(), names.map((n) => Buffer.from(n).toString('latin1')).sort());
assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'dir')), []);
assert.deepStrictEqual(fs.readdirSync(Buffer.from(tmp)).sort(), names);

const missing = path.join(tmp, 'missing');
assert.throws(() => fs.readdirSync(missing), {
  code: 'ENOENT', syscall: 'scandir', path: missing,
  message: `ENOENT: no such file or directory, scandir '${missing}'`,
});
assert.throws(() => fs.readdirSync(path.join(tmp, 'a')), { code: 'ENOTDIR', syscall: 'scandir' });
assert.throws(() => fs.readdirSync(tmp, 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.readdirSync(tmp, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});

fs.readdir(tmp, common.mustSucceed((list) => assert.deepStrictEqual(list.sort(), names)));
fs.readdir(tmp, 'buffer', common.mustSucceed((list) => assert.ok(list.every(Buffer.isBuffer))));
fs.readdir(missing, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
assert.throws(() => fs.readdir(tmp), { code: 'ERR_INVALID_ARG_TYPE' });
fs.promises.readdir(tmp).then(common.mustCall((list) => assert.deepStrictEqual(list.sort(), names)));
