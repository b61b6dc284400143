'use strict';
// AbortSignal.any(signals) follows its sources: it aborts with the reason
// of the first one to abort; followers take their reason before any 'abort'
// event fires; a follower of followers hears from the original sources.
const assert = require('assert');
const common = require('../common');

{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  assert(any instanceof AbortSignal);
  assert.strictEqual(any.aborted, false);
  const nested = AbortSignal.any([any]);
  const order = [];
  a.signal.onabort = common.mustCall(() => {
    order.push('source');
    assert.strictEqual(any.aborted, true);
    assert.strictEqual(any.reason, 'R');
    assert.strictEqual(nested.aborted, true);
  });
  any.onabort = common.mustCall(() => order.push('any'));
  nested.addEventListener('abort', common.mustCall((e) => {
    order.push('nested');
    assert.strictEqual(e.isTrusted, true);
    assert.strictEqual(e.target, nested);
  }));
  a.abort('R');
  b.abort('second');
  assert.deepStrictEqual(order, ['source', 'any', 'nested']);
  assert.strictEqual(any.reason, 'R');
  assert.strictEqual(nested.reason, 'R');
}
{
  // A source already aborted: the result is aborted at once, with the
  // first aborted source's reason.
  const c = new AbortController();
  c.abort('pre');
  const s = AbortSignal.any([new AbortController().signal, c.signal, AbortSignal.abort('later')]);
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason, 'pre');
}
{
  // Any iterable, with duplicates.
  const c = new AbortController();
  const s = AbortSignal.any(new Set([c.signal]));
  const t = AbortSignal.any([c.signal, c.signal]);
  t.onabort = common.mustCall();
  c.abort();
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason, c.signal.reason);
}
{
  // No sources: never aborts.
  const s = AbortSignal.any([]);
  assert.strictEqual(s.aborted, false);
}
{
  // Timeout sources.
  const keep = setTimeout(() => {}, 10000);
  const s = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(10)]);
  s.onabort = common.mustCall(() => {
    clearTimeout(keep);
    assert.strictEqual(s.reason.name, 'TimeoutError');
  });
}

const seqError = { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' };
for (const bad of [undefined, 1, 'ab', {}, { [Symbol.iterator]: 1 }]) {
  assert.throws(() => AbortSignal.any(bad), { ...seqError, message: 'signals cannot be converted to sequence.' });
}
assert.throws(() => AbortSignal.any([new AbortController().signal, 1]), {
  ...seqError, message: 'signals[1] is not of type AbortSignal.',
});
assert.throws(() => AbortSignal.any([new EventTarget()]), seqError);
