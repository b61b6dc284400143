'use strict';
// values() and for await: chunks in order, the reader released at the end,
// return() cancelling the stream unless preventCancel, errors rethrown,
// and results shaped as Node shapes them ({ value, done } for a chunk,
// { done, value } at the end).
const assert = require('assert');
const common = require('../common');

(async () => {
  const chunks = [];
  const stream = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  for await (const chunk of stream) chunks.push(chunk);
  assert.deepStrictEqual(chunks, [1, 2]);
  assert.strictEqual(stream.locked, false);

  // Breaking out cancels the stream with undefined.
  const cancelled = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); },
    cancel: common.mustCall((reason) => assert.strictEqual(reason, undefined)),
  });
  for await (const chunk of cancelled) {
    assert.strictEqual(chunk, 'a');
    break;
  }
  assert.strictEqual(cancelled.locked, false);

  // preventCancel leaves the stream readable, unlocked.
  const kept = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); }, cancel: common.mustNotCall() });
  for await (const chunk of kept.values({ preventCancel: true })) {
    assert.strictEqual(chunk, 'a');
    break;
  }
  assert.strictEqual(kept.locked, false);
  assert.strictEqual((await kept.getReader().read()).value, 'b');

  // Errors are thrown from the loop, and end the iteration.
  const err = new Error('boom');
  const failing = new ReadableStream({ start(c) { c.enqueue(1); c.error(err); } });
  const it = failing.values();
  await assert.rejects(it.next(), err);
  assert.deepStrictEqual(await it.next(), { done: true, value: undefined });
  assert.deepStrictEqual(await it.return('x'), { done: true, value: 'x' });

  // Result shapes.
  const shaped = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).values();
  const first = await shaped.next();
  assert.deepStrictEqual(Object.keys(first), ['value', 'done']);
  const end = await shaped.next();
  assert.deepStrictEqual(Object.keys(end), ['done', 'value']);
  const ret = await new ReadableStream().values().return(5);
  assert.deepStrictEqual(ret, { done: true, value: 5 });
  assert.deepStrictEqual(Object.keys(ret), ['done', 'value']);

  // return() cancels with its argument.
  const withReason = new ReadableStream({ cancel: common.mustCall((r) => assert.strictEqual(r, 'why')) });
  const it2 = withReason.values();
  assert.strictEqual(withReason.locked, true);
  assert.deepStrictEqual(await it2.return('why'), { done: true, value: 'why' });
  assert.strictEqual(withReason.locked, false);

  // values() locks the stream at once; a locked stream cannot be iterated.
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.values(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  assert.throws(() => new ReadableStream().values(1), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
