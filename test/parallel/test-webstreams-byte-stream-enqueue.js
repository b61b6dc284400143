'use strict';
// ReadableByteStreamController.enqueue() and close(): the chunk's buffer is
// transferred (detached for the caller), zero-length chunks and closed
// streams are refused with Node's errors, desiredSize counts bytes, and
// autoAllocateChunkSize gives a default reader a BYOB request.
const assert = require('assert');
const common = require('../common');

(async () => {
  let controller;
  const stream = new ReadableStream({ type: 'bytes', start(c) { controller = c; } }, { highWaterMark: 10 });
  const chunk = new Uint8Array([1, 2, 3]);
  controller.enqueue(chunk);
  assert.strictEqual(chunk.buffer.detached, true);
  assert.strictEqual(chunk.byteLength, 0);
  assert.strictEqual(controller.desiredSize, 7);
  controller.enqueue(new DataView(new ArrayBuffer(4), 1, 2));
  assert.strictEqual(controller.desiredSize, 5);

  assert.throws(() => controller.enqueue(1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => controller.enqueue(new Uint8Array(0)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: chunk ArrayBuffer is zero-length or detached',
  });
  assert.throws(() => controller.enqueue(chunk), { message: 'Invalid state: chunk ArrayBuffer is zero-length or detached' });

  const reader = stream.getReader();
  const a = await reader.read();
  assert.deepStrictEqual(a.value, new Uint8Array([1, 2, 3]));
  const b = await reader.read();
  assert.strictEqual(b.value.byteOffset, 1);
  assert.strictEqual(b.value.byteLength, 2);
  assert.strictEqual(b.value.buffer.byteLength, 4);

  controller.close();
  assert.throws(() => controller.close(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is already closed',
  });
  assert.throws(() => controller.enqueue(new Uint8Array(1)), {
    message: 'Invalid state: ReadableStream is already closed',
  });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.strictEqual(controller.desiredSize, 0);

  let errored;
  const s2 = new ReadableStream({ type: 'bytes', start(c) { errored = c; } });
  errored.error(new Error('x'));
  assert.strictEqual(errored.desiredSize, null);
  assert.throws(() => errored.close(), { message: 'Invalid state: ReadableStream is already closed' });

  // A close() with bytes queued waits for them to be read.
  let c3;
  const s3 = new ReadableStream({ type: 'bytes', start(c) { c3 = c; } });
  c3.enqueue(new Uint8Array([5]));
  c3.close();
  const r3 = s3.getReader();
  assert.deepStrictEqual((await r3.read()).value, new Uint8Array([5]));
  assert.strictEqual((await r3.read()).done, true);
  void s2;

  // autoAllocateChunkSize: a default reader's read() comes with a request
  // for a fresh buffer of that size.
  const views = [];
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(c) {
      const view = c.byobRequest.view;
      views.push(`${view.constructor.name} ${view.byteOffset} ${view.byteLength} ${view.buffer.byteLength}`);
      view[0] = views.length;
      c.byobRequest.respond(1);
    },
  });
  const ar = auto.getReader();
  const x = await ar.read();
  const y = await ar.read();
  assert.deepStrictEqual(x.value, new Uint8Array([1]));
  assert.strictEqual(x.value.buffer.byteLength, 16);
  assert.deepStrictEqual(y.value, new Uint8Array([2]));
  assert.notStrictEqual(x.value.buffer, y.value.buffer);
  assert.deepStrictEqual(views, ['Uint8Array 0 16 16', 'Uint8Array 0 16 16']);
})().then(common.mustCall());
