'use strict';
// pipeTo() reads no more than the destination can take: while the
// destination applies backpressure nothing more is read, and reading goes
// on in the same job that ends it.
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
  let rc;
  let finish;
  const rs = new ReadableStream({ start(c) { rc = c; for (let i = 0; i < 4; i++) c.enqueue(i); } },
                                { highWaterMark: 10 });
  const ws = new WritableStream({
    write(c) { L(`write ${c}`); return new Promise((r) => { finish = r; }); },
  }, { highWaterMark: 1 });
  await sleep(1);
  ticker(10);
  rs.pipeTo(ws);
  L(`left ${rc.desiredSize}`);
  await sleep(5);
  assert.deepStrictEqual(log, ['write 0@0', 'left 7@0']);
  assert.strictEqual(rc.desiredSize, 7); // one chunk taken, three left

  log.length = 0;
  ticker(10);
  finish();
  L('finished');
  await sleep(5);
  assert.deepStrictEqual(log, ['finished@0', 'write 1@1']);
  assert.strictEqual(rc.desiredSize, 8);

  // A pulled source is pulled only when there is room.
  log.length = 0;
  let n = 0;
  const pulled = new ReadableStream({ pull(c) { L(`pull ${n}`); c.enqueue(n++); } }, { highWaterMark: 0 });
  const slow = new WritableStream({
    write(c) { L(`write ${c}`); return new Promise((r) => { finish = r; }); },
  }, { highWaterMark: 2 });
  await sleep(1);
  ticker(10);
  pulled.pipeTo(slow);
  await sleep(5);
  assert.deepStrictEqual(log, ['pull 0@0', 'write 0@1', 'pull 1@1']);
  log.length = 0;
  ticker(10);
  finish();
  await sleep(5);
  // The second write starts; the room it leaves is filled by another pull.
  assert.deepStrictEqual(log, ['pull 2@1', 'write 1@1']);
})().then(common.mustCall());
