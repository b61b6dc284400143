'use strict';
// Signal events: a listener for a signal's name receives (name, number)
// when the process gets it, instead of the default action; the watcher
// does not keep the process alive; removing the last listener restores the
// default action.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code) {
  return spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
}

let r = run(`
  process.on('SIGUSR2', (name, num) => {
    console.log('got', name, num === require('os').constants.signals.SIGUSR2);
    process.removeAllListeners('SIGUSR2');
  });
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => console.log('after'), 50);`);
assert.strictEqual(r.stdout, 'got SIGUSR2 true\nafter\n');
assert.strictEqual(r.status, 0);

// Listening alone does not keep the loop running.
r = run("process.on('SIGINT', () => {}); console.log('listening');");
assert.strictEqual(r.stdout, 'listening\n');
assert.strictEqual(r.status, 0);

// A handler replaces the default action (termination).
r = run(`
  process.on('SIGTERM', () => { console.log('caught'); process.exit(3); });
  setTimeout(() => {}, 10000);
  process.kill(process.pid, 'SIGTERM');`);
assert.strictEqual(r.stdout, 'caught\n');
assert.strictEqual(r.status, 3);

// After the last listener is removed the default action is back.
r = run(`
  const h = () => console.log('not here');
  process.on('SIGTERM', h);
  process.off('SIGTERM', h);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => console.log('survived'), 1000);`);
assert.strictEqual(r.signal, 'SIGTERM');
assert.strictEqual(r.stdout, '');

// The internal listeners are there, as in Node.
assert.ok(process.listeners('newListener').some((f) => f.name === 'startListeningIfSignal'));
assert.ok(process.listeners('removeListener').some((f) => f.name === 'stopListeningIfSignal'));
