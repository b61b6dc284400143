'use strict';
// Conversions between node:stream and WHATWG streams: Readable.toWeb and
// fromWeb, Writable.toWeb and fromWeb, Duplex.toWeb and fromWeb.
//
// A web stream made from a Node stream drives it through its public API
// (resume/pause and 'data' for reading, write/end and 'drain' for
// writing) and learns its end from finished(). A Node stream made from a
// web stream holds the web stream's reader or writer and turns each
// _read/_write/_final/_destroy into one reader or writer call. Either way
// an error on one side reaches the other, and a premature close of the
// Node stream reads as an AbortError on the web side, as in Node.

const {
  ReadableStream,
  isReadableStream,
} = require('internal/webstreams/readablestream');
const {
  WritableStream,
  isWritableStream,
} = require('internal/webstreams/writablestream');
const { apply2 } = require('internal/webstreams/util');
const {
  CountQueuingStrategy,
  ByteLengthQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
  kEosNodeSynchronousCallback,
} = require('internal/streams/utils');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/util/types').types;
const { validateBoolean, validateObject, validateOneOf } = require('internal/validators');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');

const PromisePrototypeThen = Promise.prototype.then;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseAll = Promise.all.bind(Promise);
const BufferIsBuffer = Buffer.isBuffer;
const BufferIsEncoding = Buffer.isEncoding;
const WritablePrototypeWrite = Writable.prototype.write;

const kEmptyObject = Object.freeze({ __proto__: null });

function then(promise, onFulfilled, onRejected) {
  return apply2(PromisePrototypeThen, promise, onFulfilled, onRejected);
}

function noop() {}

// A promise and the functions that settle it.
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// zlib's failure codes: an error carrying one reaches a web stream as a
// TypeError with that code (what CompressionStream users expect).
const kZlibFailures = new Set([
  'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR',
  'Z_VERSION_ERROR',
]);

// How a Node stream's failure looks on the web side.
function webError(cause) {
  const code = cause?.code;
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause });
  if (kZlibFailures.has(code) || (typeof code === 'string' && code.startsWith('ERR__ERROR_'))) {
    const err = new TypeError(undefined, { cause });
    err.code = code;
    return err;
  }
  return cause;
}

// Destroys a Node stream of any kind (it may not be this module's).
function destroy(stream, err) {
  destroyer(stream, err);
}

// A callback handed to a Node stream that may throw: past a promise
// reaction, the throw must not become an unhandled rejection.
function callSafely(callback, err, onThrow) {
  try {
    callback(err);
  } catch (thrown) {
    process.nextTick(onThrow, thrown);
  }
}

// ---- stream.Writable -> WritableStream ----------------------------------------------

