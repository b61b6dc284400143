'use strict';
// new WritableStream(sink, strategy): validation with Node's errors, the
// order the dictionaries are read in, and the sink's methods called with
// the sink as `this`.
const assert = require('assert');
const common = require('../common');

assert.throws(() => new WritableStream(null), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "sink" argument must be of type object. Received null',
});
assert.throws(() => new WritableStream({ type: 'bytes' }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' is invalid. Received 'bytes'",
});
assert.throws(() => new WritableStream({ write: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sink.write" property must be of type function. Received type number (1)',
});
assert.throws(() => new WritableStream({ start: 1 }), TypeError);
assert.throws(() => new WritableStream({}, { highWaterMark: -1 }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new WritableStream({}, { size: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new WritableStream({ start() { throw new Error('start'); } }), /start/);

{
  const log = [];
  const spy = (name, obj) => new Proxy(obj, {
    get(t, k) { if (typeof k === 'string') log.push(`${name}.${k}`); return t[k]; },
  });
  new WritableStream(spy('sink', {}), spy('st', {}));
  assert.deepStrictEqual(log, ['sink.type', 'st.size', 'st.highWaterMark', 'sink.start', 'sink.write',
    'sink.close', 'sink.abort']);
}

{
  const sink = {
    start: common.mustCall(function(controller) {
      assert.strictEqual(this, sink);
      assert(controller instanceof WritableStreamDefaultController);
      assert(controller.signal instanceof AbortSignal);
      assert.strictEqual(controller.signal.aborted, false);
    }),
    write: common.mustCall(function(chunk, controller) {
      assert.strictEqual(this, sink);
      assert.strictEqual(chunk, 'c');
      assert(controller instanceof WritableStreamDefaultController);
    }),
    close: common.mustCall(function() {
      assert.strictEqual(this, sink);
      assert.strictEqual(arguments.length, 0);
    }),
  };
  const ws = new WritableStream(sink);
  const writer = ws.getWriter();
  assert.strictEqual(writer.desiredSize, 1);
  writer.write('c');
  writer.close().then(common.mustCall());
}

{
  const ws = new WritableStream({}, { highWaterMark: 4, size(chunk) { return chunk.length; } });
  const writer = ws.getWriter();
  assert.strictEqual(writer.desiredSize, 4);
  writer.write('abc');
  assert.strictEqual(writer.desiredSize, 1);
  assert.strictEqual(new WritableStream({}, { highWaterMark: '3' }).getWriter().desiredSize, 3);
}
