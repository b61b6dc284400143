'use strict';
// tee() of a byte stream gives two byte streams: each branch can read with
// its own BYOB buffer, the other branch gets an independent copy, and
// errors reach both.
const assert = require('assert');
const common = require('../common');

(async () => {
  let n = 0;
  const pulls = [];
  const source = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      pulls.push(req ? `byob ${req.view.byteLength}` : 'default');
      if (req) {
        req.view[0] = n;
        req.respond(1);
      } else {
        c.enqueue(new Uint8Array([100 + n]));
      }
      if (++n === 3) c.close();
    },
  });
  const [a, b] = source.tee();
  const ra = a.getReader({ mode: 'byob' });
  const rb = b.getReader();
  assert(rb instanceof ReadableStreamDefaultReader);

  // a reads into its own buffer; b gets a copy.
  const a1 = await ra.read(new Uint8Array(3));
  assert.deepStrictEqual(a1.value, new Uint8Array([0]));
  assert.strictEqual(a1.value.buffer.byteLength, 3);
  const b1 = await rb.read();
  assert.deepStrictEqual(b1.value, new Uint8Array([0]));
  assert.notStrictEqual(b1.value.buffer, a1.value.buffer);
  assert.strictEqual(b1.value.buffer.byteLength, 1);

  // b reads first now: the source gets a default read.
  const b2 = await rb.read();
  const a2 = await ra.read(new Uint8Array(3));
  assert.deepStrictEqual(b2.value, a2.value);
  assert.strictEqual(b2.value[0], 101);

  const rest = [];
  for (;;) {
    const { value, done } = await rb.read();
    if (done) break;
    rest.push(...value);
  }
  assert.deepStrictEqual(rest, [102]);
  const a3 = await ra.read(new Uint8Array(3));
  assert.deepStrictEqual(a3.value, new Uint8Array([102]));
  const aEnd = await ra.read(new Uint8Array(3));
  assert.strictEqual(aEnd.done, true);
  assert.strictEqual(aEnd.value.byteLength, 0);
  assert.deepStrictEqual(pulls, ['byob 3', 'default', 'default']);

  // Errors reach both branches.
  let controller;
  const failing = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const [x, y] = failing.tee();
  const rx = x.getReader({ mode: 'byob' });
  const readX = rx.read(new Uint8Array(2));
  const closedY = y.getReader().closed;
  const err = new Error('boom');
  await new Promise((r) => setTimeout(r, 1));
  controller.error(err);
  await assert.rejects(readX, err);
  await assert.rejects(closedY, err);
  await assert.rejects(rx.closed, err);
})().then(common.mustCall());
