'use strict';
// child_process.spawnSync / execSync / execFileSync: output, status and
// signal, input, encoding, env and cwd, a missing program, timeout and
// maxBuffer limits, and the errors execSync throws.
const assert = require('assert');
const cp = require('child_process');

const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);
assert(r.pid > 0);
assert.strictEqual(r.output[0], null);
assert.strictEqual(r.stdout.toString(), 'out\n');
assert.strictEqual(r.stderr.toString(), 'err\n');
assert(Buffer.isBuffer(r.stdout));

const missing = cp.spawnSync('kiln-test-no-such-program', ['a']);
assert.strictEqual(missing.status, null);
assert.strictEqual(missing.pid, 0);
assert.strictEqual(missing.output, null);
assert.strictEqual(missing.error.code, 'ENOENT');
assert.strictEqual(missing.error.errno, -2);
assert.strictEqual(missing.error.syscall, 'spawnSync kiln-test-no-such-program');
assert.strictEqual(missing.error.path, 'kiln-test-no-such-program');
assert.deepStrictEqual(missing.error.spawnargs, ['a']);
assert.strictEqual(missing.error.message, 'spawnSync kiln-test-no-such-program ENOENT');

const timed = cp.spawnSync('sleep', ['5'], { timeout: 50 });
assert.strictEqual(timed.error.code, 'ETIMEDOUT');
assert.strictEqual(timed.signal, 'SIGTERM');
assert.strictEqual(timed.status, null);

const big = cp.spawnSync('sh', ['-c', 'yes | head -c 2000000'], { maxBuffer: 1000 });
assert.strictEqual(big.error.code, 'ENOBUFS');
assert.strictEqual(big.signal, 'SIGTERM');

assert.strictEqual(cp.spawnSync('cat', { input: 'hi', encoding: 'utf8' }).stdout, 'hi');
assert.strictEqual(cp.spawnSync('cat', { input: new Uint8Array([104, 105]) }).stdout.toString(), 'hi');
assert.strictEqual(cp.spawnSync('sh', ['-c', 'echo $KILN_T'], { env: { KILN_T: 'v' }, encoding: 'utf8' }).stdout, 'v\n');
assert.strictEqual(cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout, '/\n');
assert.strictEqual(cp.spawnSync('echo $0', { shell: true, encoding: 'utf8' }).stdout, '/bin/sh\n');
assert.strictEqual(cp.spawnSync('sh', ['-c', 'kill -9 $$']).signal, 'SIGKILL');

assert.strictEqual(cp.execSync('echo $FOO', { env: { FOO: 'bar' } }).toString(), 'bar\n');
assert.strictEqual(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.throws(() => cp.execSync('echo oops >&2; exit 2', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo oops >&2; exit 2\noops\n');
  assert.strictEqual(err.status, 2);
  assert.strictEqual(err.stderr.toString(), 'oops\n');
  return true;
});
assert.throws(() => cp.spawnSync(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawnSync('x', { killSignal: 'SIGNOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });
