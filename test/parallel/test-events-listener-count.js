'use strict';
// listenerCount(type[, listener]) and the static events.listenerCount(),
// which also counts an EventTarget's listeners.
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

const e = new EventEmitter();
const a = () => {};
const b = () => {};
assert.strictEqual(e.listenerCount('x'), 0);
e.on('x', a);
assert.strictEqual(e.listenerCount('x'), 1);
assert.strictEqual(e.listenerCount('x', a), 1);
assert.strictEqual(e.listenerCount('x', b), 0);
e.once('x', b);
e.on('x', a);
assert.strictEqual(e.listenerCount('x'), 3);
assert.strictEqual(e.listenerCount('x', a), 2);
// A once listener is found through its wrapper.
assert.strictEqual(e.listenerCount('x', b), 1);
assert.strictEqual(e.listenerCount('x', null), 3);
assert.strictEqual(e.listenerCount('y', a), 0);

assert.strictEqual(events.listenerCount.name, 'listenerCount');
assert.strictEqual(events.listenerCount.length, 2);
assert.strictEqual(events.listenerCount(e, 'x'), 3);
assert.strictEqual(EventEmitter.listenerCount, events.listenerCount);
// An object's own listenerCount is used.
assert.strictEqual(events.listenerCount({ listenerCount: (t) => `${t}!` }, 'q'), 'q!');
const et = new EventTarget();
assert.strictEqual(events.listenerCount(et, 'x'), 0);
et.addEventListener('x', a);
et.addEventListener('x', b);
assert.strictEqual(events.listenerCount(et, 'x'), 2);
assert.throws(() => events.listenerCount({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object',
});
assert.throws(() => events.listenerCount(null, 'x'), TypeError);

// listeners() unwraps, rawListeners() does not; both are copies.
const raw = e.rawListeners('x');
assert.strictEqual(raw.length, 3);
assert.strictEqual(raw[1].listener, b);
assert.deepStrictEqual(e.listeners('x'), [a, b, a]);
e.listeners('x').length = 0;
assert.strictEqual(e.listenerCount('x'), 3);
assert.deepStrictEqual(events.getEventListeners(e, 'x'), [a, b, a]);
assert.deepStrictEqual(events.getEventListeners(et, 'x'), [a, b]);
assert.throws(() => events.getEventListeners({}, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
