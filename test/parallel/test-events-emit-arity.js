'use strict';
// emit() passes exactly the arguments it got (0 to many) to one listener or
// several, with the emitter as `this`, whatever the path it takes: a
// listener whose `call` was replaced, more than three arguments, a
// listener array changed during the emit, 'error' with a monitor.
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.prototype.emit.length, 1);

const e = new EventEmitter();
const seen = [];
function record(...args) {
  seen.push([this === e, args.length, ...args]);
}
e.on('x', record);
for (let n = 0; n <= 6; n++) {
  const args = Array.from({ length: n }, (_, i) => i);
  assert.strictEqual(e.emit('x', ...args), true);
  assert.deepStrictEqual(seen.pop(), [true, n, ...args]);
}
e.emit('x', undefined);
assert.deepStrictEqual(seen.pop(), [true, 1, undefined]);

// Several listeners: each gets the same arguments; one added during the
// emit runs from the next emit on.
const late = (...args) => seen.push(['late', ...args]);
e.prependListener('x', function first(a, b) {
  seen.push(['first', a, b, arguments.length]);
  if (!e.listeners('x').includes(late)) e.on('x', late);
});
e.emit('x', 'a', 'b');
assert.deepStrictEqual(seen.splice(0), [['first', 'a', 'b', 2], [true, 2, 'a', 'b']]);
e.emit('x', 1, 2, 3, 4, 5);
assert.deepStrictEqual(seen.splice(0), [['first', 1, 2, 5], [true, 5, 1, 2, 3, 4, 5], ['late', 1, 2, 3, 4, 5]]);

// A listener with its own `call` is still called as a function, with
// emit's arguments (the replaced `call` is not used).
const odd = function(a) { seen.push(['odd', a, arguments.length]); };
odd.call = () => assert.fail('the replaced call ran');
const f = new EventEmitter();
f.on('y', odd);
f.emit('y', 7);
f.on('y', odd);
f.emit('y', 8, 9);
assert.deepStrictEqual(seen.splice(0), [['odd', 7, 1], ['odd', 8, 2], ['odd', 8, 2]]);

// No listener, no table, 'error' with only a monitor.
assert.strictEqual(new EventEmitter().emit('nothing', 1), false);
const g = new EventEmitter();
const monitored = [];
g.on(EventEmitter.errorMonitor, (err, extra) => monitored.push(err.message, extra));
assert.throws(() => g.emit('error', new Error('boom'), 'extra'), /^Error: boom$/);
assert.deepStrictEqual(monitored, ['boom', 'extra']);
g.on('error', (err, extra) => monitored.push('handled', extra));
assert.strictEqual(g.emit('error', new Error('again'), 2), true);
assert.deepStrictEqual(monitored.slice(2), ['again', 2, 'handled', 2]);
