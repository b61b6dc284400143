'use strict';
// events.setMaxListeners / getMaxListeners on EventTargets, and the one
// MaxListenersExceededWarning per target when a type gets more listeners.
const assert = require('assert');
const common = require('../common');
const events = require('events');

assert.strictEqual(events.getMaxListeners(new EventTarget()), events.defaultMaxListeners);
// An AbortSignal takes any number of listeners.
assert.strictEqual(events.getMaxListeners(new AbortController().signal), 0);

const et = new EventTarget();
events.setMaxListeners(2, et);
assert.strictEqual(events.getMaxListeners(et), 2);

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message, 'Possible EventTarget memory leak detected. 3 foo listeners added to ' +
    'EventTarget. MaxListeners is 2. Use events.setMaxListeners() to increase limit');
  assert.strictEqual(w.target, et);
  assert.strictEqual(w.type, 'foo');
  assert.strictEqual(w.count, 3);
}));
// Capture and non-capture registrations count together; duplicates do not.
const f = () => {};
et.addEventListener('foo', f);
et.addEventListener('foo', f);
et.addEventListener('foo', f, true);
et.addEventListener('foo', () => {});
// Once per target.
et.addEventListener('foo', () => {});
et.addEventListener('bar', () => {});
et.addEventListener('bar', () => {});
et.addEventListener('bar', () => {});

// 0 means no limit.
const unlimited = new EventTarget();
events.setMaxListeners(0, unlimited);
for (let i = 0; i < 20; i++) unlimited.addEventListener('x', () => {});

// Several targets at once, emitters included.
const ee = new events.EventEmitter();
const et2 = new EventTarget();
events.setMaxListeners(4, ee, et2);
assert.strictEqual(ee.getMaxListeners(), 4);
assert.strictEqual(events.getMaxListeners(et2), 4);
assert.strictEqual(events.getMaxListeners(ee), 4);

assert.throws(() => events.setMaxListeners(1, {}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
    'Received an instance of Object',
});
assert.throws(() => events.setMaxListeners(-1, et), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => events.setMaxListeners('a'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => events.getMaxListeners({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
    'Received an instance of Object',
});

// With no targets, the default changes, for EventTargets made afterwards.
const before = new EventTarget();
const saved = events.defaultMaxListeners;
events.setMaxListeners(3);
assert.strictEqual(events.defaultMaxListeners, 3);
assert.strictEqual(events.getMaxListeners(new EventTarget()), 3);
assert.strictEqual(events.getMaxListeners(before), saved);
events.setMaxListeners(saved);
