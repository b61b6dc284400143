'use strict';
// abort(): with a write in flight the sink's abort() waits for it; queued
// writes reject with the reason; the controller's signal fires at once;
// ready, closed and the abort promise settle in Node's order.
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
  let finishWrite;
  let controller;
  const ws = new WritableStream({
    start(c) { controller = c; },
    write(chunk) { L(`write ${chunk}`); return new Promise((r) => { finishWrite = r; }); },
    abort(reason) { L(`abort ${reason} ${controller.signal.aborted}`); },
    close: common.mustNotCall(),
  });
  const w = ws.getWriter();
  await sleep(1);
  ticker(20);
  controller.signal.addEventListener('abort', common.mustCall(() => L(`signal ${controller.signal.reason}`)));
  h('w1', w.write('a'));
  h('w2', w.write('b'));
  h('abort', w.abort('R'));
  h('closed', w.closed);
  h('ready', w.ready);
  L(`ds ${w.desiredSize}`);
  await sleep(1);
  ticker(20);
  finishWrite();
  L('finished');
  await sleep(5);
  assert.deepStrictEqual(log, [
    'write a@0', 'signal R@0', 'ds null@0', 'ready rej R@1',
    'finished@0', 'abort R true@1', 'w1 ok undefined@2', 'w2 rej R@2', 'abort ok undefined@3', 'closed rej R@3',
  ]);

  // Aborting twice gives the same promise; aborting a closed stream resolves.
  const ws2 = new WritableStream({ abort: common.mustCall() });
  const p1 = ws2.abort('x');
  assert.strictEqual(ws2.abort('y'), p1);
  await p1;
  const ws3 = new WritableStream();
  await ws3.close();
  assert.strictEqual(await ws3.abort(), undefined);

  // A locked stream cannot be aborted directly.
  const ws4 = new WritableStream();
  ws4.getWriter();
  await assert.rejects(ws4.abort(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });

  // A rejecting abort() rejects the abort; the stream is errored with the reason.
  const failure = new Error('abort failed');
  const ws5 = new WritableStream({ abort() { return Promise.reject(failure); } });
  const w5 = ws5.getWriter();
  await assert.rejects(w5.abort('why'), failure);
  await assert.rejects(w5.closed, (e) => e === 'why');

  // The signal of a stream aborted before the signal is first read.
  let c6;
  const ws6 = new WritableStream({ start(c) { c6 = c; } });
  await ws6.abort('early');
  assert.strictEqual(c6.signal.aborted, true);
  assert.strictEqual(c6.signal.reason, 'early');
})().then(common.mustCall());
