'use strict';
// writeFile / writeFileSync / promises.writeFile: strings in any encoding,
// Buffers and other views, the mode and flag options; data of another type
// is refused with Node's message.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-writefile-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.writeFileSync(p('a'), 'h\u00e9llo');
assert.strictEqual(fs.readFileSync(p('a'), 'hex'), '68c3a96c6c6f');
fs.writeFileSync(p('a'), '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'hello');
fs.writeFileSync(p('a'), 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'hi');
fs.writeFileSync(p('a'), new Uint16Array([0x6261]));
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'ab');
fs.writeFileSync(p('a'), new DataView(new Uint8Array([0x63]).buffer));
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'c');
fs.writeFileSync(p('a'), '');
assert.strictEqual(fs.statSync(p('a')).size, 0);

// A large file, in one piece.
const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'xyz');
fs.writeFileSync(p('big'), big);
assert.ok(fs.readFileSync(p('big')).equals(big));

// flag: 'a' appends, 'wx' refuses an existing file.
fs.writeFileSync(p('b'), 'one');
fs.writeFileSync(p('b'), 'two', { flag: 'a' });
assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'onetwo');
assert.throws(() => fs.writeFileSync(p('b'), 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open', path: p('b') });

// mode, for a new file.
const old = process.umask(0);
fs.writeFileSync(p('m'), 'x', { mode: 0o600 });
assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o600);
fs.writeFileSync(p('m2'), 'x', { mode: '640' });
assert.strictEqual(fs.statSync(p('m2')).mode & 0o777, 0o640);
process.umask(old);

assert.throws(() => fs.writeFileSync(p('c'), {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object',
});
assert.throws(() => fs.writeFileSync(p('c'), 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeFileSync(p('c'), 'x', { flush: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flush" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.writeFileSync(tmp, 'x'), {
  code: 'EISDIR', syscall: 'open', path: tmp,
  message: `EISDIR: illegal operation on a directory, open '${tmp}'`,
});
assert.ok(!fs.existsSync(p('c')));

// flush: the same contents, synced.
fs.writeFileSync(p('f'), 'flushed', { flush: true });
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'flushed');

let sync = true;
fs.writeFile(p('d'), 'async', common.mustSucceed(() => {
  assert.strictEqual(sync, false);
  assert.strictEqual(fs.readFileSync(p('d'), 'utf8'), 'async');
  fs.writeFile(p('d'), Buffer.from('more'), { flag: 'a', flush: true }, common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(p('d'), 'utf8'), 'asyncmore');
  }));
}));
sync = false;
fs.writeFile(tmp, 'x', common.mustCall((err) => assert.strictEqual(err.code, 'EISDIR')));
assert.throws(() => fs.writeFile(p('e'), 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeFile(p('e'), [], common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  await fs.promises.writeFile(p('g'), 'prom');
  assert.strictEqual(fs.readFileSync(p('g'), 'utf8'), 'prom');
  await fs.promises.writeFile(p('g'), '7a', { encoding: 'hex', flag: 'a' });
  assert.strictEqual(fs.readFileSync(p('g'), 'utf8'), 'promz');
  await assert.rejects(fs.promises.writeFile(p('g'), 5), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.writeFile(tmp, 'x'), { code: 'EISDIR' });
})().then(common.mustCall());
