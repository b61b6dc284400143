'use strict';
// profile, profileEnd, timeStamp, context and createTask exist on the
// global console only; without an inspector they print nothing.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const s = new EventEmitter();
s.write = () => true;
const instance = new Console(s);
for (const name of ['profile', 'profileEnd', 'timeStamp', 'context', 'createTask', 'Console']) {
  assert.strictEqual(typeof console[name], 'function', name);
  assert.strictEqual(instance[name], undefined, name);
  assert.strictEqual(console[name].name, name);
}
assert.strictEqual(console.profile.length, 0);
assert.strictEqual(console.profileEnd.length, 0);
assert.strictEqual(console.timeStamp.length, 0);
assert.strictEqual(console.context.length, 1);
assert.strictEqual(console.createTask.length, 0);

// No output: point the console at a stream that must not be written to.
const silent = new EventEmitter();
silent.write = () => assert.fail('wrote');
const saved = console._stdout;
console._stdout = silent;
try {
  assert.strictEqual(console.profile('p'), undefined);
  assert.strictEqual(console.profileEnd('p'), undefined);
  assert.strictEqual(console.timeStamp('t'), undefined);
  assert.strictEqual(console.profile(), undefined);

  // context(): a console-shaped object whose methods only the inspector hears.
  const ctx = console.context('name');
  assert.deepStrictEqual(Object.keys(ctx), [
    'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
    'profileEnd', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group',
    'groupCollapsed', 'assert', 'time', 'timeLog', 'timeEnd', 'timeStamp',
  ]);
  for (const key of Object.keys(ctx)) {
    assert.strictEqual(ctx[key].name, key);
    assert.strictEqual(ctx[key].length, 1);
    assert.strictEqual(ctx[key]('x'), undefined);
  }
  assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(ctx)), Object.prototype);
  assert.notStrictEqual(console.context(), console.context());
  assert.strictEqual(typeof console.context(5).log, 'function');
} finally {
  console._stdout = saved;
}

// createTask(name).run(fn): fn's result, called with no arguments.
{
  const task = console.createTask('work');
  assert.deepStrictEqual(Object.keys(task), ['run']);
  assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(task)), null);
  assert.strictEqual(task.run, console.createTask('other').run);
  assert.strictEqual(task.run.name, 'run');
  let argc = -1;
  assert.strictEqual(task.run(function() { argc = arguments.length; return 42; }, 1, 2), 42);
  assert.strictEqual(argc, 0);
  assert.strictEqual(task.run(() => 'again'), 'again');
  assert.throws(() => task.run(), { name: 'Error', message: 'First argument must be a function.' });
  assert.throws(() => task.run(5), { name: 'Error', message: 'First argument must be a function.' });
  assert.throws(() => task.run(() => { throw new RangeError('inner'); }), RangeError);
}
for (const bad of [undefined, '', 5, {}, null]) {
  assert.throws(() => console.createTask(bad),
                { name: 'Error', message: 'First argument must be a non-empty string.' });
}
