'use strict';
// WritableStreamDefaultWriter: writes go to the sink one at a time, in
// order; ready follows backpressure; desiredSize through the stream's life;
// the promises settle in Node's order, counted in microtasks.
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
  // Fresh stream: the sink starts one microtask later.
  ticker(20);
  const ws = new WritableStream({
    start() { L('start'); },
    write(chunk) { L(`write ${chunk}`); return Promise.resolve(); },
    close() { L('close'); },
  });
  const w = ws.getWriter();
  assert.strictEqual(ws.locked, true);
  assert.throws(() => ws.getWriter(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
  h('ready', w.ready);
  h('w1', w.write(1));
  h('w2', w.write(2));
  h('close', w.close());
  h('closed', w.closed);
  await sleep(5);
  assert.deepStrictEqual(log, [
    'start@0', 'write 1@1', 'ready ok undefined@1', 'write 2@2', 'w1 ok undefined@3', 'close@3',
    'w2 ok undefined@4', 'close ok undefined@5', 'closed ok undefined@5',
  ]);

  // Backpressure: with highWaterMark 2, ready is pending from the third
  // queued chunk until the sink catches up.
  log.length = 0;
  const ws2 = new WritableStream({ write(c) { L(`write ${c}`); } }, { highWaterMark: 2 });
  const w2 = ws2.getWriter();
  await sleep(1);
  ticker(20);
  L(`ds ${w2.desiredSize}`);
  h('a', w2.write('a'));
  h('b', w2.write('b'));
  h('c', w2.write('c'));
  L(`ds ${w2.desiredSize}`);
  const ready = w2.ready;
  h('ready', ready);
  await sleep(5);
  assert.deepStrictEqual(log, [
    'ds 2@0', 'write a@0', 'ds -1@0', 'write b@1', 'a ok undefined@2',
    'write c@2', 'b ok undefined@3', 'ready ok undefined@3', 'c ok undefined@4',
  ]);
  assert.strictEqual(w2.desiredSize, 2);
  assert.strictEqual(w2.ready, ready); // the one that was pending, now resolved

  // desiredSize: 0 once closed, null once errored; throws once released.
  const ws3 = new WritableStream();
  const w3 = ws3.getWriter();
  await w3.close();
  assert.strictEqual(w3.desiredSize, 0);
  await assert.rejects(w3.write('late'), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed' });
  let c4;
  const w4 = new WritableStream({ start(c) { c4 = c; } }).getWriter();
  c4.error(new Error('x'));
  assert.strictEqual(w4.desiredSize, null);
  w4.releaseLock();
  assert.throws(() => w4.desiredSize, {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer is not bound to a WritableStream',
  });

  // A writer made later sees the stream's state.
  const ws5 = new WritableStream();
  ws5.getWriter().releaseLock();
  const w5 = new WritableStreamDefaultWriter(ws5);
  assert.strictEqual(w5.desiredSize, 1);
  assert.throws(() => new WritableStreamDefaultWriter({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of WritableStream. Received an instance of Object',
  });
  await assert.rejects(WritableStreamDefaultWriter.prototype.write.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type WritableStreamDefaultWriter',
  });
})().then(common.mustCall());
