'use strict';
// spawn's options: cwd (string and file URL), env (with inherited keys),
// argv0, shell (true and a path), signal (AbortSignal), timeout with
// killSignal, ref/unref, and [Symbol.dispose].
const assert = require('assert');
const cp = require('child_process');
const os = require('os');
const { pathToFileURL } = require('url');

function collect(child, cb) {
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', (code, signal) => cb(out, code, signal));
}

const tmp = require('fs').realpathSync(os.tmpdir());
collect(cp.spawn('pwd', { cwd: tmp }), (out, code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, `${tmp}\n`);
});
collect(cp.spawn('pwd', { cwd: pathToFileURL(tmp) }), (out) => assert.strictEqual(out, `${tmp}\n`));

const env = Object.create({ INHERITED: 'yes' });
env.KILN_A = 'a';
env.KILN_U = undefined;
env.KILN_N = null;
collect(cp.spawn('env', { env }), (out) => {
  const lines = out.trim().split('\n').sort();
  assert.deepStrictEqual(lines, ['INHERITED=yes', 'KILN_A=a', 'KILN_N=null']);
});

collect(cp.spawn('sh', ['-c', 'echo $0'], { argv0: 'custom-name' }), (out) => {
  assert.strictEqual(out, 'custom-name\n');
});

collect(cp.spawn('echo $((6 * 7))', { shell: true }), (out) => assert.strictEqual(out, '42\n'));
const sh = cp.spawn('echo "$0"', { shell: '/bin/sh' });
assert.strictEqual(sh.spawnfile, '/bin/sh');
assert.deepStrictEqual(sh.spawnargs, ['/bin/sh', '-c', 'echo "$0"']);
collect(sh, (out) => assert.strictEqual(out, '/bin/sh\n'));

{
  // An abort kills the child with killSignal and emits an AbortError.
  const ac = new AbortController();
  const child = cp.spawn('sleep', ['10'], { signal: ac.signal, killSignal: 'SIGKILL' });
  const events = [];
  child.on('error', (err) => {
    events.push('error');
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'why');
  });
  child.on('exit', (code, signal) => {
    events.push('exit');
    assert.strictEqual(signal, 'SIGKILL');
  });
  child.on('close', () => assert.deepStrictEqual(events, ['error', 'exit']));
  child.on('spawn', () => ac.abort('why'));
}

{
  // Already aborted: killed on the next tick.
  const child = cp.spawn('sleep', ['10'], { signal: AbortSignal.abort() });
  let errored = false;
  child.on('error', (err) => {
    errored = true;
    assert.strictEqual(err.name, 'AbortError');
  });
  child.on('exit', (code, signal) => {
    assert(errored);
    assert.strictEqual(signal, 'SIGTERM');
  });
}

{
  const child = cp.spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGINT' });
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGINT');
    assert.strictEqual(child.killed, true);
  });
}

{
  // An unref'd child does not keep the process alive; dispose kills.
  const lingering = cp.spawn('sleep', ['30'], { stdio: 'ignore', detached: true });
  lingering.unref();
  lingering.ref();
  lingering.unref();
  process.on('exit', () => {
    assert.strictEqual(lingering.exitCode, null);
    process.kill(lingering.pid, 'SIGKILL');
  });

  const disposed = cp.spawn('sleep', ['10']);
  disposed[Symbol.dispose]();
  assert.strictEqual(disposed.killed, true);
  disposed.on('exit', (code, signal) => assert.strictEqual(signal, 'SIGTERM'));
}
