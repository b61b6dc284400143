'use strict';
// tee() of a default stream: both branches see every chunk (the same
// objects), the source is read as fast as the faster branch, an error
// reaches both, cancelling both cancels the source with both reasons, and
// the branches close from a process.nextTick callback, as in Node.
const assert = require('assert');
const common = require('../common');

(async () => {
  const chunk = { n: 1 };
  const source = new ReadableStream({ start(c) { c.enqueue(chunk); c.enqueue(2); c.close(); } });
  const [a, b] = source.tee();
  assert(a instanceof ReadableStream && b instanceof ReadableStream);
  assert.strictEqual(source.locked, true);
  assert.throws(() => source.tee(), { code: 'ERR_INVALID_STATE' });
  const ra = a.getReader();
  const rb = b.getReader();
  const first = await ra.read();
  assert.strictEqual(first.value, chunk);
  assert.strictEqual((await rb.read()).value, chunk);
  assert.strictEqual((await ra.read()).value, 2);
  assert.strictEqual((await rb.read()).value, 2);
  assert.strictEqual((await ra.read()).done, true);
  assert.strictEqual((await rb.read()).done, true);

  // Cancelling one branch keeps the other going; cancelling both cancels the
  // source once, with [reason1, reason2], and both cancels settle together.
  const cancelled = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel: common.mustCall((reason) => assert.deepStrictEqual(reason, ['r1', 'r2'])),
  });
  const [c1, c2] = cancelled.tee();
  const p1 = c1.cancel('r1');
  let settled = false;
  p1.then(() => { settled = true; });
  await new Promise((r) => setTimeout(r, 1));
  assert.strictEqual(settled, false);
  assert.strictEqual(await c2.cancel('r2'), undefined);
  assert.strictEqual(await p1, undefined);

  // An error reaches both branches.
  let controller;
  const failing = new ReadableStream({ start(c) { controller = c; } });
  const [e1, e2] = failing.tee();
  const err = new Error('boom');
  const closed1 = e1.getReader().closed;
  const closed2 = e2.getReader().closed;
  controller.error(err);
  await assert.rejects(closed1, err);
  await assert.rejects(closed2, err);

  // Order: the chunks arrive in microtasks; the end waits for the
  // nextTick queue.
  const log = [];
  let tick = 0;
  const L = (s) => log.push(`${s}@${tick}`);
  let p = Promise.resolve();
  for (let i = 1; i <= 20; i++) p = p.then(() => { tick = i; });
  process.nextTick(() => L('nextTick'));
  const [t1, t2] = new ReadableStream({ start(c) { c.enqueue('t1'); c.enqueue('t2'); c.close(); } }).tee();
  const r1 = t1.getReader();
  const r2 = t2.getReader();
  r1.read().then((r) => L(`a ${r.value}`));
  r2.read().then((r) => L(`b ${r.value}`));
  r1.read().then((r) => L(`a ${r.value}`));
  r1.read().then((r) => L(`a done ${r.done}`));
  r1.closed.then(() => L('a closed'));
  await new Promise((r) => setTimeout(r, 5));
  assert.deepStrictEqual(log, ['a t1@3', 'b t1@3', 'a t2@4', 'nextTick@20', 'a closed@20', 'a done true@20']);
})().then(common.mustCall());
