'use strict';
// mkdtemp: prefix plus six characters, a new empty directory each time;
// the encoding option; mkdtempDisposableSync and its removal.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-mkdtemp-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const prefix = path.join(tmp, 'pre-');

const a = fs.mkdtempSync(prefix);
const b = fs.mkdtempSync(prefix);
assert.notStrictEqual(a, b);
for (const d of [a, b]) {
  assert.ok(d.startsWith(prefix));
  assert.strictEqual(d.length, prefix.length + 6);
  assert.ok(fs.statSync(d).isDirectory());
  assert.deepStrictEqual(fs.readdirSync(d), []);
}
const buf = fs.mkdtempSync(prefix, 'buffer');
assert.ok(Buffer.isBuffer(buf));
assert.ok(fs.statSync(buf).isDirectory());
const hex = fs.mkdtempSync(prefix, { encoding: 'hex' });
assert.ok(fs.statSync(Buffer.from(hex, 'hex')).isDirectory());
assert.ok(fs.statSync(fs.mkdtempSync(Buffer.from(prefix))).isDirectory());

assert.throws(() => fs.mkdtempSync(path.join(tmp, 'no/such/dir-')), { code: 'ENOENT', syscall: 'mkdtemp' });
assert.throws(() => fs.mkdtempSync(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prefix" argument must be of type string or an instance of Buffer or URL. Received undefined',
});

fs.mkdtemp(prefix, common.mustSucceed((d) => {
  assert.ok(d.startsWith(prefix));
  assert.ok(fs.statSync(d).isDirectory());
}));
fs.mkdtemp(prefix, 'buffer', common.mustSucceed((d) => assert.ok(Buffer.isBuffer(d))));
fs.promises.mkdtemp(prefix).then(common.mustCall((d) => assert.ok(d.startsWith(prefix))));

const disposable = fs.mkdtempDisposableSync(prefix);
assert.ok(fs.statSync(disposable.path).isDirectory());
fs.writeFileSync(path.join(disposable.path, 'inner'), 'x');
assert.strictEqual(typeof disposable.remove, 'function');
disposable[Symbol.dispose]();
assert.ok(!fs.existsSync(disposable.path));
disposable.remove(); // already gone: fine

fs.promises.mkdtempDisposable(prefix).then(common.mustCall(async (d) => {
  assert.ok(fs.statSync(d.path).isDirectory());
  await d[Symbol.asyncDispose]();
  assert.ok(!fs.existsSync(d.path));
}));
