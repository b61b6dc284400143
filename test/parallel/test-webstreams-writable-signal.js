'use strict';
// WritableStreamDefaultController.signal: one AbortSignal per stream,
// aborted (with the reason, before the sink's abort() runs) when the stream
// is aborted, and already aborted when first read after an abort.
const assert = require('assert');
const common = require('../common');

(async () => {
  let controller;
  const order = [];
  const ws = new WritableStream({
    start(c) { controller = c; },
    write(chunk, c) {
      order.push(`write ${c.signal.aborted}`);
      return new Promise((resolve) => c.signal.addEventListener('abort', common.mustCall(() => {
        order.push(`signal ${c.signal.reason}`);
        resolve();
      })));
    },
    abort(reason) { order.push(`abort ${reason} ${controller.signal.aborted}`); },
  });
  const signal = controller.signal;
  assert(signal instanceof AbortSignal);
  assert.strictEqual(controller.signal, signal);
  const writer = ws.getWriter();
  const write = writer.write('x');
  await new Promise((r) => setTimeout(r, 1));
  await writer.abort('why');
  await write;
  assert.deepStrictEqual(order, ['write false', 'signal why', 'abort why true']);
  assert.strictEqual(signal.reason, 'why');

  let late;
  const ws2 = new WritableStream({ start(c) { late = c; } });
  await ws2.abort(new Error('gone'));
  assert.strictEqual(late.signal.aborted, true);
  assert.strictEqual(late.signal.reason.message, 'gone');

  // Errors and closes do not abort the signal.
  let c3;
  const ws3 = new WritableStream({ start(c) { c3 = c; } });
  await ws3.close();
  assert.strictEqual(c3.signal.aborted, false);
  assert.throws(() => Object.getOwnPropertyDescriptor(WritableStreamDefaultController.prototype, 'signal').get.call({}), {
    code: 'ERR_INVALID_THIS',
  });
})().then(common.mustCall());
