'use strict';
// Errors in a TransformStream: a throwing transform() errors both sides;
// controller.error() and terminate(); cancelling the readable side or
// aborting the writable side calls the transformer's cancel() once and
// errors the other side; Node's validation errors.
const assert = require('assert');
const common = require('../common');

(async () => {
  assert.throws(() => new TransformStream(null), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "transformer" argument must be of type object. Received null',
  });
  assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'transformer.readableType' is invalid. Received 'bytes'",
  });
  assert.throws(() => new TransformStream({ writableType: 'bytes' }), { name: 'RangeError' });
  assert.throws(() => new TransformStream({ transform: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transformer.transform" property must be of type function. Received type number (1)',
  });
  assert.throws(() => new TransformStream({}, 1), {
    message: 'The "writableStrategy" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => new TransformStream({}, {}, { highWaterMark: -1 }), {
    name: 'RangeError', message: "The property 'strategy.highWaterMark' is invalid. Received -1",
  });

  // transform() throws.
  const err = new Error('T');
  const ts = new TransformStream({ transform() { throw err; } });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  // A read pulls; until then the readable side applies backpressure and
  // the write waits.
  const read = r.read();
  await assert.rejects(w.write('a'), err);
  await assert.rejects(read, err);
  await assert.rejects(r.closed, err);
  await assert.rejects(w.closed, err);

  // controller.error().
  let controller;
  const ts2 = new TransformStream({ start(c) { controller = c; } });
  const e2 = new Error('E');
  controller.error(e2);
  await assert.rejects(ts2.readable.getReader().read(), e2);
  await assert.rejects(ts2.writable.getWriter().write(1), e2);

  // terminate(): the readable side closes after what was enqueued; writes fail.
  let c3;
  const ts3 = new TransformStream({ start(c) { c3 = c; } });
  const r3 = ts3.readable.getReader();
  const w3 = ts3.writable.getWriter();
  c3.enqueue('last');
  c3.terminate();
  assert.deepStrictEqual(await r3.read(), { done: false, value: 'last' });
  assert.deepStrictEqual(await r3.read(), { value: undefined, done: true });
  const terminated = {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated',
  };
  await assert.rejects(w3.closed, terminated);
  await assert.rejects(w3.write(1), terminated);
  assert.throws(() => c3.enqueue(1), { code: 'ERR_INVALID_STATE', message: 'Invalid state: Unable to enqueue' });

  // Cancelling the readable side: cancel(reason), the writable side errored.
  const ts4 = new TransformStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'C')),
    flush: common.mustNotCall(),
  });
  const w4 = ts4.writable.getWriter();
  assert.strictEqual(await ts4.readable.cancel('C'), undefined);
  await assert.rejects(w4.closed, (e) => e === 'C');
  await assert.rejects(w4.write(1), (e) => e === 'C');

  // Aborting the writable side: cancel(reason), the readable side errored.
  const ts5 = new TransformStream({ cancel: common.mustCall((reason) => assert.strictEqual(reason, 'A')) });
  const r5 = ts5.readable.getReader();
  assert.strictEqual(await ts5.writable.abort('A'), undefined);
  await assert.rejects(r5.closed, (e) => e === 'A');

  // A rejecting cancel() rejects the cancel and errors both sides with its error.
  const e6 = new Error('cancel failed');
  const ts6 = new TransformStream({ cancel() { throw e6; } });
  const w6 = ts6.writable.getWriter();
  await assert.rejects(ts6.readable.cancel('x'), e6);
  await assert.rejects(w6.closed, e6);

  // A throwing flush() errors the readable side and rejects the close.
  const e7 = new Error('flush failed');
  const ts7 = new TransformStream({ flush() { throw e7; } });
  const w7 = ts7.writable.getWriter();
  const r7 = ts7.readable.getReader();
  await assert.rejects(w7.close(), e7);
  await assert.rejects(r7.closed, e7);

  // Enqueueing past a cancelled readable side.
  let c8;
  const ts8 = new TransformStream({ start(c) { c8 = c; } });
  await ts8.readable.cancel();
  assert.throws(() => c8.enqueue(1), { message: 'Invalid state: Unable to enqueue' });

  assert.throws(() => TransformStreamDefaultController.prototype.enqueue.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TransformStreamDefaultController',
  });
  assert.throws(() => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}), {
    code: 'ERR_INVALID_THIS',
  });
})().then(common.mustCall());