function newWritableStreamFromStreamWritable(streamWritable) {
  // A Duplex whose writable side is off passes, and gets a closed stream.
  if (!streamWritable || typeof streamWritable.write !== 'function' ||
      typeof streamWritable.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }

  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const objectMode = streamWritable.writableObjectMode;
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = objectMode
    ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size(chunk) { return chunk?.byteLength ?? chunk?.length ?? 1; } };

  let controller;
  // The write in progress: its promise settles once the stream's callback
  // ran (when it was asked for one) and 'drain' came (when write() asked
  // to wait).
  let pending;
  // The close waiting for 'finish'.
  let closing;

  function settleIfDone(state) {
    if (pending !== state || !state.written || !state.drained) return;
    pending = undefined;
    state.resolve();
  }

  function failPending(error) {
    const state = pending;
    if (state === undefined) return;
    pending = undefined;
    state.reject(error);
  }

  function onDrain() {
    if (pending === undefined) return;
    pending.drained = true;
    settleIfDone(pending);
  }

  let cleanup = noop;
  cleanup = eos(streamWritable, (error) => {
    error = webError(error);
    cleanup();
    // Streams that emit 'error' again after finishing must not crash.
    streamWritable.on('error', noop);
    streamWritable.removeListener('drain', onDrain);
    if (error == null && closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    // Ended some other way than through close(): an abort for the writer.
    error ??= new AbortError();
    failPending(error);
    if (closing !== undefined) {
      closing.reject(error);
      closing = undefined;
    }
    if (controller !== undefined) {
      controller.error(error);
      controller = undefined;
    }
  });

  streamWritable.on('drain', onDrain);

  return new WritableStream({
    __proto__: null,
    start(c) {
      controller = c;
    },
    write(chunk) {
      const isBufferSource = isAnyArrayBuffer(chunk) || ArrayBuffer.isView(chunk);
      if (!objectMode && isAnyArrayBuffer(chunk)) chunk = new Uint8Array(chunk);
      // A plain Writable calls back once it is done with the bytes, and
      // the write's promise waits for that. Any other (a Duplex may keep
      // the chunk on its readable side; a corked or patched one may not
      // call back soon) gets a copy, so the caller may reuse its buffer.
      const state = streamWritable._writableState;
      const waitForCallback = isBufferSource && streamWritable.write === WritablePrototypeWrite &&
        streamWritable._readableState === undefined && state !== undefined && state.corked === 0;
      if (!objectMode && !waitForCallback && ArrayBuffer.isView(chunk) && !BufferIsBuffer(chunk)) {
        chunk = copyView(chunk);
      }
      const needDrainBefore = streamWritable.writableNeedDrain;
      if (!waitForCallback && !needDrainBefore) {
        // A throw (a chunk of the wrong type) fails this write and errors
        // the web stream; the Node stream is left as it is.
        const ok = streamWritable.write(chunk);
        if (ok || controller === undefined || !streamWritable.writableNeedDrain) return undefined;
        const { promise, resolve, reject } = deferred();
        pending = { resolve, reject, written: true, drained: false };
        return promise;
      }
      const { promise, resolve, reject } = deferred();
      const current = { resolve, reject, written: !waitForCallback, drained: false };
      pending = current;
      let ok;
      try {
        ok = waitForCallback
          ? streamWritable.write(chunk, (err) => {
            if (pending !== current) return;
            if (err != null) {
              failPending(webError(err));
              return;
            }
            current.written = true;
            settleIfDone(current);
          })
          : streamWritable.write(chunk);
      } catch (err) {
        if (pending === current) pending = undefined;
        throw err;
      }
      current.drained = !((needDrainBefore || !ok) && streamWritable.writableNeedDrain);
      settleIfDone(current);
      return promise;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closing === undefined && !isWritableEnded(streamWritable)) {
        closing = deferred();
        const { promise } = closing;
        streamWritable.end();
        return promise;
      }
      controller = undefined;
      return PromiseResolve();
    },
  }, strategy);
}

// A Uint8Array, DataView or other view over its own copy of the bytes.
function copyView(view) {
  const bytes = new Uint8Array(view.byteLength);
  bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  if (view instanceof DataView) return new DataView(bytes.buffer);
  const Ctor = view.constructor;
  return new Ctor(bytes.buffer, 0, view.byteLength / (Ctor.BYTES_PER_ELEMENT || 1));
}

// ---- WritableStream -> stream.Writable ----------------------------------------------

function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      const done = (err) => callSafely(callback, err, (thrown) => destroy(writable, thrown));
      then(writer.ready, () => {
        const writes = [];
        for (let i = 0; i < chunks.length; i++) writes.push(writer.write(chunks[i].chunk));
        then(PromiseAll(writes), () => done(), done);
      }, done);
    },

    write(chunk, encoding, callback) {
      const done = (err) => callSafely(callback, err, (thrown) => destroy(writable, thrown));
      then(writer.ready, () => then(writer.write(chunk), () => done(), done), done);
    },

    destroy(error, callback) {
      const done = () => callSafely(callback, error, (thrown) => { throw thrown; });
      if (closed) {
        done();
        return;
      }
      then(error != null ? writer.abort(error) : writer.close(), done, done);
    },

    final(callback) {
      const done = (err) => callSafely(callback, err, (thrown) => destroy(writable, thrown));
      if (!closed) then(writer.close(), () => done(), done);
    },
  });

  then(writer.closed, () => {
    // Closed from the web side before the Writable ended.
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });

  return writable;
}

// ---- stream.Readable -> ReadableStream ----------------------------------------------

// Marks a Node stream that already has the adapters' no-op 'error'
// listener, so converting it twice adds one.
const kErrorSentinel = Symbol('kErrorSentinel');

