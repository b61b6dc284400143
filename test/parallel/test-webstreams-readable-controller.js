'use strict';
// ReadableStreamDefaultController: enqueue/close/error, desiredSize through
// the stream's life, the size strategy (its result converted to a number,
// bad sizes erroring the stream) and Node's errors.
const assert = require('assert');
const common = require('../common');

(async () => {
  let controller;
  const stream = new ReadableStream({ start(c) { controller = c; } }, {
    highWaterMark: 5,
    size(chunk) { return chunk.length; },
  });
  assert.strictEqual(controller.desiredSize, 5);
  controller.enqueue('abc');
  assert.strictEqual(controller.desiredSize, 2);
  controller.enqueue('abcd');
  assert.strictEqual(controller.desiredSize, -2);
  const reader = stream.getReader();
  assert.strictEqual((await reader.read()).value, 'abc');
  assert.strictEqual(controller.desiredSize, 1);
  controller.close();
  assert.strictEqual(controller.desiredSize, 1); // close requested, chunk left
  assert.throws(() => controller.enqueue('x'), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Controller is already closed',
  });
  assert.throws(() => controller.close(), { message: 'Invalid state: Controller is already closed' });
  assert.strictEqual((await reader.read()).value, 'abcd');
  assert.strictEqual(controller.desiredSize, 0);
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  controller.error(new Error('ignored once closed'));
  assert.strictEqual(controller.desiredSize, 0);

  // error(): desiredSize null, pending and later reads reject.
  let c2;
  const s2 = new ReadableStream({ start(c) { c2 = c; } });
  const r2 = s2.getReader();
  const pending = r2.read();
  const boom = new Error('boom');
  c2.error(boom);
  c2.error(new Error('second error is ignored'));
  assert.strictEqual(c2.desiredSize, null);
  await assert.rejects(pending, boom);
  await assert.rejects(r2.read(), boom);
  await assert.rejects(r2.closed, boom);
  assert.throws(() => c2.enqueue(1), { message: 'Invalid state: Controller is already closed' });

  // The size result is converted with ToNumber; a bad size errors the
  // stream and throws from enqueue().
  let c3;
  new ReadableStream({ start(c) { c3 = c; } }, { size() { return '2'; } });
  c3.enqueue(1);
  assert.strictEqual(c3.desiredSize, -1);
  for (const bad of [-1, NaN, Infinity]) {
    let c;
    const s = new ReadableStream({ start(x) { c = x; } }, { size() { return bad; } });
    assert.throws(() => c.enqueue(1), {
      name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: `The argument 'size' is invalid. Received ${bad}`,
    });
    await assert.rejects(s.getReader().closed, { code: 'ERR_INVALID_ARG_VALUE' });
  }
  const sizeError = new Error('size threw');
  let c4;
  const s4 = new ReadableStream({ start(c) { c4 = c; } }, { size() { throw sizeError; } });
  assert.throws(() => c4.enqueue(1), sizeError);
  await assert.rejects(s4.getReader().read(), sizeError);

  // The size function is called with no `this` and the chunk.
  let c5;
  new ReadableStream({ start(c) { c5 = c; } }, {
    size: common.mustCall(function(chunk) {
      assert.strictEqual(this, undefined);
      assert.strictEqual(chunk, 'chunk');
      return 1;
    }),
  });
  c5.enqueue('chunk');

  // enqueue() straight into a waiting read does not call size().
  let c6;
  const s6 = new ReadableStream({ start(c) { c6 = c; } }, { size: common.mustNotCall() });
  const p6 = s6.getReader().read();
  c6.enqueue('direct');
  assert.strictEqual((await p6).value, 'direct');

  // enqueue() with no argument enqueues undefined.
  let c7;
  const s7 = new ReadableStream({ start(c) { c7 = c; } });
  c7.enqueue();
  assert.strictEqual(c7.desiredSize, 0);
  assert.deepStrictEqual(await s7.getReader().read(), { done: false, value: undefined });

  // A rejected start() promise errors the stream.
  const startError = new Error('start failed');
  const s8 = new ReadableStream({ start() { return Promise.reject(startError); } });
  await assert.rejects(s8.getReader().read(), startError);

  assert.throws(() => ReadableStreamDefaultController.prototype.enqueue.call({}), TypeError);
})().then(common.mustCall());
