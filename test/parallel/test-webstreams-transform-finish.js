'use strict';
// How closing, cancelling and aborting a TransformStream settle, counted in
// microtasks as in Node: flush() and the transformer's cancel() are called
// like async functions, aborting the writable side takes one microtask
// more, and only one of flush/cancel runs.
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
const h = (name, p) => p.then((v) => L(`${name} ok ${v}`), (e) => L(`${name} rej ${e}`));

(async () => {
  for (const kind of ['none', 'sync', 'later']) {
    let release = () => {};
    const method = (name) => (kind === 'none' ? undefined : function() {
      L(name);
      if (kind === 'later') return new Promise((r) => { release = r; });
    });
    {
      const ts = new TransformStream({ flush: method('flush'), cancel: common.mustNotCall() });
      const w = ts.writable.getWriter();
      const r = ts.readable.getReader();
      await sleep(1);
      ticker(20);
      h(`${kind} close`, w.close());
      h(`${kind} rclosed`, r.closed);
      await sleep(1);
      ticker(20);
      release();
      await sleep(1);
    }
    {
      const ts = new TransformStream({ cancel: method('cancel'), flush: common.mustNotCall() });
      const w = ts.writable.getWriter();
      await sleep(1);
      ticker(20);
      h(`${kind} cancel`, ts.readable.cancel('C'));
      h(`${kind} wclosed`, w.closed);
      await sleep(1);
      ticker(20);
      release();
      await sleep(1);
    }
    {
      const ts = new TransformStream({ cancel: method('cancel'), flush: common.mustNotCall() });
      const r = ts.readable.getReader();
      await sleep(1);
      ticker(20);
      h(`${kind} abort`, ts.writable.abort('A'));
      h(`${kind} rclosed`, r.closed);
      await sleep(1);
      ticker(20);
      release();
      await sleep(1);
    }
  }
  assert.deepStrictEqual(log, [
    'none rclosed ok undefined@2', 'none close ok undefined@3',
    'none wclosed rej C@2', 'none cancel ok undefined@3',
    'none rclosed rej A@2', 'none abort ok undefined@4',
    'flush@0', 'sync rclosed ok undefined@2', 'sync close ok undefined@3',
    'cancel@0', 'sync wclosed rej C@2', 'sync cancel ok undefined@3',
    'cancel@0', 'sync rclosed rej A@2', 'sync abort ok undefined@4',
    'flush@0', 'later rclosed ok undefined@3', 'later close ok undefined@4',
    'cancel@0', 'later wclosed rej C@3', 'later cancel ok undefined@4',
    'cancel@0', 'later rclosed rej A@3', 'later abort ok undefined@5',
  ]);

  // Cancel while the close is flushing: the flush's outcome wins.
  const ts = new TransformStream({
    flush() { return sleep(2); },
    cancel: common.mustNotCall(),
  });
  const w = ts.writable.getWriter();
  const closing = w.close();
  await sleep(0);
  const cancelling = ts.readable.cancel('late');
  assert.strictEqual(await closing, undefined);
  assert.strictEqual(await cancelling, undefined);
})().then(common.mustCall());
