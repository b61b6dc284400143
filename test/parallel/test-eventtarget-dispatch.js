'use strict';
// dispatchEvent: during the dispatch the event is at its target; listeners
// run in the order they were added (capture or not), with `this` the
// target; the result is !defaultPrevented; the target stays set afterwards;
// an event may be dispatched again, but not while it is being dispatched.
const assert = require('assert');
const common = require('../common');

const et = new EventTarget();
const order = [];
et.addEventListener('a', common.mustCall(function(ev) {
  order.push('bubble1');
  assert.strictEqual(this, et);
  assert.strictEqual(ev.target, et);
  assert.strictEqual(ev.currentTarget, et);
  assert.strictEqual(ev.srcElement, et);
  assert.strictEqual(ev.eventPhase, Event.AT_TARGET);
  assert.deepStrictEqual(ev.composedPath(), [et]);
  ev.preventDefault();
}));
et.addEventListener('a', () => order.push('capture'), true);
et.addEventListener('a', () => order.push('bubble2'));

const e = new Event('a', { cancelable: true });
assert.strictEqual(et.dispatchEvent(e), false);
assert.deepStrictEqual(order, ['bubble1', 'capture', 'bubble2']);
assert.strictEqual(e.target, et);
assert.strictEqual(e.currentTarget, null);
assert.strictEqual(e.eventPhase, Event.NONE);
assert.deepStrictEqual(e.composedPath(), []);
assert.strictEqual(e.defaultPrevented, true);

// Not cancelable, or no listener: true.
const t1 = new EventTarget();
t1.addEventListener('a', common.mustCall((ev) => ev.preventDefault()));
assert.strictEqual(t1.dispatchEvent(new Event('a')), true);
assert.strictEqual(et.dispatchEvent(new Event('none')), true);
// Prevented before dispatch: false.
const pre = new Event('none', { cancelable: true });
pre.preventDefault();
assert.strictEqual(et.dispatchEvent(pre), false);

// A second dispatch of a finished event is allowed.
const again = new Event('b');
const t2 = new EventTarget();
t2.addEventListener('b', common.mustCall(2));
t2.dispatchEvent(again);
t2.dispatchEvent(again);

// Re-dispatching during its own dispatch throws ERR_EVENT_RECURSION.
const t3 = new EventTarget();
const rec = new Event('r');
t3.addEventListener('r', common.mustCall(() => {
  assert.throws(() => t3.dispatchEvent(rec), {
    name: 'Error',
    code: 'ERR_EVENT_RECURSION',
    message: 'The event "r" is already being dispatched',
  });
}));
t3.dispatchEvent(rec);

// stopPropagation leaves the other listeners of the target running;
// stopImmediatePropagation stops them, and stays in effect.
const t4 = new EventTarget();
const ran = [];
t4.addEventListener('s', (ev) => { ran.push(1); ev.stopPropagation(); });
t4.addEventListener('s', () => ran.push(2));
t4.dispatchEvent(new Event('s'));
assert.deepStrictEqual(ran, [1, 2]);
const t5 = new EventTarget();
const sip = new Event('s');
t5.addEventListener('s', (ev) => { ran.push(3); ev.stopImmediatePropagation(); });
t5.addEventListener('s', common.mustNotCall());
t5.dispatchEvent(sip);
assert.deepStrictEqual(ran, [1, 2, 3]);
t5.dispatchEvent(sip);
assert.deepStrictEqual(ran, [1, 2, 3]);

// Event types are compared as strings.
const t6 = new EventTarget();
t6.addEventListener(1, common.mustCall());
t6.dispatchEvent(new Event('1'));

// Events made by user code are not trusted; the instance seen by the
// listener is the one dispatched.
const t7 = new EventTarget();
const mine = new Event('m');
t7.addEventListener('m', common.mustCall((ev) => {
  assert.strictEqual(ev, mine);
  assert.strictEqual(ev.isTrusted, false);
}));
t7.dispatchEvent(mine);

// initEvent is ignored during a dispatch.
const t8 = new EventTarget();
t8.addEventListener('i', common.mustCall((ev) => {
  ev.initEvent('changed', true, true);
  assert.strictEqual(ev.type, 'i');
  assert.strictEqual(ev.bubbles, false);
}));
t8.dispatchEvent(new Event('i'));

assert.strictEqual(Object.prototype.toString.call(et), '[object EventTarget]');
assert.strictEqual(EventTarget.length, 0);
assert.strictEqual(EventTarget.prototype.addEventListener.length, 2);
assert.strictEqual(EventTarget.prototype.removeEventListener.length, 2);
assert.strictEqual(EventTarget.prototype.dispatchEvent.length, 1);
for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(EventTarget.prototype, name).enumerable, true);
}
assert.throws(() => EventTarget(), TypeError);
