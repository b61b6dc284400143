'use strict';
// events.addAbortListener: the listener runs once on abort, even after an
// earlier listener stopped propagation; on an already aborted signal it runs
// from a microtask, without an event.
const assert = require('assert');
const common = require('../common');
const { addAbortListener, getEventListeners } = require('events');

{
  const ac = new AbortController();
  ac.signal.addEventListener('abort', common.mustCall((e) => e.stopImmediatePropagation()));
  addAbortListener(ac.signal, common.mustCall((e) => {
    assert.strictEqual(e.type, 'abort');
    assert.strictEqual(e.target, ac.signal);
  }));
  ac.signal.addEventListener('abort', common.mustNotCall());
  ac.abort();
  ac.abort();
}
{
  const signal = AbortSignal.abort();
  let sync = true;
  addAbortListener(signal, common.mustCall((...args) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(args.length, 0);
  }));
  sync = false;
  assert.strictEqual(getEventListeners(signal, 'abort').length, 0);
}
{
  // The result is a disposable that removes the listener.
  const ac = new AbortController();
  const listener = common.mustNotCall();
  const disposable = addAbortListener(ac.signal, listener);
  assert.strictEqual(typeof disposable, 'object');
  assert.deepStrictEqual(getEventListeners(ac.signal, 'abort'), [listener]);
  assert.deepStrictEqual(Reflect.ownKeys(disposable), [Symbol.dispose]);
  disposable[Symbol.dispose]();
  assert.deepStrictEqual(getEventListeners(ac.signal, 'abort'), []);
  ac.abort();
}

const ac = new AbortController();
for (const bad of [undefined, {}, new EventTarget(), 'signal']) {
  assert.throws(() => addAbortListener(bad, () => {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "signal" argument must be an instance of AbortSignal\./,
  });
}
assert.throws(() => addAbortListener(ac.signal), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received undefined',
});
