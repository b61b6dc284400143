'use strict';
// signal.onabort: the first assignment registers a listener that keeps its
// place; later assignments replace the function in that place; null stops
// it from being called. Any value can be stored.
const assert = require('assert');
const common = require('../common');
const { getEventListeners } = require('events');

{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(signal.onabort, null);
  const order = [];
  signal.onabort = common.mustNotCall();
  signal.addEventListener('abort', () => order.push('listener'));
  const replacement = common.mustCall(function(e) {
    assert.strictEqual(this, signal);
    assert.strictEqual(e.type, 'abort');
    order.push('onabort');
  });
  signal.onabort = replacement;
  assert.strictEqual(signal.onabort, replacement);
  ac.abort();
  assert.deepStrictEqual(order, ['onabort', 'listener']);
}
{
  const ac = new AbortController();
  const { signal } = ac;
  signal.onabort = common.mustNotCall();
  signal.onabort = null;
  assert.strictEqual(signal.onabort, null);
  // The registration stays.
  assert.strictEqual(getEventListeners(signal, 'abort').length, 1);
  signal.onabort = undefined;
  assert.strictEqual(signal.onabort, null);
  signal.onabort = 5;
  assert.strictEqual(signal.onabort, 5);
  const obj = { handleEvent: common.mustNotCall() };
  signal.onabort = obj;
  assert.strictEqual(signal.onabort, obj);
  assert.strictEqual(getEventListeners(signal, 'abort').length, 1);
  ac.abort();
}
{
  // Errors from onabort are reported like any listener's.
  const ac = new AbortController();
  const err = new Error('from onabort');
  process.on('uncaughtException', common.mustCall((e) => assert.strictEqual(e, err)));
  ac.signal.onabort = () => { throw err; };
  ac.abort();
}

const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
assert.throws(() => desc.get.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => desc.set.call({}, null), { code: 'ERR_INVALID_THIS' });
