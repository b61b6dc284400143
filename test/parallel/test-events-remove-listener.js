'use strict';
// removeListener, removeAllListeners, and the 'newListener' and
// 'removeListener' events around them.
const assert = require('assert');
const common = require('../common');
const EventEmitter = require('events');

{
  // 'newListener' fires before the listener is added, with the original
  // function for a once listener.
  const e = new EventEmitter();
  const fn = () => {};
  const seen = [];
  e.on('newListener', (type, listener) => {
    seen.push([type, listener, e.listenerCount(type)]);
  });
  e.on('a', fn);
  e.once('a', fn);
  assert.deepStrictEqual(seen, [['a', fn, 0], ['a', fn, 1]]);
}

{
  // removeListener removes the last matching registration; 'removeListener'
  // hears the function removed (the original for a once listener).
  const e = new EventEmitter();
  const a = () => {};
  const b = () => {};
  const log = [];
  e.on('removeListener', (type, fn) => log.push([type, fn]));
  e.on('x', a);
  e.on('x', b);
  e.on('x', a);
  e.removeListener('x', a);
  assert.deepStrictEqual(e.listeners('x'), [a, b]);
  e.removeListener('x', a);
  assert.deepStrictEqual(e.listeners('x'), [b]);
  // Back to a single function in the table.
  assert.strictEqual(e._events.x, b);
  e.once('y', a);
  e.removeListener('y', a);
  e.removeListener('nothing', a);
  e.removeListener('x', a);
  assert.deepStrictEqual(log, [['x', a], ['x', a], ['y', a]]);
}

{
  // removeAllListeners(type) removes the newest first; with no argument,
  // 'removeListener' listeners go last, so they hear every other removal
  // (but not their own: the table is empty by then).
  const e = new EventEmitter();
  const a = () => {};
  const b = () => {};
  const log = [];
  const rl = (type, fn) => log.push([type, fn === a ? 'a' : fn === b ? 'b' : 'rl']);
  e.on('x', a);
  e.on('x', b);
  e.on('y', a);
  e.on('removeListener', rl);
  e.removeAllListeners('x');
  assert.deepStrictEqual(log, [['x', 'b'], ['x', 'a']]);
  log.length = 0;
  e.removeAllListeners();
  assert.deepStrictEqual(log, [['y', 'a']]);
  assert.deepStrictEqual(e.eventNames(), []);
  assert.strictEqual(e._eventsCount, 0);
}

{
  // Without 'removeListener' listeners, no events; a type nobody listens
  // to is fine; removeAllListeners(undefined) is the type 'undefined'.
  const e = new EventEmitter();
  e.on('x', () => {});
  e.on('undefined', () => {});
  e.removeAllListeners('nothing');
  e.removeAllListeners(undefined);
  assert.deepStrictEqual(e.eventNames(), ['x']);
  e.removeAllListeners();
  assert.deepStrictEqual(e.eventNames(), []);
}

{
  // Removing inside an emit does not stop the listeners already snapshotted.
  const e = new EventEmitter();
  e.on('x', common.mustCall(() => e.removeAllListeners('x')));
  e.on('x', common.mustCall());
  e.emit('x');
  assert.strictEqual(e.emit('x'), false);
}

{
  // The 'removeListener' listener itself can be removed.
  const e = new EventEmitter();
  const rl = common.mustNotCall();
  e.on('removeListener', rl);
  e.removeListener('removeListener', rl);
  e.on('x', () => {});
  e.removeAllListeners('x');
}
