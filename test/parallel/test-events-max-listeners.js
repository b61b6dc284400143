'use strict';
// The listener limit: its validation, and the MaxListenersExceededWarning
// emitted once per event name when the limit is passed.
const assert = require('assert');
const common = require('../common');
const events = require('events');
const { EventEmitter } = events;

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
const e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
assert.strictEqual(events.getMaxListeners(e), 10);

for (const bad of [-1, NaN]) {
  assert.throws(() => e.setMaxListeners(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "setMaxListeners" is out of range. It must be >= 0. Received ${bad}`,
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = bad; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "defaultMaxListeners" is out of range. It must be >= 0. Received ${bad}`,
  });
  assert.throws(() => events.setMaxListeners(bad), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => e.setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => events.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
    'Received an instance of Object',
});
assert.throws(() => events.getMaxListeners({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
    'Received an instance of Object',
});
assert.throws(() => events.getMaxListeners(null), { code: 'ERR_INVALID_ARG_TYPE' });

// events.setMaxListeners() on emitters and EventTargets alike.
{
  const a = new EventEmitter();
  const t = new EventTarget();
  events.setMaxListeners(3, a, t);
  assert.strictEqual(a.getMaxListeners(), 3);
  assert.strictEqual(events.getMaxListeners(t), 3);
  // getMaxListeners reads the property, not an overridden method.
  a.getMaxListeners = () => 99;
  assert.strictEqual(events.getMaxListeners(a), 3);
}

// The warning, once per name, with Node's text.
class Foo extends EventEmitter {}
const foo = new Foo();
foo.setMaxListeners(1);
const sym = Symbol('zz');
const expected = [
  ['a', 2, 'Possible EventEmitter memory leak detected. 2 a listeners added to [Foo]. ' +
    'MaxListeners is 1. Use emitter.setMaxListeners() to increase limit'],
  [sym, 2, 'Possible EventEmitter memory leak detected. 2 Symbol(zz) listeners added to [Foo]. ' +
    'MaxListeners is 1. Use emitter.setMaxListeners() to increase limit'],
];
process.on('warning', common.mustCall((w) => {
  const [type, count, message] = expected.shift();
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message, message);
  assert.strictEqual(w.emitter, foo);
  assert.strictEqual(w.type, type);
  assert.strictEqual(w.count, count);
  assert.ok(w instanceof Error);
}, 2));
foo.on('a', () => {});
foo.on('a', () => {});
foo.on('a', () => {}); // no second warning for 'a'
foo.on(sym, () => {});
foo.prependListener(sym, () => {});
// A limit of 0 means no limit.
const unlimited = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
// The default applies to emitters that did not set their own.
EventEmitter.defaultMaxListeners = 50;
assert.strictEqual(new EventEmitter().getMaxListeners(), 50);
events.setMaxListeners();
assert.strictEqual(EventEmitter.defaultMaxListeners, 50);
events.setMaxListeners(10);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
