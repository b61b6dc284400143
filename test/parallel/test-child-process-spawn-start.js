'use strict';
// How spawn starts a child: the file found in the child's PATH, cwd,
// argv0, a new session for detached children, default signal dispositions,
// stdio wiring (swapped descriptors, a socket reused as another child's
// stdin), and the errors of a start that cannot happen.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spawn-start-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function run(file, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => { out += d; });
    child.stderr?.on('data', (d) => { err += d; });
    child.on('error', (e) => resolve({ error: e }));
    child.on('close', (code, signal) => resolve({ code, signal, out, err, pid: child.pid }));
  });
}

(async () => {
  // The file is looked up in the PATH of the child's environment.
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'kiln-probe'), '#!/bin/sh\necho "probe $1 $(pwd)"\n', { mode: 0o755 });
  fs.writeFileSync(path.join(bin, 'not-executable'), '#!/bin/sh\necho no\n', { mode: 0o644 });
  let r = await run('kiln-probe', ['one'], { env: { PATH: `/nonexistent:${bin}` }, cwd: dir });
  assert.deepStrictEqual([r.code, r.out], [0, `probe one ${fs.realpathSync(dir)}\n`]);
  r = await run('kiln-probe', [], { env: { PATH: '/usr/bin:/bin' } });
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.syscall, 'spawn kiln-probe');
  assert.strictEqual(r.error.path, 'kiln-probe');
  assert.deepStrictEqual(r.error.spawnargs, []);
  r = await run(path.join(bin, 'not-executable'), []);
  assert.strictEqual(r.error.code, 'EACCES');

  // A missing cwd is the spawn's ENOENT.
  r = await run('/bin/sh', ['-c', 'true'], { cwd: path.join(dir, 'missing') });
  assert.strictEqual(r.error.code, 'ENOENT');

  // argv0, exit codes and signals.
  r = await run('/bin/sh', ['-c', 'echo "$0"; exit 7'], { argv0: 'renamed' });
  assert.deepStrictEqual([r.code, r.signal, r.out], [7, null, 'renamed\n']);
  r = await run('/bin/sh', ['-c', 'kill -TERM $$']);
  assert.deepStrictEqual([r.code, r.signal], [null, 'SIGTERM']);

  // A detached child leads a new session; an attached one shares ours.
  const sid = (pid) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[3];
  r = await run('/bin/sh', ['-c', 'cut -d" " -f6 /proc/$$/stat'], { detached: true });
  assert.strictEqual(r.out.trim(), String(r.pid));
  r = await run('/bin/sh', ['-c', 'cut -d" " -f6 /proc/$$/stat']);
  assert.strictEqual(r.out.trim(), sid(process.pid));

  // Signals the parent handles are back to their defaults in the child, and
  // none is blocked.
  process.on('SIGUSR2', () => {});
  r = await run('/bin/sh', ['-c', 'exec grep -E "^Sig(Blk|Cgt)" /proc/self/status']);
  assert.match(r.out, /^SigBlk:\s+0+$/m);
  process.removeAllListeners('SIGUSR2');

  // Descriptors given in any order land where asked.
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  const fa = fs.openSync(a, 'w');
  const fb = fs.openSync(b, 'w');
  r = await run('/bin/sh', ['-c', 'echo to-out; echo to-err >&2'], { stdio: ['ignore', fb, fa] });
  fs.closeSync(fa);
  fs.closeSync(fb);
  assert.strictEqual(r.code, 0);
  assert.strictEqual(fs.readFileSync(a, 'utf8'), 'to-err\n');
  assert.strictEqual(fs.readFileSync(b, 'utf8'), 'to-out\n');

  // One child's stdout socket as another's stdin: the reader blocks on it
  // as a normal descriptor.
  const p1 = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
  const p2 = spawn('head', ['-n1'], { stdio: [p1.stdout, 'pipe', 'inherit'] });
  p1.stdin.write('first line\n');
  let got = '';
  p2.stdout.on('data', (d) => { got += d; });
  const [code] = await new Promise((resolve) => p2.on('close', (...args) => resolve(args)));
  assert.deepStrictEqual([code, got], [0, 'first line\n']);
  // Ours again once resumed.
  let rest = '';
  p1.stdout.on('data', (d) => { rest += d; });
  p1.stdout.resume();
  p1.stdin.end('second line\n');
  await new Promise((resolve) => p1.on('close', resolve));
  assert.strictEqual(rest, 'second line\n');
})().then(() => { process.exitCode = process.exitCode ?? 0; }, (err) => { throw err; });
