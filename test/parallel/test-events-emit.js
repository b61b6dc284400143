'use strict';
// emit(): listeners run in order, with the emitter as `this` and exactly
// the arguments given; the return value says whether anyone listened; a
// listener added or removed during an emit takes effect from the next one.
const assert = require('assert');
const common = require('../common');
const EventEmitter = require('events');

{
  const e = new EventEmitter();
  assert.strictEqual(e.emit('none'), false);
  for (const args of [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5]]) {
    const name = `n${args.length}`;
    e.on(name, common.mustCall(function(...got) {
      assert.strictEqual(this, e);
      assert.strictEqual(arguments.length, args.length);
      assert.deepStrictEqual(got, args);
    }, 3));
    // One listener, then three.
    assert.strictEqual(e.emit(name, ...args), true);
    e.on(name, function() { assert.strictEqual(arguments.length, args.length); });
    e.on(name, function() { assert.strictEqual(arguments.length, args.length); });
    assert.strictEqual(e.emit(name, ...args), true);
    assert.strictEqual(e.emit(name, ...args), true);
  }
}

{
  // Order, prepend.
  const e = new EventEmitter();
  const order = [];
  e.on('x', () => order.push('b'));
  e.on('x', () => order.push('c'));
  e.prependListener('x', () => order.push('a'));
  e.prependOnceListener('x', () => order.push('first'));
  e.emit('x');
  e.emit('x');
  assert.deepStrictEqual(order, ['first', 'a', 'b', 'c', 'a', 'b', 'c']);
}

{
  // Snapshot: a listener removed during emit still runs this time; one
  // added does not.
  const e = new EventEmitter();
  const calls = [];
  const b = () => calls.push('b');
  e.on('x', () => {
    calls.push('a');
    e.removeListener('x', b);
    e.on('x', () => calls.push('late'));
  });
  e.on('x', b);
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b']);
  calls.length = 0;
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'late']);
}

{
  // once: runs once, with `this` the emitter, then is gone.
  const e = new EventEmitter();
  const fn = common.mustCall(function(a, b) {
    assert.strictEqual(this, e);
    assert.strictEqual(a, 1);
    assert.strictEqual(b, 2);
    // A recursive emit from inside does not call it again.
    e.emit('x', 1, 2);
  });
  e.once('x', fn);
  assert.strictEqual(e.listenerCount('x'), 1);
  assert.strictEqual(e.listeners('x')[0], fn);
  assert.notStrictEqual(e.rawListeners('x')[0], fn);
  assert.strictEqual(e.rawListeners('x')[0].listener, fn);
  e.emit('x', 1, 2);
  e.emit('x', 1, 2);
  assert.strictEqual(e.listenerCount('x'), 0);
  // A raw once wrapper called directly also removes itself.
  const g = common.mustCall();
  e.once('y', g);
  const raw = e.rawListeners('y')[0];
  raw();
  raw();
  assert.strictEqual(e.listenerCount('y'), 0);
}

{
  // Symbols are event names too; on and off are aliases.
  const e = new EventEmitter();
  const s = Symbol('s');
  assert.strictEqual(e.on, e.addListener);
  assert.strictEqual(e.off, e.removeListener);
  const fn = common.mustCall();
  e.on(s, fn);
  assert.deepStrictEqual(e.eventNames(), [s]);
  e.emit(s);
  e.off(s, fn);
  assert.deepStrictEqual(e.eventNames(), []);
}

{
  // Chaining, and the listener check.
  const e = new EventEmitter();
  const f = () => {};
  for (const m of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off',
    'removeListener']) {
    assert.strictEqual(e[m]('x', f), e);
    assert.throws(() => e[m]('x', 1), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "listener" argument must be of type function. Received type number (1)',
    });
  }
  assert.strictEqual(e.removeAllListeners(), e);
  assert.strictEqual(e.setMaxListeners(3), e);
}

{
  // The inherits() pattern and a subclass both work.
  function Old() { EventEmitter.call(this); }
  Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
  const o = new Old();
  o.on('a', common.mustCall());
  o.emit('a');
  class Sub extends EventEmitter {}
  const s = new Sub();
  s.on('a', common.mustCall());
  s.emit('a');
  // An emitter made with Object.create has no table until it is used.
  const c = Object.create(EventEmitter.prototype);
  assert.strictEqual(c.emit('x'), false);
  c.on('x', common.mustCall());
  c.emit('x');
}
