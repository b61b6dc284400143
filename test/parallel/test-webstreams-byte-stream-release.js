'use strict';
// Releasing a BYOB reader with a read pending: the read rejects, the
// source's outstanding request can still be answered, and the bytes it
// writes reach the next reader.
const assert = require('assert');
const common = require('../common');

(async () => {
  let controller;
  const stream = new ReadableStream({ type: 'bytes', start(c) { controller = c; }, pull: common.mustCall() });
  const reader = stream.getReader({ mode: 'byob' });
  const pending = reader.read(new Uint8Array(4));
  await new Promise((r) => setTimeout(r, 1));
  const request = controller.byobRequest;
  assert.strictEqual(request.view.byteLength, 4);
  reader.releaseLock();
  await assert.rejects(pending, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Releasing reader' });
  await assert.rejects(reader.closed, { message: 'Invalid state: Reader released' });
  await assert.rejects(reader.read(new Uint8Array(1)), {
    message: 'Invalid state: The reader is not attached to a stream',
  });

  // The request outlives the reader.
  assert.strictEqual(controller.byobRequest, request);
  request.view[0] = 42;
  request.respond(1);
  assert.strictEqual(controller.byobRequest, null);
  const next = stream.getReader();
  const got = await next.read();
  assert.deepStrictEqual(got.value, new Uint8Array([42]));
  assert.strictEqual(got.value.buffer.byteLength, 1); // a copy of the filled part

  // Releasing a default reader of a byte stream with reads pending.
  const s2 = new ReadableStream({ type: 'bytes' });
  const r2 = s2.getReader();
  const p2 = r2.read();
  r2.releaseLock();
  await assert.rejects(p2, { message: 'Invalid state: Releasing reader' });
  const byob = s2.getReader({ mode: 'byob' });
  assert(byob instanceof ReadableStreamBYOBReader);
})().then(common.mustCall());
