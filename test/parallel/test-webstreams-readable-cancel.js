'use strict';
// cancel(): the source's cancel() gets the reason once, pending reads end,
// queued chunks are dropped, the result is undefined (not cancel()'s
// value), and a promise from cancel() settles the result one microtask
// later than its own settling, as Node calls cancel() like an async
// function.
const assert = require('assert');
const common = require('../common');

(async () => {
  const source = {
    start(c) { c.enqueue(1); c.enqueue(2); },
    cancel: common.mustCall(function(reason) {
      assert.strictEqual(this, source);
      assert.strictEqual(reason, 'reason');
      return 'ignored';
    }),
  };
  const stream = new ReadableStream(source);
  assert.strictEqual(await stream.cancel('reason'), undefined);
  const reader = stream.getReader();
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  reader.releaseLock();
  assert.strictEqual(await stream.cancel(), undefined); // closed: nothing more

  // cancel() of an errored stream rejects with its error.
  const err = new Error('e');
  const errored = new ReadableStream({ start(c) { c.error(err); }, cancel: common.mustNotCall() });
  await assert.rejects(errored.cancel(), err);

  // A throwing or rejecting cancel() rejects the cancel.
  const thrown = new Error('thrown');
  await assert.rejects(new ReadableStream({ cancel() { throw thrown; } }).cancel(), thrown);
  await assert.rejects(new ReadableStream({ cancel() { return Promise.reject(thrown); } }).cancel(), thrown);

  // Byte streams: pending BYOB reads end with no view.
  const bytes = new ReadableStream({ type: 'bytes', cancel: common.mustCall() });
  const byob = bytes.getReader({ mode: 'byob' });
  const read = byob.read(new Uint8Array(4));
  await byob.cancel();
  assert.deepStrictEqual(await read, { value: undefined, done: true });

  // Timing.
  let tick = 0;
  const log = [];
  const L = (s) => log.push(`${s}@${tick}`);
  let resolveLater;
  const later = new ReadableStream({ cancel() { L('cancel'); return new Promise((r) => { resolveLater = r; }); } });
  const now = new ReadableStream({ cancel() { L('cancel2'); } });
  let p = Promise.resolve();
  for (let i = 1; i <= 8; i++) p = p.then(() => { tick = i; });
  later.cancel().then(() => L('later done'));
  now.cancel().then(() => L('now done'));
  resolveLater();
  await new Promise((r) => setTimeout(r, 5));
  assert.deepStrictEqual(log, ['cancel@0', 'cancel2@0', 'now done@2', 'later done@4']);

  await assert.rejects(ReadableStream.prototype.cancel.call({}), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
