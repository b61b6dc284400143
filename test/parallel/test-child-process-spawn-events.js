'use strict';
// child_process.spawn: 'spawn', output, 'exit' and 'close' in order, with
// the child's code; the ChildProcess's fields before and after.
const assert = require('assert');
const cp = require('child_process');

const events = [];
const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
assert(Number.isInteger(child.pid) && child.pid > 0);
assert.strictEqual(child.spawnfile, 'sh');
assert.deepStrictEqual(child.spawnargs, ['sh', '-c', 'echo out; echo err >&2; exit 3']);
assert.strictEqual(child.exitCode, null);
assert.strictEqual(child.signalCode, null);
assert.strictEqual(child.killed, false);
assert.strictEqual(child.connected, false);
assert(child instanceof cp.ChildProcess);
assert(child instanceof require('events'));
assert.strictEqual(child.stdio.length, 3);
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);
assert(child.stdout instanceof require('net').Socket);

let out = '';
let err = '';
child.on('spawn', () => events.push('spawn'));
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('close', () => events.push('stdout close'));
child.on('exit', (code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 3);
});
child.on('close', (code, signal) => {
  events.push('close');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'out\n');
  assert.strictEqual(err, 'err\n');
  assert.strictEqual(events[0], 'spawn');
  assert.strictEqual(events.at(-1), 'close');
  assert(events.includes('exit'));
});

// A child's own exit code 0 and an empty output; 'spawn' comes on a later
// tick, never inside spawn().
let spawned = false;
const ok = cp.spawn(process.execPath, ['-e', '']);
ok.on('spawn', () => { spawned = true; });
assert.strictEqual(spawned, false);
ok.on('close', (code, signal) => {
  assert.strictEqual(spawned, true);
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
});

// Killed by a signal: exit (null, 'SIGTERM'), killed true.
const sleeper = cp.spawn('sleep', ['10']);
sleeper.on('spawn', () => {
  assert.strictEqual(sleeper.kill(), true);
  assert.strictEqual(sleeper.killed, true);
});
sleeper.on('exit', (code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(sleeper.signalCode, 'SIGTERM');
  assert.strictEqual(sleeper.exitCode, null);
});

// kill with a number and a name; an unknown one throws.
const k2 = cp.spawn('sleep', ['10']);
assert.throws(() => k2.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
assert.throws(() => k2.kill(12345), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.strictEqual(k2.kill(9), true);
k2.on('exit', (code, signal) => assert.strictEqual(signal, 'SIGKILL'));
const k3 = cp.spawn('sleep', ['10']);
assert.strictEqual(k3.kill('sigint'), true);
k3.on('exit', (code, signal) => assert.strictEqual(signal, 'SIGINT'));

// The child's own signal death.
cp.spawn('sh', ['-c', 'kill -USR2 $$']).on('exit', (code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGUSR2');
});

process.on('exit', () => {
  assert(events.includes('stdout close'));
  assert.deepStrictEqual(events.filter((e) => e !== 'stdout close'), ['spawn', 'exit', 'close']);
});
