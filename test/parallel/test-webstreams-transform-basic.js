'use strict';
// TransformStream: transform() sees each chunk, enqueue() feeds the
// readable side, flush() runs at close; the default transform is the
// identity; the order of events matches Node's, microtask by microtask.
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
const h = (name, p) => p.then((v) => L(`${name} ok ${JSON.stringify(v)}`), (e) => L(`${name} rej ${e.message}`));

(async () => {
  ticker(30);
  const transformer = {
    start(c) {
      assert.strictEqual(this, transformer);
      assert(c instanceof TransformStreamDefaultController);
      L(`start ${c.desiredSize}`);
    },
    transform(chunk, c) {
      assert.strictEqual(this, transformer);
      L(`transform ${chunk} ${c.desiredSize}`);
      c.enqueue(`${chunk}!`);
      c.enqueue(`${chunk}?`);
    },
    flush(c) { L('flush'); },
  };
  const ts = new TransformStream(transformer);
  assert(ts.readable instanceof ReadableStream);
  assert(ts.writable instanceof WritableStream);
  assert.strictEqual(ts.readable, ts.readable);
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  L(`ds ${w.desiredSize}`);
  h('w1', w.write('a'));
  h('w2', w.write('b'));
  h('r1', r.read());
  h('r2', r.read());
  h('r3', r.read());
  h('close', w.close());
  h('r4', r.read());
  h('r5', r.read());
  await sleep(5);
  assert.deepStrictEqual(log, [
    'start 0@0', 'ds 1@0',
    'transform a 0@4', 'r1 ok {"value":"a!","done":false}@5', 'r2 ok {"value":"a?","done":false}@5',
    'transform b 0@7', 'w1 ok undefined@8', 'r3 ok {"value":"b!","done":false}@8',
    'r4 ok {"value":"b?","done":false}@8', 'flush@9', 'w2 ok undefined@10',
    'r5 ok {"done":true}@11', 'close ok undefined@12',
  ]);

  // The identity transform.
  log.length = 0;
  ticker(30);
  const id = new TransformStream();
  const iw = id.writable.getWriter();
  const ir = id.readable.getReader();
  h('w', iw.write('x'));
  h('close', iw.close());
  h('r1', ir.read());
  h('r2', ir.read());
  await sleep(5);
  assert.deepStrictEqual(log, [
    'r1 ok {"value":"x","done":false}@5', 'w ok undefined@8', 'r2 ok {"done":true}@9', 'close ok undefined@10',
  ]);

  // A start() that returns a promise delays everything until it settles.
  log.length = 0;
  ticker(30);
  const slow = new TransformStream({
    start() { return sleep(2).then(() => L('started')); },
    transform(chunk, c) { L(`transform ${chunk}`); c.enqueue(chunk); },
  });
  slow.writable.getWriter().write('y');
  h('read', slow.readable.getReader().read());
  await sleep(10);
  assert.deepStrictEqual(log.map((s) => s.replace(/@\d+$/, '')),
                         ['started', 'transform y', 'read ok {"value":"y","done":false}']);
})().then(common.mustCall());
