'use strict';
// addEventListener with null or undefined adds nothing and warns;
// removeEventListener with them does nothing, silently.
const assert = require('assert');
const common = require('../common');
const { getEventListeners } = require('events');

const messages = [];
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'AddEventListenerArgumentTypeWarning');
  messages.push(w.message);
}, 2));

const et = new EventTarget();
et.addEventListener('x', null);
et.addEventListener('x', undefined);
et.removeEventListener('x', null);
et.removeEventListener('x', undefined);
assert.deepStrictEqual(getEventListeners(et, 'x'), []);

process.on('exit', () => {
  assert.deepStrictEqual(messages, [
    'addEventListener called with null which has no effect.',
    'addEventListener called with undefined which has no effect.',
  ]);
});
