'use strict';
// addEventListener options: a listener is registered once per (listener,
// capture) pair; once removes it before its first call; passive makes
// preventDefault a no-op; signal removes it on abort, and an aborted signal
// adds nothing. The options are read once each, in Node's order.
const assert = require('assert');
const common = require('../common');
const { getEventListeners } = require('events');

{
  // Duplicates are ignored; capture makes a separate registration, and
  // true is the same as { capture: true }.
  const et = new EventTarget();
  const f = common.mustCall(2);
  et.addEventListener('a', f);
  et.addEventListener('a', f);
  et.addEventListener('a', f, { once: true });
  et.addEventListener('a', f, true);
  et.addEventListener('a', f, { capture: true });
  assert.strictEqual(getEventListeners(et, 'a').length, 2);
  et.dispatchEvent(new Event('a'));
}
{
  // capture is compared as a boolean.
  const et = new EventTarget();
  const f = () => {};
  et.addEventListener('a', f, { capture: 1 });
  et.removeEventListener('a', f, { capture: false });
  assert.strictEqual(getEventListeners(et, 'a').length, 1);
  et.removeEventListener('a', f, { capture: true });
  assert.strictEqual(getEventListeners(et, 'a').length, 0);
  et.addEventListener('a', f, { capture: 0 });
  et.removeEventListener('a', f);
  assert.strictEqual(getEventListeners(et, 'a').length, 0);
}
{
  const et = new EventTarget();
  et.addEventListener('o', common.mustCall(), { once: 'yes' });
  et.dispatchEvent(new Event('o'));
  et.dispatchEvent(new Event('o'));
  assert.strictEqual(getEventListeners(et, 'o').length, 0);
}
{
  // A once listener that re-dispatches the same type is not called again.
  const et = new EventTarget();
  et.addEventListener('o', common.mustCall(() => et.dispatchEvent(new Event('o'))), { once: true });
  et.dispatchEvent(new Event('o'));
}
{
  const et = new EventTarget();
  et.addEventListener('p', common.mustCall((ev) => {
    ev.preventDefault();
    assert.strictEqual(ev.defaultPrevented, false);
    assert.strictEqual(ev.returnValue, true);
  }), { passive: true });
  et.addEventListener('p', common.mustCall((ev) => {
    ev.preventDefault();
    assert.strictEqual(ev.defaultPrevented, true);
  }));
  assert.strictEqual(et.dispatchEvent(new Event('p', { cancelable: true })), false);
}
{
  const et = new EventTarget();
  const ac = new AbortController();
  et.addEventListener('s', common.mustCall(), { signal: ac.signal });
  et.dispatchEvent(new Event('s'));
  ac.abort();
  assert.strictEqual(getEventListeners(et, 's').length, 0);
  et.dispatchEvent(new Event('s'));
  // An aborted signal: not added at all.
  et.addEventListener('s', common.mustNotCall(), { signal: ac.signal });
  et.addEventListener('s', common.mustNotCall(), { signal: AbortSignal.abort() });
  assert.strictEqual(getEventListeners(et, 's').length, 0);
  et.dispatchEvent(new Event('s'));
}
{
  // The signal is hooked before the listener is added: a signal's own
  // 'abort' listener registered with that signal is removed before its turn.
  const ac = new AbortController();
  ac.signal.addEventListener('abort', common.mustNotCall(), { signal: ac.signal });
  ac.abort();
}
{
  // Options may be any object, arrays and functions included.
  const et = new EventTarget();
  et.addEventListener('x', common.mustCall(), []);
  const opts = () => {};
  opts.once = true;
  et.addEventListener('y', common.mustCall(), opts);
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('y'));
  et.dispatchEvent(new Event('y'));
}
{
  const reads = [];
  const opts = {
    get once() { reads.push('once'); return false; },
    get capture() { reads.push('capture'); return false; },
    get passive() { reads.push('passive'); return false; },
    get signal() { reads.push('signal'); return undefined; },
  };
  const et = new EventTarget();
  et.addEventListener('r', () => {}, opts);
  assert.deepStrictEqual(reads, ['once', 'capture', 'passive', 'signal']);
  reads.length = 0;
  et.removeEventListener('r', () => {}, opts);
  assert.deepStrictEqual(reads, ['capture']);
}
