'use strict';
// events.getEventListeners returns a copy of the listeners of one type, for
// EventTargets and emitters alike.
const assert = require('assert');
const { getEventListeners, EventEmitter } = require('events');

const et = new EventTarget();
const f = () => {};
const h = { handleEvent() {} };
et.addEventListener('x', f);
et.addEventListener('x', h);
et.addEventListener('x', f, true);
const list = getEventListeners(et, 'x');
assert.deepStrictEqual(list, [f, h, f]);
list.length = 0;
assert.strictEqual(getEventListeners(et, 'x').length, 3);
assert.deepStrictEqual(getEventListeners(et, 'y'), []);
assert.deepStrictEqual(getEventListeners(et), []);
et.removeEventListener('x', f);
assert.deepStrictEqual(getEventListeners(et, 'x'), [h, f]);

const ee = new EventEmitter();
ee.on('x', f);
assert.deepStrictEqual(getEventListeners(ee, 'x'), [f]);

for (const bad of [{}, 5, 'str']) {
  assert.throws(() => getEventListeners(bad, 'x'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "emitter" argument must be an instance of EventEmitter or EventTarget\./,
  });
}
assert.throws(() => getEventListeners(null, 'x'), TypeError);
assert.throws(() => getEventListeners(undefined, 'x'), TypeError);
