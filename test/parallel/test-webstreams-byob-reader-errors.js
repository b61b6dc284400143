'use strict';
// ReadableStreamBYOBReader: only for byte streams; read() checks its view
// and options and rejects (never throws) with Node's errors.
const assert = require('assert');
const common = require('../common');

(async () => {
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'stream' must be a byte stream. Received ReadableStream " +
      "{ locked: false, state: 'readable', supportsBYOB: false }",
  });
  assert.throws(() => new ReadableStreamBYOBReader(new ReadableStream()), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'foo' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.mode' is invalid. Received 'foo'",
  });
  assert.throws(() => new ReadableStream().getReader(1), { code: 'ERR_INVALID_ARG_TYPE' });

  const stream = new ReadableStream({ type: 'bytes' });
  const reader = stream.getReader({ mode: 'byob' });
  await assert.rejects(reader.read(), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "view" argument must be an instance of Buffer, TypedArray, or DataView. Received undefined',
  });
  await assert.rejects(reader.read(new ArrayBuffer(1)), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(reader.read(new Uint8Array(0)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
  });
  const detached = new Uint8Array(2);
  detached.buffer.transfer();
  await assert.rejects(reader.read(detached), { code: 'ERR_INVALID_STATE' });
  await assert.rejects(reader.read(new Uint8Array(1), { min: 0 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.min' must be greater than 0. Received 0",
  });
  await assert.rejects(reader.read(new Uint8Array(1), { min: 2 }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.min" is out of range. It must be <= view.length. Received 2',
  });
  await assert.rejects(reader.read(new Uint16Array(2), { min: 3 }), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(reader.read(new DataView(new ArrayBuffer(2)), { min: 3 }), {
    message: 'The value of "options.min" is out of range. It must be <= view.byteLength. Received 3',
  });
  await assert.rejects(reader.read(new Uint8Array(1), 1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (1)',
  });
  reader.releaseLock();
  await assert.rejects(reader.read(new Uint8Array(1)), {
    message: 'Invalid state: The reader is not attached to a stream',
  });
  await assert.rejects(ReadableStreamBYOBReader.prototype.read.call({}, new Uint8Array(1)), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStreamBYOBReader',
  });

  // An errored stream rejects reads with its error.
  const err = new Error('e');
  const errored = new ReadableStream({ type: 'bytes', start(c) { c.error(err); } });
  await assert.rejects(errored.getReader({ mode: 'byob' }).read(new Uint8Array(1)), err);
})().then(common.mustCall());
