'use strict';
// BYOB reads from a byte stream: the view's buffer is transferred (the
// caller's is detached), the result is a view of the same kind over the
// new buffer, `min` waits for that many elements, partial elements stay
// queued, a DataView works, and a read on a closed stream gets an empty
// view with done.
const assert = require('assert');
const common = require('../common');

(async () => {
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); },
  });
  const reader = stream.getReader({ mode: 'byob' });
  assert(reader instanceof ReadableStreamBYOBReader);
  const view = new Uint16Array(1);
  const result = await reader.read(view);
  assert.strictEqual(view.buffer.detached, true);
  assert.strictEqual(view.byteLength, 0);
  assert(result.value instanceof Uint16Array);
  assert.deepStrictEqual(Object.keys(result), ['value', 'done']);
  assert.deepStrictEqual(new Uint8Array(result.value.buffer), new Uint8Array([1, 2]));
  // Three bytes left: a Uint16Array of 4 gets one element; the odd byte stays.
  const r2 = await reader.read(new Uint16Array(4));
  assert.strictEqual(r2.value.length, 1);
  assert.strictEqual(r2.value.buffer.byteLength, 8);
  assert.deepStrictEqual(new Uint8Array(r2.value.buffer, 0, 2), new Uint8Array([3, 4]));
  const dv = await reader.read(new DataView(new ArrayBuffer(4), 1, 2));
  assert(dv.value instanceof DataView);
  assert.strictEqual(dv.value.byteOffset, 1);
  assert.strictEqual(dv.value.byteLength, 1);
  assert.strictEqual(dv.value.getUint8(0), 5);

  // min: the read waits until that many elements are there.
  let controller;
  const s2 = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const r = s2.getReader({ mode: 'byob' });
  let done = false;
  const minRead = r.read(new Uint8Array(8), { min: 3 }).then((x) => { done = true; return x; });
  controller.enqueue(new Uint8Array([1, 2]));
  await new Promise((resolve) => setTimeout(resolve, 1));
  assert.strictEqual(done, false);
  controller.enqueue(new Uint8Array([3, 4]));
  const got = await minRead;
  assert.deepStrictEqual(got.value, new Uint8Array([1, 2, 3, 4]));
  assert.strictEqual(got.value.buffer.byteLength, 8);

  // Closed: an empty view of the right kind, done.
  controller.close();
  const end = await r.read(new Uint32Array(2));
  assert.strictEqual(end.done, true);
  assert(end.value instanceof Uint32Array);
  assert.strictEqual(end.value.length, 0);
  assert.strictEqual(end.value.buffer.byteLength, 8);

  // A Buffer comes back as a Buffer, as in Node.
  const s3 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([9])); } });
  const b = await s3.getReader({ mode: 'byob' }).read(Buffer.alloc(4));
  assert(Buffer.isBuffer(b.value));
  assert.deepStrictEqual([...b.value], [9]);

  // Closing while part of an element is queued errors the stream.
  const s4 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(1)); c.close(); } });
  await assert.rejects(s4.getReader({ mode: 'byob' }).read(new Uint16Array(1)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream closed',
  });
  // ...or with a partly filled pull-into pending.
  const s5 = new ReadableStream({
    type: 'bytes',
    pull(c) { c.enqueue(new Uint8Array(1)); c.close(); },
  });
  await assert.rejects(s5.getReader({ mode: 'byob' }).read(new Uint16Array(1)), {
    message: 'Invalid state: Partial read',
  });

  // A default reader of a byte stream gets Uint8Arrays, { done, value } from the queue.
  const s6 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint16Array([0x0102])); } });
  const d = await s6.getReader().read();
  assert.deepStrictEqual(Object.keys(d), ['done', 'value']);
  assert(d.value instanceof Uint8Array);
  assert.strictEqual(d.value.byteLength, 2);
})().then(common.mustCall());
