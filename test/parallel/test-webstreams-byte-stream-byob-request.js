'use strict';
// The controller's byobRequest: its view over the reader's buffer (past the
// bytes already filled), respond() and respondWithNewView(), the request
// going stale once answered, and the checks on what is answered.
const assert = require('assert');
const common = require('../common');

(async () => {
  let n = 0;
  const seen = [];
  const stream = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      assert(req instanceof ReadableStreamBYOBRequest);
      assert.strictEqual(c.byobRequest, req);
      seen.push(`${req.view.constructor.name} ${req.view.byteOffset}:${req.view.byteLength}`);
      req.view[0] = 10 + n;
      req.view[1] = 20 + n;
      req.respond(2);
      // A new request once answered, if the read still wants bytes.
      assert.strictEqual(c.byobRequest, n === 2 ? c.byobRequest : null);
      assert.notStrictEqual(c.byobRequest, req);
      assert.strictEqual(req.view, null);
      assert.throws(() => req.respond(1), {
        name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: This BYOB request has been invalidated',
      });
      if (++n === 4) c.close();
    },
  });
  const reader = stream.getReader({ mode: 'byob' });
  const a = await reader.read(new Uint8Array(4));
  assert.deepStrictEqual(a.value, new Uint8Array([10, 20]));
  const b = await reader.read(new Uint16Array(2));
  assert.deepStrictEqual(new Uint8Array(b.value.buffer, 0, 2), new Uint8Array([11, 21]));
  // With min 3, two pulls fill it: the second request starts past the
  // bytes the first wrote.
  const c = await reader.read(new Uint8Array(8), { min: 3 });
  assert.deepStrictEqual(c.value, new Uint8Array([12, 22, 13, 23]));
  assert.deepStrictEqual(seen, ['Uint8Array 0:4', 'Uint8Array 0:4', 'Uint8Array 0:8', 'Uint8Array 2:6']);

  // respondWithNewView: a view over the same buffer, at the right offset.
  const s2 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const answer = new Uint8Array(v.buffer, v.byteOffset, 2);
      answer.set([7, 8]);
      c.byobRequest.respondWithNewView(answer);
    },
  });
  const r2 = await s2.getReader({ mode: 'byob' }).read(new Uint8Array(3));
  assert.deepStrictEqual(r2.value, new Uint8Array([7, 8]));

  // Wrong answers error the stream (the pull throws).
  const wrong = async (pull, want) => {
    const s = new ReadableStream({ type: 'bytes', pull });
    await assert.rejects(s.getReader({ mode: 'byob' }).read(new Uint8Array(2)), want);
  };
  await wrong((c) => c.byobRequest.respond(5), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'bytesWritten' is invalid. Received 5",
  });
  await wrong((c) => c.byobRequest.respond(0), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  await wrong((c) => c.byobRequest.respondWithNewView(new Uint8Array(5)), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  await wrong((c) => c.byobRequest.respondWithNewView(new Uint8Array(c.byobRequest.view.buffer, 1, 1)), {
    name: 'RangeError',
  });
  await wrong((c) => c.byobRequest.respondWithNewView(1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "view" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)',
  });

  // After close(), a pending request is answered with respond(0).
  let controller;
  const s3 = new ReadableStream({ type: 'bytes', start(x) { controller = x; } });
  const r3 = s3.getReader({ mode: 'byob' });
  const pending = r3.read(new Uint8Array(3));
  await new Promise((r) => setTimeout(r, 1));
  controller.close();
  const req = controller.byobRequest;
  assert.strictEqual(req.view.byteLength, 3);
  assert.throws(() => req.respond(1), TypeError);
  req.respond(0);
  const end = await pending;
  assert.strictEqual(end.done, true);
  assert.strictEqual(end.value.byteLength, 0);
  assert.strictEqual(end.value.buffer.byteLength, 3);

  // enqueue() while a request is out answers it (the request goes stale).
  let c4;
  const s4 = new ReadableStream({ type: 'bytes', start(x) { c4 = x; } });
  const r4 = s4.getReader({ mode: 'byob' });
  const p4 = r4.read(new Uint8Array(4));
  await new Promise((r) => setTimeout(r, 1));
  const stale = c4.byobRequest;
  c4.enqueue(new Uint8Array([1, 2]));
  assert.strictEqual(c4.byobRequest, null);
  assert.strictEqual(stale.view, null);
  const got = await p4;
  assert.deepStrictEqual(got.value, new Uint8Array([1, 2]));
  assert.strictEqual(got.value.buffer.byteLength, 4);

  assert.throws(() => ReadableStreamBYOBRequest.prototype.respond.call({}, 1), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
