'use strict';
// mkdir / mkdirSync / promises.mkdir without recursive: EEXIST and ENOENT
// as system errors; the mode (a number, an octal string, or options.mode);
// option checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-mkdir-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);
const old = process.umask(0);

assert.strictEqual(fs.mkdirSync(p('a')), undefined);
assert.ok(fs.statSync(p('a')).isDirectory());
assert.strictEqual(fs.statSync(p('a')).mode & 0o777, 0o777);
fs.mkdirSync(p('b'), 0o700);
assert.strictEqual(fs.statSync(p('b')).mode & 0o777, 0o700);
fs.mkdirSync(p('c'), '750');
assert.strictEqual(fs.statSync(p('c')).mode & 0o777, 0o750);
fs.mkdirSync(p('d'), { mode: 0o711 });
assert.strictEqual(fs.statSync(p('d')).mode & 0o777, 0o711);
process.umask(old);

assert.throws(() => fs.mkdirSync(p('a')), {
  code: 'EEXIST', syscall: 'mkdir', path: p('a'), errno: -17,
  message: `EEXIST: file already exists, mkdir '${p('a')}'`,
});
assert.throws(() => fs.mkdirSync(p('x/y')), { code: 'ENOENT', syscall: 'mkdir', path: p('x/y') });
assert.throws(() => fs.mkdirSync(p('e'), { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.mkdirSync(p('e'), { mode: 'z' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.mode' must be a 32-bit unsigned integer or an octal string. Received 'z'",
});

fs.mkdir(p('f'), common.mustSucceed((r) => {
  assert.strictEqual(r, undefined);
  assert.ok(fs.statSync(p('f')).isDirectory());
}));
fs.mkdir(p('a'), common.mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
fs.mkdir(p('g'), 0o755, common.mustSucceed());
assert.throws(() => fs.mkdir(p('h')), { code: 'ERR_INVALID_ARG_TYPE' });
fs.promises.mkdir(p('i')).then(common.mustCall((r) => assert.strictEqual(r, undefined)));
assert.rejects(fs.promises.mkdir(p('a')), { code: 'EEXIST' }).then(common.mustCall());
