'use strict';
// opendir and fs.Dir: read (callback and promise), readSync, close,
// closeSync, the async iterator (which closes), Symbol.dispose; Dirents
// with the directory as parentPath; a small bufferSize reads in several
// calls; errors for reading or closing a closed Dir.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-opendir-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const names = [];
for (let i = 0; i < 10; i++) {
  names.push(`f${i}`);
  fs.writeFileSync(path.join(tmp, `f${i}`), '');
}
fs.mkdirSync(path.join(tmp, 'sub'));
names.push('sub');
names.sort();

const dir = fs.opendirSync(tmp);
assert.ok(dir instanceof fs.Dir);
assert.strictEqual(dir.path, tmp);
const got = [];
let e;
while ((e = dir.readSync()) !== null) {
  assert.ok(e instanceof fs.Dirent);
  assert.strictEqual(e.parentPath, tmp);
  assert.strictEqual(e.isDirectory(), e.name === 'sub');
  got.push(e.name);
}
assert.deepStrictEqual(got.sort(), names);
assert.strictEqual(dir.readSync(), null);
dir.closeSync();
assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => dir.read(common.mustNotCall()), { code: 'ERR_DIR_CLOSED' });
dir.close(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_DIR_CLOSED')));
assert.rejects(dir.close(), { code: 'ERR_DIR_CLOSED' }).then(common.mustCall());
assert.rejects(dir.read(), { code: 'ERR_DIR_CLOSED' }).then(common.mustCall());

// bufferSize 1: one entry per call into libuv, same result.
const small = fs.opendirSync(tmp, { bufferSize: 1 });
const got2 = [];
while ((e = small.readSync()) !== null) got2.push(e.name);
small.closeSync();
assert.deepStrictEqual(got2.sort(), names);
assert.throws(() => fs.opendirSync(tmp, { bufferSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.bufferSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => fs.opendirSync(path.join(tmp, 'missing')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'opendir');
  assert.strictEqual(err.message, 'ENOENT: no such file or directory, opendir');
  return true;
});
assert.throws(() => fs.opendirSync(path.join(tmp, 'f1')), { code: 'ENOTDIR' });

// Callbacks.
fs.opendir(tmp, common.mustSucceed((d) => {
  const seen = [];
  const next = () => d.read(common.mustSucceed((ent) => {
    if (ent === null) {
      assert.deepStrictEqual(seen.sort(), names);
      d.close(common.mustSucceed());
      return;
    }
    seen.push(ent.name);
    next();
  }));
  next();
}));
fs.opendir(path.join(tmp, 'missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, opendir '${path.join(tmp, 'missing')}'`);
}));
assert.throws(() => fs.opendir(tmp), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});

(async () => {
  // Promises.
  const d = await fs.promises.opendir(tmp, { encoding: 'buffer' });
  const first = await d.read();
  assert.ok(Buffer.isBuffer(first.name));
  await d.close();

  // The iterator closes the Dir when done or left early.
  const d2 = await fs.promises.opendir(tmp);
  const seen = [];
  for await (const ent of d2) seen.push(ent.name);
  assert.deepStrictEqual(seen.sort(), names);
  await assert.rejects(d2.close(), { code: 'ERR_DIR_CLOSED' });
  const d3 = fs.opendirSync(tmp);
  for await (const ent of d3) {
    assert.ok(ent.name);
    break;
  }
  assert.throws(() => d3.readSync(), { code: 'ERR_DIR_CLOSED' });

  const d4 = fs.opendirSync(tmp);
  assert.ok(d4.readSync());
  d4[Symbol.dispose]();
  assert.throws(() => d4.readSync(), { code: 'ERR_DIR_CLOSED' });
  const d5 = fs.opendirSync(tmp);
  d5[Symbol.dispose]();
  d5[Symbol.dispose]();
  await d5[Symbol.asyncDispose]();
})().then(common.mustCall());
