'use strict';
// readFile / readFileSync / promises.readFile: a Buffer, or a string in the
// encoding asked for; the flag option; errors: ENOENT names the path,
// reading a directory fails with EISDIR on 'read' without one.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-readfile-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const text = 'h\u00e9llo \u20ac\n'.repeat(1000);
fs.writeFileSync(file, text);

const buf = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString(), text);
assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
assert.strictEqual(fs.readFileSync(file, { encoding: 'utf-8' }), text);
assert.strictEqual(fs.readFileSync(file, 'base64'), Buffer.from(text).toString('base64'));
assert.strictEqual(fs.readFileSync(file, 'hex').length, Buffer.byteLength(text) * 2);
assert.strictEqual(fs.readFileSync(file, {}).length, Buffer.byteLength(text));
assert.strictEqual(fs.readFileSync(new URL(`file://${file}`), 'latin1').length, Buffer.byteLength(text));

const empty = path.join(tmp, 'empty');
fs.writeFileSync(empty, '');
assert.strictEqual(fs.readFileSync(empty).length, 0);
assert.strictEqual(fs.readFileSync(empty, 'utf8'), '');

// With 'a+' a missing file is made; with 'r' it is an error.
const made = path.join(tmp, 'made');
assert.strictEqual(fs.readFileSync(made, { flag: 'a+', encoding: 'utf8' }), '');
assert.ok(fs.existsSync(made));

const missing = path.join(tmp, 'missing');
assert.throws(() => fs.readFileSync(missing), {
  code: 'ENOENT', syscall: 'open', path: missing, errno: -2,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
assert.throws(() => fs.readFileSync(tmp), (err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(err.path, undefined);
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
  return true;
});
assert.throws(() => fs.readFileSync(file, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.readFileSync(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});
assert.throws(() => fs.readFileSync(file, { flag: 'q' }), { code: 'ERR_INVALID_ARG_VALUE' });

let sync = true;
fs.readFile(file, common.mustSucceed((data) => {
  assert.strictEqual(sync, false);
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.length, Buffer.byteLength(text));
}));
fs.readFile(file, 'utf8', common.mustSucceed((data) => assert.strictEqual(data, text)));
fs.readFile(missing, common.mustCall((err, data) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(data, undefined);
}));
fs.readFile(tmp, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.path, undefined);
}));
sync = false;
assert.throws(() => fs.readFile(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});

fs.promises.readFile(file, 'utf8').then(common.mustCall((data) => assert.strictEqual(data, text)));
fs.promises.readFile(file).then(common.mustCall((data) => assert.ok(Buffer.isBuffer(data))));
assert.rejects(fs.promises.readFile(tmp), { code: 'EISDIR', syscall: 'read' }).then(common.mustCall());
assert.rejects(fs.promises.readFile(missing), { code: 'ENOENT' }).then(common.mustCall());
assert.rejects(fs.promises.readFile(5.5), { code: 'ERR_INVALID_ARG_TYPE' }).then(common.mustCall());
