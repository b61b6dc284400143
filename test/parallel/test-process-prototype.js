'use strict';
// process is an EventEmitter through a prototype of its own named
// 'process', whose prototype is EventEmitter.prototype; Node's 'warning'
// listener is there from the start. Methods, listeners and events work
// whether or not node:events was loaded first.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

// A program that never loads node:events itself.
assert.strictEqual(run(`
  process.on('exit', (c) => console.log('exit', c));
  process.once('beforeExit', () => console.log('beforeExit'));
  console.log(process.listenerCount('warning'), typeof process.emit);
`), '1 function\nbeforeExit\nexit 0\n');
assert.strictEqual(run(`
  const p = Object.getPrototypeOf(process);
  console.log(p.constructor.name, Object.getOwnPropertyNames(p).includes('constructor'));
  process.exitCode = 3; process.on('exit', (c) => { console.log('code', c); process.exitCode = 0; });
`), 'process true\ncode 3\n');
assert.strictEqual(run(`
  process.prependListener('foo', () => console.log('b'));
  process.prependListener('foo', () => console.log('a'));
  console.log(process.emit('foo'), process.emit('bar'), process.eventNames().includes('foo'), process.listenerCount('foo'));
`), 'a\nb\ntrue false true 2\n');

const EventEmitter = require('events');
const proto = Object.getPrototypeOf(process);
assert.notStrictEqual(proto, EventEmitter.prototype);
assert.strictEqual(Object.getPrototypeOf(proto), EventEmitter.prototype);
assert.strictEqual(proto.constructor.name, 'process');
assert.deepStrictEqual(Object.getOwnPropertyNames(proto), ['constructor']);
assert.ok(process instanceof EventEmitter);
assert.strictEqual(process.on, EventEmitter.prototype.on);
assert.strictEqual(process.listeners('warning').length, 1);
assert.strictEqual(process.listeners('warning')[0].name, 'onWarning');
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
