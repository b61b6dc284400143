'use strict';
// close(): queued after the pending writes; a second close() and writes
// after it fail with Node's errors; an abort() while close() is in flight
// resolves when the close does; a promise from the sink's close() settles
// the result one microtask later than its own settling (Node calls it like
// an async function).
const assert = require('assert');
const common = require('../common');

const log = [];
let tick = 0;
const L = (s) => log.push(`${s}@${tick}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function ticker(n) {
  tick = 0;
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => { tick = i; });
}
const h = (name, p) => p.then((v) => L(`${name} ok ${v}`), (e) => L(`${name} rej ${e.message ?? e}`));

(async () => {
  const ws = new WritableStream();
  ws.close();
  await assert.rejects(ws.close(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Failure closing WritableStream',
  });
  const ws2 = new WritableStream();
  const w2 = ws2.getWriter();
  w2.close();
  await assert.rejects(w2.close(), { message: 'Invalid state: Failure to close WritableStream' });
  await assert.rejects(w2.write(1), { message: 'Invalid state: WritableStream is closed' });
  await w2.closed;
  await assert.rejects(w2.close(), { message: 'Invalid state: WritableStream is closed' });
  w2.releaseLock();
  await assert.rejects(ws2.close(), { message: 'Invalid state: WritableStream is closed' });
  // Erroring (not started yet): the close waits and takes the error;
  // errored: refused at once.
  const e = new Error('e');
  await assert.rejects(new WritableStream({ start(c) { c.error(e); } }).close(), e);
  const errored = new WritableStream({ start(c) { c.error(e); } });
  await sleep(1);
  await assert.rejects(errored.close(), { message: 'Invalid state: WritableStream is closed' });

  // close() then abort(), with the sink's close() in flight.
  let finishClose;
  const ws3 = new WritableStream({
    close() { L('sink close'); return new Promise((r) => { finishClose = r; }); },
    abort: common.mustNotCall(),
  });
  const w3 = ws3.getWriter();
  await sleep(1);
  ticker(20);
  h('close', w3.close());
  h('abort', w3.abort('R'));
  h('closed', w3.closed);
  await sleep(1);
  ticker(20);
  finishClose();
  L('finished');
  await sleep(5);
  assert.deepStrictEqual(log, [
    'sink close@0', 'finished@0', 'close ok undefined@3', 'abort ok undefined@3', 'closed ok undefined@3',
  ]);

  // A close() that throws errors the stream.
  const err = new Error('close failed');
  const w4 = new WritableStream({ close() { throw err; } }).getWriter();
  await assert.rejects(w4.close(), err);
  await assert.rejects(w4.closed, err);

  // Close with writes queued: they finish first.
  const order = [];
  const w5 = new WritableStream({
    write(c) { order.push(c); return sleep(1); },
    close() { order.push('close'); },
  }).getWriter();
  w5.write(1);
  w5.write(2);
  await w5.close();
  assert.deepStrictEqual(order, [1, 2, 'close']);
})().then(common.mustCall());
