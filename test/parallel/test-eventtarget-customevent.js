'use strict';
// CustomEvent is an Event with a `detail` (null by default).
const assert = require('assert');
const common = require('../common');

const e = new CustomEvent('c', { detail: { n: 5 }, cancelable: true });
assert(e instanceof Event);
assert.strictEqual(e.type, 'c');
assert.strictEqual(e.cancelable, true);
assert.deepStrictEqual(e.detail, { n: 5 });
assert.strictEqual(new CustomEvent('c').detail, null);
assert.strictEqual(new CustomEvent('c', null).detail, null);
assert.strictEqual(new CustomEvent('c', { detail: undefined }).detail, null);
assert.strictEqual(new CustomEvent('c', { detail: 0 }).detail, 0);
assert.strictEqual(Object.prototype.toString.call(e), '[object CustomEvent]');
assert.strictEqual(Object.getPrototypeOf(CustomEvent), Event);
assert.strictEqual(CustomEvent.length, 1);
assert.strictEqual(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').enumerable, true);

assert.throws(() => new CustomEvent(), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
assert.throws(() => new CustomEvent('c', 1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
const get = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
assert.throws(() => get.call(new Event('x')), { code: 'ERR_INVALID_THIS' });
assert.throws(() => get.call({}), { code: 'ERR_INVALID_THIS' });

const et = new EventTarget();
et.addEventListener('c', common.mustCall((ev) => {
  assert.strictEqual(ev, e);
  assert.deepStrictEqual(ev.detail, { n: 5 });
}));
et.dispatchEvent(e);
