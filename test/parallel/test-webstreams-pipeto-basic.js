'use strict';
// pipeTo() moves every chunk, closes the destination at the end, locks both
// streams while it runs, and keeps Node's pace: queued chunks are written
// at once, chunks that arrive later one microtask after they arrive, and
// the promise settles after the destination's close.
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

(async () => {
  // Both streams fresh: the destination starts a microtask later.
  ticker(20);
  const rs = new ReadableStream({ start(c) { c.enqueue('p1'); c.enqueue('p2'); c.close(); } });
  const ws = new WritableStream({ write(c) { L(`write ${c}`); }, close() { L('close'); } });
  const done = rs.pipeTo(ws);
  assert.strictEqual(rs.locked, true);
  assert.strictEqual(ws.locked, true);
  done.then(() => L('done'));
  await sleep(5);
  assert.deepStrictEqual(log, ['write p1@1', 'write p2@2', 'close@4', 'done@7']);
  assert.strictEqual(rs.locked, false);
  assert.strictEqual(ws.locked, false);

  // Started streams, a source that makes chunks in pull().
  log.length = 0;
  let n = 0;
  const pulled = new ReadableStream({
    pull(c) { L(`pull ${n}`); c.enqueue(n++); if (n === 3) c.close(); },
  }, { highWaterMark: 0 });
  const sink = new WritableStream({ write(c) { L(`write ${c}`); }, close() { L('close'); } }, { highWaterMark: 10 });
  await sleep(1);
  ticker(20);
  pulled.pipeTo(sink).then(() => L('done'));
  await sleep(5);
  assert.deepStrictEqual(log, [
    'pull 0@0', 'write 0@1', 'pull 1@1', 'write 1@2', 'pull 2@2', 'write 2@3', 'close@5', 'done@8',
  ]);

  // Queued chunks go out while the destination has room.
  log.length = 0;
  let rc;
  const queued = new ReadableStream({ start(c) { rc = c; for (let i = 0; i < 4; i++) c.enqueue(i); } },
                                    { highWaterMark: 10 });
  const roomy = new WritableStream({ write(c) { L(`write ${c}`); } }, { highWaterMark: 2 });
  await sleep(1);
  ticker(20);
  queued.pipeTo(roomy);
  L(`left ${rc.desiredSize}`);
  await sleep(5);
  assert.deepStrictEqual(log, ['write 0@0', 'left 8@0', 'write 1@1', 'write 2@2', 'write 3@3']);

  // Chunks are passed as they are.
  const obj = {};
  let got;
  await new ReadableStream({ start(c) { c.enqueue(obj); c.close(); } })
    .pipeTo(new WritableStream({ write(c) { got = c; } }));
  assert.strictEqual(got, obj);

  // A byte source pipes Uint8Arrays.
  const bytes = [];
  await new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } })
    .pipeTo(new WritableStream({ write(c) { bytes.push(c.constructor.name, ...c); } }));
  assert.deepStrictEqual(bytes, ['Uint8Array', 1, 2]);
})().then(common.mustCall());