function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  // A Duplex whose readable side is off passes, and gets a closed stream.
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  if (options.type !== undefined) validateOneOf(options.type, 'options.type', ['bytes', undefined]);
  const isBytes = options.type === 'bytes';

  let controller;
  let done = false;
  const source = {
    __proto__: null,
    type: isBytes ? 'bytes' : undefined,
    start(c) {
      controller = c;
    },
    cancel(reason) {
      done = true;
      destroy(streamReadable, reason);
    },
  };

  let strategy;
  const readable = isReadable(streamReadable);
  const objectMode = streamReadable.readableObjectMode;
  if (readable) {
    source.pull = function pull() {
      streamReadable.resume();
    };
    const highWaterMark = streamReadable.readableHighWaterMark;
    if (isBytes) {
      strategy = { highWaterMark };
    } else {
      strategy = options.strategy ??
        (objectMode ? new CountQueuingStrategy({ highWaterMark }) : new ByteLengthQueuingStrategy({ highWaterMark }));
    }
  }
  const readableStream = new ReadableStream(source, strategy);

  // The readable side alone decides: a Duplex's half-open writable side
  // does not hold the web stream open.
  let cleanup = noop;
  cleanup = eos(streamReadable, {
    __proto__: null,
    writable: false,
    [kEosNodeSynchronousCallback]: true,
  }, (error) => {
    error = webError(error);
    cleanup();
    if (streamReadable[kErrorSentinel] !== true) {
      streamReadable.on('error', noop);
      streamReadable[kErrorSentinel] = true;
    }
    if (done) return;
    done = true;
    if (error) {
      controller.error(error);
      return;
    }
    controller.close();
    if (isBytes) controller.byobRequest?.respond(0);
  });

  if (done) {
    // finished() called back at once: the stream was already over.
    cleanup();
  } else if (readable) {
    streamReadable.pause();
    streamReadable.on('data', function onData(chunk) {
      if (done) return;
      // A copy: a Buffer may share memory with Node's pool.
      if (!objectMode && BufferIsBuffer(chunk)) chunk = new Uint8Array(chunk);
      controller.enqueue(chunk);
      if (controller.desiredSize <= 0) streamReadable.pause();
    });
  }

  return readableStream;
}

// ---- ReadableStream -> stream.Readable ----------------------------------------------

function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !BufferIsEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  validateBoolean(objectMode, 'options.objectMode');

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,

    read() {
      then(reader.read(), (result) => {
        if (result.done) readable.push(null);
        else readable.push(result.value);
      }, (error) => destroy(readable, error));
    },

    destroy(error, callback) {
      const done = () => callSafely(callback, error, (thrown) => { throw thrown; });
      if (closed) {
        done();
        return;
      }
      then(reader.cancel(error), done, done);
    },
  });

  then(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });

  return readable;
}

// ---- stream.Duplex <-> { readable, writable } ---------------------------------------

function newReadableWritablePairFromDuplex(duplex, options = kEmptyObject) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  validateObject(options, 'options');
  const readableType = options.readableType ?? options.type;

  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream({ type: readableType });
    writable.close();
    readable.cancel();
    return { readable, writable };
  }

  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }

  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex, { __proto__: null, type: readableType });
  } else {
    readable = new ReadableStream({ type: readableType });
    readable.cancel();
  }

  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !BufferIsEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      const done = (err) => callSafely(callback, err, (thrown) => destroy(duplex, thrown));
      then(writer.ready, () => {
        const writes = [];
        for (let i = 0; i < chunks.length; i++) writes.push(writer.write(chunks[i].chunk));
        then(PromiseAll(writes), () => done(), done);
      }, done);
    },

    write(chunk, encoding, callback) {
      const done = (err) => callSafely(callback, err, (thrown) => destroy(duplex, thrown));
      then(writer.ready, () => then(writer.write(chunk), () => done(), done), done);
    },

    final(callback) {
      const done = (err) => callSafely(callback, err, (thrown) => destroy(duplex, thrown));
      if (!writableClosed) then(writer.close(), () => done(), done);
    },

    read() {
      then(reader.read(), (result) => {
        if (result.done) duplex.push(null);
        else duplex.push(result.value);
      }, (error) => destroy(duplex, error));
    },

    destroy(error, callback) {
      const done = () => callSafely(callback, error, (thrown) => { throw thrown; });
      const pending = [];
      if (!writableClosed) pending.push(writer.abort(error));
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length === 0) {
        done();
        return;
      }
      then(PromiseAll(pending), done, done);
    },
  });

  then(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  then(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
