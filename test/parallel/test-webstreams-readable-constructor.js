'use strict';
// new ReadableStream(source, strategy): what Node accepts and rejects, in
// which order it reads the dictionaries' members, and how it converts the
// high-water mark and sizes.
const assert = require('assert');

assert.throws(() => new ReadableStream(null), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be of type object. Received null',
});
assert.throws(() => new ReadableStream(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new ReadableStream({ type: 'foo' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'source.type' is invalid. Received 'foo'",
});
assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() {} }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => new ReadableStream({ pull: 1 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source.pull" property must be of type function. Received type number (1)',
});
assert.throws(() => new ReadableStream({ start: 1 }), TypeError);
assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new ReadableStream({}, { highWaterMark: NaN }), { name: 'RangeError' });
assert.throws(() => new ReadableStream({}, { highWaterMark: 'a' }), {
  message: "The property 'strategy.highWaterMark' is invalid. Received 'a'",
});
assert.throws(() => new ReadableStream({}, { highWaterMark: 1n }), TypeError);
assert.throws(() => new ReadableStream({}, { size: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strategy.size" property must be of type function. Received type number (1)',
});
assert.throws(() => new ReadableStream({}, 1), {
  message: 'The "strategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'source.autoAllocateChunkSize' is invalid. Received 0",
});
// A start() that throws makes the constructor throw.
assert.throws(() => new ReadableStream({ start() { throw new Error('start'); } }), /start/);

// Accepted: no arguments, null strategy, functions and arrays as sources.
new ReadableStream();
new ReadableStream(undefined, null);
new ReadableStream(function source() {});
new ReadableStream([]);
new ReadableStream({ type: 'bytes' });
new ReadableStream({ type: { toString() { return 'bytes'; } } }).getReader({ mode: 'byob' });

// Members are read in Node's order: the strategy first, then the source.
{
  const log = [];
  const spy = (name, obj) => new Proxy(obj, {
    get(t, k) { if (typeof k === 'string') log.push(`${name}.${k}`); return t[k]; },
  });
  new ReadableStream(spy('src', {}), spy('st', {}));
  assert.deepStrictEqual(log, ['st.size', 'st.highWaterMark', 'src.type', 'src.start', 'src.pull', 'src.cancel']);
  log.length = 0;
  new ReadableStream(spy('src', { type: 'bytes' }), spy('st', {}));
  assert.deepStrictEqual(log, ['st.size', 'st.highWaterMark', 'src.type', 'src.start', 'src.pull', 'src.cancel',
    'src.autoAllocateChunkSize']);
}

// The high-water mark is converted to a number; the default is 1, or 0
// for a byte stream; Infinity is allowed.
{
  const desired = (source, strategy) => {
    let controller;
    new ReadableStream({ ...source, start(c) { controller = c; } }, strategy);
    return controller.desiredSize;
  };
  assert.strictEqual(desired({}), 1);
  assert.strictEqual(desired({ type: 'bytes' }), 0);
  assert.strictEqual(desired({}, { highWaterMark: '4' }), 4);
  assert.strictEqual(desired({}, { highWaterMark: { valueOf() { return 3; } } }), 3);
  assert.strictEqual(desired({}, { highWaterMark: Infinity }), Infinity);
  assert.strictEqual(desired({ type: 'bytes' }, { highWaterMark: 16 }), 16);
}

// start() gets the controller, with the source as `this`.
{
  const source = {
    start(controller) {
      assert.strictEqual(this, source);
      assert(controller instanceof ReadableStreamDefaultController);
    },
  };
  new ReadableStream(source);
  const bytes = {
    type: 'bytes',
    start(controller) {
      assert.strictEqual(this, bytes);
      assert(controller instanceof ReadableByteStreamController);
    },
  };
  new ReadableStream(bytes);
}
