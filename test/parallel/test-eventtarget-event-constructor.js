'use strict';
// new Event(type, options): the type is converted to a string, the options
// are read as booleans (bubbles, cancelable, composed, in that order), and
// the phase constants are static, read-only properties.
const assert = require('assert');

const e = new Event('foo');
assert.strictEqual(e.type, 'foo');
assert.strictEqual(e.bubbles, false);
assert.strictEqual(e.cancelable, false);
assert.strictEqual(e.composed, false);
assert.strictEqual(e.defaultPrevented, false);
assert.strictEqual(e.returnValue, true);
assert.strictEqual(e.cancelBubble, false);
assert.strictEqual(e.eventPhase, Event.NONE);
assert.strictEqual(e.isTrusted, false);
assert.strictEqual(e.target, null);
assert.strictEqual(e.currentTarget, null);
assert.strictEqual(e.srcElement, null);
assert.deepStrictEqual(e.composedPath(), []);
assert.strictEqual(typeof e.timeStamp, 'number');
assert(e.timeStamp >= 0);
assert(new Event('later').timeStamp >= e.timeStamp);

assert.strictEqual(new Event(1).type, '1');
assert.strictEqual(new Event(null).type, 'null');
assert.strictEqual(new Event(undefined).type, 'undefined');
assert.throws(() => new Event(Symbol('x')), TypeError);

const reads = [];
const opts = {
  get bubbles() { reads.push('bubbles'); return 1; },
  get cancelable() { reads.push('cancelable'); return 'y'; },
  get composed() { reads.push('composed'); return {}; },
};
const f = new Event('x', opts);
assert.deepStrictEqual(reads, ['bubbles', 'cancelable', 'composed']);
assert.strictEqual(f.bubbles, true);
assert.strictEqual(f.cancelable, true);
assert.strictEqual(f.composed, true);
assert.strictEqual(new Event('x', null).bubbles, false);
assert.strictEqual(new Event('x', undefined).cancelable, false);

assert.throws(() => new Event(), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
for (const bad of [1, 'str', true, [], () => {}]) {
  assert.throws(() => new Event('x', bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => Event('x'), TypeError);

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, name),
                         { value, writable: false, enumerable: true, configurable: false });
  assert.strictEqual(e[name], undefined);
}

assert.strictEqual(Object.prototype.toString.call(e), '[object Event]');
assert.strictEqual(Event.length, 1);
// The attributes are enumerable accessors on the prototype; isTrusted
// cannot be reconfigured.
for (const name of ['type', 'bubbles', 'cancelable', 'composed', 'target', 'currentTarget',
  'srcElement', 'defaultPrevented', 'timeStamp', 'eventPhase']) {
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, name);
  assert.strictEqual(typeof desc.get, 'function', name);
  assert.strictEqual(desc.set, undefined, name);
  assert.strictEqual(desc.enumerable, true, name);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable, false);
assert.deepStrictEqual(Object.keys(e), []);
// Attributes are read-only: assignment fails in strict code.
assert.throws(() => { e.type = 'y'; }, TypeError);
assert.strictEqual(e.type, 'foo');

// Subclasses keep Event's state and tag.
class MyEvent extends Event {
  constructor() { super('mine', { cancelable: true }); }
}
const m = new MyEvent();
assert.strictEqual(m.type, 'mine');
assert.strictEqual(m.cancelable, true);
assert(m instanceof Event);
