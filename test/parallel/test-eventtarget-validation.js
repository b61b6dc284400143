'use strict';
// Argument and receiver errors of EventTarget's methods.
const assert = require('assert');

const et = new EventTarget();
const missing = { name: 'TypeError', code: 'ERR_MISSING_ARGS' };
const badType = { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' };
const badThis = { name: 'TypeError', code: 'ERR_INVALID_THIS' };

assert.throws(() => et.addEventListener(), {
  ...missing, message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => et.addEventListener('x'), missing);
assert.throws(() => et.removeEventListener('x'), missing);
assert.throws(() => et.dispatchEvent(), {
  ...missing, message: 'The "event" argument must be specified',
});

for (const bad of [1, 'str', true, Symbol('s')]) {
  assert.throws(() => et.addEventListener('x', bad), badType);
  assert.throws(() => et.removeEventListener('x', bad), badType);
}
assert.throws(() => et.addEventListener('x', 1), {
  ...badType,
  message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
});
// A Symbol type cannot become a string.
assert.throws(() => et.addEventListener(Symbol('t'), () => {}), badType);
assert.throws(() => et.removeEventListener(Symbol('t'), () => {}), badType);

// Options: an object (arrays and functions too), a boolean, null or undefined.
for (const bad of [1, 'abc', Symbol('o')]) {
  assert.throws(() => et.addEventListener('x', () => {}, bad), badType);
}
et.addEventListener('x', () => {}, null);
et.addEventListener('x', () => {}, undefined);
et.addEventListener('x', () => {}, false);
// Options are checked before the listener.
assert.throws(() => et.addEventListener('x', 1, 5), {
  ...badType, message: /"options" argument/,
});
for (const bad of [1, null, {}, new EventTarget()]) {
  assert.throws(() => et.addEventListener('x', () => {}, { signal: bad }), {
    ...badType, message: /^The "options\.signal" property must be an instance of AbortSignal\./,
  });
}
// removeEventListener does not validate its options.
et.removeEventListener('x', () => {}, 1);
et.removeEventListener('x', () => {}, 'a');

for (const bad of [null, {}, { type: 'x' }, 'x']) {
  assert.throws(() => et.dispatchEvent(bad), {
    ...badType, message: /^The "event" argument must be an instance of Event\./,
  });
}

const proto = EventTarget.prototype;
assert.throws(() => proto.addEventListener.call({}, 'x', () => {}), badThis);
assert.throws(() => proto.removeEventListener.call({}, 'x', () => {}), badThis);
assert.throws(() => proto.dispatchEvent.call({}, new Event('x')), {
  ...badThis, message: 'Value of "this" must be of type EventTarget',
});
