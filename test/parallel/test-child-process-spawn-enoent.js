'use strict';
// A program that does not exist: an 'error' event (no throw, no 'spawn',
// no 'exit') with the system error's fields, then 'close' with the code.
const assert = require('assert');
const cp = require('child_process');

const events = [];
const child = cp.spawn('kiln-no-such-program', ['a', 'b']);
assert.strictEqual(child.pid, undefined);
child.on('spawn', () => assert.fail('spawn'));
child.on('exit', () => assert.fail('exit'));
child.on('error', (err) => {
  events.push('error');
  assert.strictEqual(err.message, 'spawn kiln-no-such-program ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn kiln-no-such-program');
  assert.strictEqual(err.path, 'kiln-no-such-program');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
});
child.on('close', (code, signal) => {
  events.push('close');
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
});

// A missing cwd fails the same way.
cp.spawn('true', { cwd: '/kiln/no/such/dir' }).on('error', (err) => {
  events.push('cwd error');
  assert.strictEqual(err.code, 'ENOENT');
});

// exec of a missing file through execFile: the callback gets the error.
cp.execFile('kiln-no-such-program', ['x'], (err, stdout, stderr) => {
  events.push('execFile');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.cmd, 'kiln-no-such-program x');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
});

// Argument errors throw at once.
assert.throws(() => cp.spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', ['a\0b']), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('true', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('true', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.spawn('true', { killSignal: 'NOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => cp.spawn('true', { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { detached: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { uid: 1.5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { shell: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => {
  assert.deepStrictEqual(events.slice().sort(), ['close', 'cwd error', 'error', 'execFile']);
  assert(events.indexOf('error') < events.indexOf('close'));
});
