'use strict';
// ReadableStream and its readers and controllers, following the abstract
// operations of the WHATWG Streams standard: default and byte streams,
// BYOB reads, tee (byte streams too), pipeTo/pipeThrough, async iteration
// and ReadableStream.from.
//
// As in writablestream.js, each public object holds an internal object in a
// private field (RStream, RReader, RDefaultController, RByteController,
// RByobRequest) whose plain properties are the standard's slots, and the
// abstract operations work on those. `obj` leads back to the public object.
//
// A read request is an object with chunk(), close() and error() methods
// (the standard's chunk, close and error steps); a read-into request's
// close() takes the (empty) view.

const {
  ERR_ARG_NOT_ITERABLE,
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_STATE,
  ERR_INVALID_THIS,
  ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const {
  ArrayBufferCtor,
  PromiseCtor,
  apply0,
  apply1,
  apply2,
  Ring,
  Uint8ArrayCtor,
  arrayBufferByteLength,
  call1,
  callAsync1,
  cloneArrayBuffer,
  copyBytes,
  customInspect,
  deferred,
  LazyPromise,
  dequeueValue,
  enforceRangeUint,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isArrayBufferView,
  isDetached,
  kInspect,
  noop,
  queueMicrotaskWith,
  readStrategy,
  rejected,
  resetQueue,
  resolved,
  resolvedUndefined,
  setHandled,
  startPromiseFor,
  then,
  transferArrayBuffer,
  typedArrayLength,
  typedArrayName,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
  viewCtor,
  viewElementSize,
} = require('internal/webstreams/util');
const { webIDLClass } = require('internal/webstreams/queuingstrategies');
const writable = require('internal/webstreams/writablestream');

const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;
const nextTick = process.nextTick;
const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);

const kInternal = Symbol('kInternal');

// Keys that node:stream's helpers (finished, isDisturbed, isErrored,
// addAbortSignal, pipeline) read on web streams.
const {
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
} = require('internal/streams/utils');

let abortControllerModule;
function abortModule() {
  if (abortControllerModule === undefined) abortControllerModule = require('internal/abort_controller');
  return abortControllerModule;
}

// ---- internal objects -----------------------------------------------------------

class RStream {
  constructor() {
    this.obj = undefined;
    this.state = 'readable';
    this.reader = undefined;
    this.storedError = undefined;
    this.disturbed = false;
    this.controller = undefined;
    // node:stream's view of the end, made when first asked for.
    this.closedDeferred = undefined;
  }
}

class RReader {
  constructor(isBYOB) {
    this.obj = undefined;
    this.stream = undefined;
    this.isBYOB = isBYOB;
    this.closedPromise = undefined;
    this.closedResolve = undefined;
    this.closedReject = undefined;
    // Read requests, or read-into requests for a BYOB reader.
    this.requests = new Ring();
  }
}

class RDefaultController {
  constructor(stream) {
    this.obj = undefined;
    this.stream = stream;
    this.isByte = false;
    this.queue = new Ring();
    this.queueTotalSize = 0;
    this.started = false;
    this.closeRequested = false;
    this.pullAgain = false;
    this.pulling = false;
    this.strategyHWM = 1;
    this.strategySizeAlgorithm = undefined;
    this.pullAlgorithm = undefined;
    this.cancelAlgorithm = undefined;
    this.onPullFulfilled = () => pullFulfilled(this);
    this.onPullRejected = (e) => defaultControllerError(this, e);
  }
}

class RByteController {
  constructor(stream) {
    this.obj = undefined;
    this.stream = stream;
    this.isByte = true;
    // Entries { buffer, byteOffset, byteLength }.
    this.queue = new Ring();
    this.queueTotalSize = 0;
    this.started = false;
    this.closeRequested = false;
    this.pullAgain = false;
    this.pulling = false;
    this.strategyHWM = 0;
    this.pullAlgorithm = undefined;
    this.cancelAlgorithm = undefined;
    this.autoAllocateChunkSize = undefined;
    this.byobRequest = null; // an RByobRequest
    this.pendingPullIntos = new Ring();
    this.onPullFulfilled = () => pullFulfilled(this);
    this.onPullRejected = (e) => byteControllerError(this, e);
  }
}

class RByobRequest {
  constructor(controller, view) {
    this.obj = undefined;
    this.controller = controller;
    this.view = view;
  }
}

// A pull-into descriptor.
class PullInto {
  constructor(buffer, byteOffset, byteLength, minimumFill, elementSize, viewConstructor, readerType) {
    this.buffer = buffer;
    this.bufferByteLength = arrayBufferByteLength(buffer);
    this.byteOffset = byteOffset;
    this.byteLength = byteLength;
    this.bytesFilled = 0;
    this.minimumFill = minimumFill;
    this.elementSize = elementSize;
    this.viewConstructor = viewConstructor;
    this.readerType = readerType; // 'default', 'byob' or 'none'
  }
}

// reader.read()'s request (a LazyPromise: a read answered at once, from the
// queue or by a closed or errored stream, makes no executor). Node makes
// the result { done, value } for a chunk taken from the queue and
// { value, done } for one handed to a waiting read.
class ReadRequest extends LazyPromise {
  chunk(chunk, fromQueue) {
    this.resolve(fromQueue === true ? { done: false, value: chunk } : { value: chunk, done: false });
  }

  close() {
    this.resolve({ value: undefined, done: true });
  }

  error(e) {
    this.reject(e);
  }
}

// byobReader.read()'s request.
class ReadIntoRequest extends LazyPromise {
  chunk(chunk) {
    this.resolve({ value: chunk, done: false });
  }

  close(chunk) {
    this.resolve({ value: chunk, done: true });
  }

  error(e) {
    this.reject(e);
  }
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function lockedError() {
  return new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
}

function notAttached() {
  return new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
}

// ---- public classes -------------------------------------------------------------

let streamOf;
let defaultReaderOf;
let byobReaderOf;
let defaultControllerOf;
let byteControllerOf;
let byobRequestOf;

class ReadableStream {
  #stream;

  constructor(source = undefined, strategy = undefined) {
    if (source === kInternal) {
      this.#stream = strategy;
      strategy.obj = this;
      return;
    }
    if (source === undefined) {
      source = null;
    } else if (!isObjectLike(source)) {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    const { size, highWaterMark } = readStrategy(strategy, 'strategy');
    let type;
    let start;
    let pull;
    let cancel;
    if (source !== null) {
      type = source.type;
      start = source.start;
      pull = source.pull;
      cancel = source.cancel;
    }
    const stream = new RStream();
    stream.obj = this;
    this.#stream = stream;
    if (type !== undefined && `${type}` !== 'bytes') {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (type !== undefined) {
      const autoAllocateChunkSize = source.autoAllocateChunkSize;
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      const hwm = extractHighWaterMark(highWaterMark, 0);
      setUpByteControllerFromSource(stream, source, start, pull, cancel, hwm, autoAllocateChunkSize);
    } else {
      const sizeAlgorithm = extractSizeAlgorithm(size);
      const hwm = extractHighWaterMark(highWaterMark, 1);
      setUpDefaultControllerFromSource(stream, source, start, pull, cancel, hwm, sizeAlgorithm);
    }
  }

  get locked() {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('ReadableStream');
    return this.#stream.reader !== undefined;
  }

  cancel(reason = undefined) {
    if (!isObjectLike(this) || !(#stream in this)) return rejected(new ERR_INVALID_THIS('ReadableStream'));
    const stream = this.#stream;
    if (stream.reader !== undefined) return rejected(lockedError());
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('ReadableStream');
    let mode;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      mode = options.mode;
    }
    if (mode === undefined) return acquireDefaultReader(this.#stream).obj;
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return acquireBYOBReader(this.#stream).obj;
  }

  pipeThrough(transform, options = undefined) {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (!isObjectLike(transform)) {
      throw new ERR_INVALID_ARG_TYPE('transform', 'Object', transform);
    }
    const readableObj = transform.readable;
    const rs = streamOf(readableObj);
    if (rs === undefined) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readableObj);
    }
    const writableObj = transform.writable;
    const ws = writable.streamOf(writableObj);
    if (ws === undefined) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writableObj);
    }
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    const stream = this.#stream;
    if (stream.reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (ws.writer !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = readableStreamPipeTo(stream, ws, preventClose, preventAbort, preventCancel, signal);
    setHandled(promise);
    return readableObj;
  }

  pipeTo(destination, options = undefined) {
    if (!isObjectLike(this) || !(#stream in this)) return rejected(new ERR_INVALID_THIS('ReadableStream'));
    const ws = writable.streamOf(destination);
    if (ws === undefined) {
      // Node names the argument so.
      return rejected(new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination));
    }
    let opts;
    try {
      opts = readPipeOptions(options);
    } catch (err) {
      return rejected(err);
    }
    const stream = this.#stream;
    if (stream.reader !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('The ReadableStream is locked'));
    }
    if (ws.writer !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('The WritableStream is locked'));
    }
    return readableStreamPipeTo(stream, ws, opts.preventClose, opts.preventAbort,
                                opts.preventCancel, opts.signal);
  }

  tee() {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('ReadableStream');
    const [a, b] = readableStreamTee(this.#stream);
    return [a.obj, b.obj];
  }

  values(options = undefined) {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('ReadableStream');
    let preventCancel = false;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      preventCancel = !!options.preventCancel;
    }
    const reader = acquireDefaultReader(this.#stream);
    return createAsyncIterator(reader, preventCancel);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable).obj;
  }

  get [kIsDisturbed]() {
    return this.#stream.disturbed;
  }

  get [kIsErrored]() {
    return this.#stream.state === 'errored';
  }

  get [kIsReadable]() {
    return this.#stream.state === 'readable';
  }

  get [kIsClosedPromise]() {
    const stream = this.#stream;
    if (stream.closedDeferred === undefined) {
      const { promise, resolve, reject } = deferred();
      const d = stream.closedDeferred = { promise, resolve, reject };
      setHandled(promise);
      if (stream.state === 'closed') d.resolve(undefined);
      else if (stream.state === 'errored') d.reject(stream.storedError);
    }
    return stream.closedDeferred;
  }

  get [kControllerErrorFunction]() {
    const controller = this.#stream.controller;
    return (error) => {
      if (controller.isByte) byteControllerError(controller, error);
      else defaultControllerError(controller, error);
    };
  }

  [kInspect](depth, options, inspect) {
    const stream = this.#stream;
    return customInspect(this, 'ReadableStream', {
      locked: stream.reader !== undefined,
      state: stream.state,
      supportsBYOB: stream.controller !== undefined && stream.controller.isByte,
    }, depth, options, inspect);
  }

  static {
    streamOf = (value) => {
      if (value !== null && typeof value === 'object' && #stream in value) return value.#stream;
      return undefined;
    };
  }
}

function readPipeOptions(options) {
  if (options === undefined || options === null) {
    return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
  }
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const preventClose = !!options.preventClose;
  const signal = options.signal;
  if (signal !== undefined && !abortModule().isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { preventAbort, preventCancel, preventClose, signal };
}

class ReadableStreamDefaultReader {
  #reader;

  constructor(stream, internal = undefined) {
    if (stream === kInternal) {
      this.#reader = internal;
      internal.obj = this;
      return;
    }
    const s = streamOf(stream);
    if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    const reader = new RReader(false);
    reader.obj = this;
    this.#reader = reader;
    setUpDefaultReader(reader, s);
  }

  read() {
    if (!isObjectLike(this) || !(#reader in this)) return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    const reader = this.#reader;
    if (reader.stream === undefined) return rejected(notAttached());
    const request = new ReadRequest();
    defaultReaderRead(reader, request);
    return request.promise();
  }

  releaseLock() {
    if (!isObjectLike(this) || !(#reader in this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    const reader = this.#reader;
    if (reader.stream === undefined) return;
    defaultReaderRelease(reader);
  }

  get closed() {
    if (!isObjectLike(this) || !(#reader in this)) return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    return this.#reader.closedPromise;
  }

  cancel(reason = undefined) {
    if (!isObjectLike(this) || !(#reader in this)) return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    const reader = this.#reader;
    if (reader.stream === undefined) return rejected(notAttached());
    return readableStreamCancel(reader.stream, reason);
  }

  [kInspect](depth, options, inspect) {
    const reader = this.#reader;
    return customInspect(this, 'ReadableStreamDefaultReader', {
      stream: reader.stream === undefined ? undefined : reader.stream.obj,
      readRequests: reader.requests.length,
      close: reader.closedPromise,
    }, depth, options, inspect);
  }

  static {
    defaultReaderOf = (value) => {
      if (value !== null && typeof value === 'object' && #reader in value) return value.#reader;
      return undefined;
    };
  }
}

class ReadableStreamBYOBReader {
  #reader;

  constructor(stream, internal = undefined) {
    if (stream === kInternal) {
      this.#reader = internal;
      internal.obj = this;
      return;
    }
    const s = streamOf(stream);
    if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    const reader = new RReader(true);
    reader.obj = this;
    this.#reader = reader;
    setUpBYOBReader(reader, s);
  }

  read(view, options = undefined) {
    if (!isObjectLike(this) || !(#reader in this)) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (!isArrayBufferView(view)) {
      return rejected(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    const buffer = viewBuffer(view);
    if (viewByteLength(view) === 0 || arrayBufferByteLength(buffer) === 0 || isDetached(buffer)) {
      return rejected(new ERR_INVALID_STATE.TypeError(
        'View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = 1;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        return rejected(new ERR_INVALID_ARG_TYPE('options', 'Object', options));
      }
      const value = options.min;
      if (value !== undefined) {
        try {
          min = enforceRangeUint(value);
        } catch (err) {
          return rejected(err);
        }
        if (!(min === min)) {
          return rejected(new ERR_INVALID_ARG_VALUE('options.min', value));
        }
      }
    }
    if (min === 0) {
      return rejected(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
    }
    if (typedArrayName(view) !== undefined) {
      if (min > typedArrayLength(view)) {
        return rejected(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
      }
    } else if (min > viewByteLength(view)) {
      return rejected(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
    }
    const reader = this.#reader;
    if (reader.stream === undefined) return rejected(notAttached());
    const request = new ReadIntoRequest();
    byobReaderRead(reader, view, min, request);
    // Node's read() is an async function: its promise settles two
    // microtasks after the request's.
    return startPromiseFor(request.promise());
  }

  releaseLock() {
    if (!isObjectLike(this) || !(#reader in this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    const reader = this.#reader;
    if (reader.stream === undefined) return;
    byobReaderRelease(reader);
  }

  get closed() {
    if (!isObjectLike(this) || !(#reader in this)) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    return this.#reader.closedPromise;
  }

  cancel(reason = undefined) {
    if (!isObjectLike(this) || !(#reader in this)) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    const reader = this.#reader;
    if (reader.stream === undefined) return rejected(notAttached());
    return readableStreamCancel(reader.stream, reason);
  }

  [kInspect](depth, options, inspect) {
    const reader = this.#reader;
    return customInspect(this, 'ReadableStreamBYOBReader', {
      stream: reader.stream === undefined ? undefined : reader.stream.obj,
      readIntoRequests: reader.requests.length,
      close: reader.closedPromise,
    }, depth, options, inspect);
  }

  static {
    byobReaderOf = (value) => {
      if (value !== null && typeof value === 'object' && #reader in value) return value.#reader;
      return undefined;
    };
  }
}

class ReadableStreamDefaultController {
  #controller;

  constructor(key = undefined, controller = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#controller = controller;
    controller.obj = this;
  }

  get desiredSize() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return defaultControllerGetDesiredSize(this.#controller);
  }

  close() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    const controller = this.#controller;
    if (!defaultControllerCanCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerClose(controller);
  }

  enqueue(chunk = undefined) {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    const controller = this.#controller;
    if (!defaultControllerCanCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerEnqueue(controller, chunk);
  }

  error(e = undefined) {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    defaultControllerError(this.#controller, e);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableStreamDefaultController', {}, depth, options, inspect);
  }

  static {
    defaultControllerOf = (value) => {
      if (value !== null && typeof value === 'object' && #controller in value) return value.#controller;
      return undefined;
    };
  }
}

class ReadableByteStreamController {
  #controller;

  constructor(key = undefined, controller = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#controller = controller;
    controller.obj = this;
  }

  get byobRequest() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const request = byteControllerGetBYOBRequest(this.#controller);
    return request === null ? null : request.obj;
  }

  get desiredSize() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerGetDesiredSize(this.#controller);
  }

  close() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const controller = this.#controller;
    checkByteControllerOpen(controller);
    byteControllerClose(controller);
  }

  enqueue(chunk) {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const buffer = viewBuffer(chunk);
    if (viewByteLength(chunk) === 0 || arrayBufferByteLength(buffer) === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const controller = this.#controller;
    checkByteControllerOpen(controller);
    byteControllerEnqueue(controller, chunk);
  }

  error(e = undefined) {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    byteControllerError(this.#controller, e);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableByteStreamController', {}, depth, options, inspect);
  }

  static {
    byteControllerOf = (value) => {
      if (value !== null && typeof value === 'object' && #controller in value) return value.#controller;
      return undefined;
    };
  }
}

class ReadableStreamBYOBRequest {
  #request;

  constructor(key = undefined, request = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#request = request;
    request.obj = this;
  }

  get view() {
    if (!isObjectLike(this) || !(#request in this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this.#request.view;
  }

  respond(bytesWritten) {
    if (!isObjectLike(this) || !(#request in this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const request = this.#request;
    const n = enforceRangeUint(bytesWritten);
    if (!(n === n)) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (request.controller === undefined) throw invalidated();
    if (isDetached(viewBuffer(request.view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(request.controller, n);
  }

  respondWithNewView(view) {
    if (!isObjectLike(this) || !(#request in this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const request = this.#request;
    if (request.controller === undefined) throw invalidated();
    if (isDetached(viewBuffer(view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespondWithNewView(request.controller, view);
  }

  [kInspect](depth, options, inspect) {
    const request = this.#request;
    return customInspect(this, 'ReadableStreamBYOBRequest', {
      view: request.view,
      controller: request.controller === undefined ? undefined : request.controller.obj,
    }, depth, options, inspect);
  }

  static {
    byobRequestOf = (value) => {
      if (value !== null && typeof value === 'object' && #request in value) return value.#request;
      return undefined;
    };
  }
}

// Node's wording: a close() asked for, or a stream no longer readable.
function checkByteControllerOpen(controller) {
  if (controller.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
  if (controller.stream.state !== 'readable') {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
  }
}

function invalidated() {
  return new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
}

webIDLClass(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
webIDLClass(ReadableStreamDefaultReader, ['read', 'releaseLock', 'closed', 'cancel']);
webIDLClass(ReadableStreamBYOBReader, ['read', 'releaseLock', 'closed', 'cancel']);
webIDLClass(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);
webIDLClass(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
webIDLClass(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);
ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});

// ---- creating streams -------------------------------------------------------------

function newStreamObject() {
  const stream = new RStream();
  new ReadableStream(kInternal, stream); // eslint-disable-line no-new
  return stream;
}

// CreateReadableStream: a default stream driven by internal algorithms.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = sizeOne) {
  const stream = newStreamObject();
  const controller = new RDefaultController(stream);
  new ReadableStreamDefaultController(kInternal, controller); // eslint-disable-line no-new
  setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                         highWaterMark, sizeAlgorithm);
  return stream;
}

function sizeOne() {
  return 1;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = newStreamObject();
  const controller = new RByteController(stream);
  new ReadableByteStreamController(kInternal, controller); // eslint-disable-line no-new
  setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

function returnUndefined() {
  return undefined;
}

function returnResolved() {
  return resolvedUndefined;
}

function checkMethod(value, name) {
  if (value !== undefined && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

function setUpDefaultControllerFromSource(stream, source, start, pull, cancel, hwm, sizeAlgorithm) {
  checkMethod(start, 'source.start');
  checkMethod(pull, 'source.pull');
  checkMethod(cancel, 'source.cancel');
  const controller = new RDefaultController(stream);
  const obj = new ReadableStreamDefaultController(kInternal, controller);
  const startAlgorithm = start === undefined ? returnUndefined :
    () => apply1(start, source, obj);
  const pullAlgorithm = pull === undefined ? returnResolved : () => call1(pull, source, obj);
  const cancelAlgorithm = cancel === undefined ? returnResolved :
    (reason) => callAsync1(cancel, source, reason);
  setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                         hwm, sizeAlgorithm);
}

function setUpByteControllerFromSource(stream, source, start, pull, cancel, hwm, autoAllocateChunkSize) {
  checkMethod(start, 'source.start');
  checkMethod(pull, 'source.pull');
  checkMethod(cancel, 'source.cancel');
  if (autoAllocateChunkSize !== undefined) {
    const n = enforceRangeUint(autoAllocateChunkSize);
    if (!(n > 0)) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = n;
  }
  const controller = new RByteController(stream);
  const obj = new ReadableByteStreamController(kInternal, controller);
  const startAlgorithm = start === undefined ? returnUndefined :
    () => apply1(start, source, obj);
  const pullAlgorithm = pull === undefined ? returnResolved : () => call1(pull, source, obj);
  const cancelAlgorithm = cancel === undefined ? returnResolved :
    (reason) => callAsync1(cancel, source, reason);
  setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                      hwm, autoAllocateChunkSize);
}

// ---- ReadableStream abstract operations ---------------------------------------------

function acquireDefaultReader(stream) {
  const reader = new RReader(false);
  setUpDefaultReader(reader, stream);
  new ReadableStreamDefaultReader(kInternal, reader); // eslint-disable-line no-new
  return reader;
}

function acquireBYOBReader(stream) {
  const reader = new RReader(true);
  setUpBYOBReader(reader, stream);
  new ReadableStreamBYOBReader(kInternal, reader); // eslint-disable-line no-new
  return reader;
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return resolved(undefined);
  if (stream.state === 'errored') return rejected(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.isBYOB) {
    const requests = reader.requests;
    if (requests.length > 0) {
      reader.requests = new Ring();
      while (requests.length > 0) requests.shift().close(undefined);
    }
  }
  const controller = stream.controller;
  const sourceCancelPromise = controller.isByte ?
    byteControllerCancelSteps(controller, reason) : defaultControllerCancelSteps(controller, reason);
  return then(sourceCancelPromise, noop);
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  if (stream.closedDeferred !== undefined) stream.closedDeferred.resolve(undefined);
  const reader = stream.reader;
  if (reader === undefined) return;
  resolveClosed(reader);
  if (!reader.isBYOB) {
    const requests = reader.requests;
    if (requests.length > 0) {
      reader.requests = new Ring();
      while (requests.length > 0) requests.shift().close();
    }
  }
}

function readableStreamError(stream, e) {
  stream.state = 'errored';
  stream.storedError = e;
  if (stream.closedDeferred !== undefined) stream.closedDeferred.reject(e);
  const reader = stream.reader;
  if (reader === undefined) return;
  rejectClosed(reader, e);
  setHandled(reader.closedPromise);
  errorRequests(reader, e);
}

function errorRequests(reader, e) {
  const requests = reader.requests;
  if (requests.length === 0) return;
  reader.requests = new Ring();
  while (requests.length > 0) requests.shift().error(e);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream.reader.requests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const request = stream.reader.requests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function numReadRequests(stream) {
  return stream.reader.requests.length;
}

function hasDefaultReader(stream) {
  return stream.reader !== undefined && !stream.reader.isBYOB;
}

function hasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.isBYOB;
}

// ---- readers --------------------------------------------------------------------

function resolveClosed(reader) {
  if (reader.closedResolve === undefined) return;
  const resolve = reader.closedResolve;
  reader.closedResolve = reader.closedReject = undefined;
  resolve(undefined);
}

function rejectClosed(reader, e) {
  if (reader.closedReject === undefined) return;
  const reject = reader.closedReject;
  reader.closedResolve = reader.closedReject = undefined;
  reject(e);
}

function readerGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  if (stream.state === 'readable') {
    const d = deferred();
    reader.closedPromise = d.promise;
    reader.closedResolve = d.resolve;
    reader.closedReject = d.reject;
  } else if (stream.state === 'closed') {
    reader.closedPromise = resolved(undefined);
  } else {
    reader.closedPromise = rejected(stream.storedError);
    setHandled(reader.closedPromise);
  }
}

function readerGenericRelease(reader) {
  const stream = reader.stream;
  const e = new ERR_INVALID_STATE.TypeError('Reader released');
  if (reader.closedReject !== undefined) rejectClosed(reader, e);
  else reader.closedPromise = rejected(e);
  setHandled(reader.closedPromise);
  const controller = stream.controller;
  if (controller.isByte) byteControllerReleaseSteps(controller);
  stream.reader = undefined;
  reader.stream = undefined;
}

function setUpDefaultReader(reader, stream) {
  if (stream.reader !== undefined) throw lockedError();
  readerGenericInitialize(reader, stream);
}

function setUpBYOBReader(reader, stream) {
  if (stream.reader !== undefined) throw lockedError();
  if (!stream.controller.isByte) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream.obj, 'must be a byte stream');
  }
  readerGenericInitialize(reader, stream);
}

function defaultReaderRead(reader, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') {
    request.close();
  } else if (stream.state === 'errored') {
    request.error(stream.storedError);
  } else {
    const controller = stream.controller;
    if (controller.isByte) byteControllerPullSteps(controller, request);
    else defaultControllerPullSteps(controller, request);
  }
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  errorRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function byobReaderRead(reader, view, min, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') request.error(stream.storedError);
  else byteControllerPullInto(stream.controller, view, min, request);
}

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  errorRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

// ---- default controller ---------------------------------------------------------

function setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                highWaterMark, sizeAlgorithm) {
  controller.strategySizeAlgorithm = sizeAlgorithm;
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  stream.controller = controller;
  const startResult = startAlgorithm();
  then(startPromiseFor(startResult), () => {
    controller.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (r) => {
    defaultControllerError(controller, r);
  });
}

function pullFulfilled(controller) {
  controller.pulling = false;
  if (controller.pullAgain) {
    controller.pullAgain = false;
    if (controller.isByte) byteControllerCallPullIfNeeded(controller);
    else defaultControllerCallPullIfNeeded(controller);
  }
}

function defaultControllerCallPullIfNeeded(controller) {
  if (!defaultControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  const pullPromise = controller.pullAlgorithm();
  then(pullPromise, controller.onPullFulfilled, controller.onPullRejected);
}

function defaultControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!controller.started) return false;
  if (stream.reader !== undefined && stream.reader.requests.length > 0) return true;
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (stream.reader !== undefined && stream.reader.requests.length > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = controller.strategySizeAlgorithm(chunk);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, e) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  resetQueue(controller);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function defaultControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream.state === 'readable';
}

function defaultControllerCancelSteps(controller, reason) {
  resetQueue(controller);
  const result = controller.cancelAlgorithm(reason);
  defaultControllerClearAlgorithms(controller);
  return result;
}

function defaultControllerPullSteps(controller, request) {
  const stream = controller.stream;
  if (controller.queue.length > 0) {
    const chunk = dequeueValue(controller);
    if (controller.closeRequested && controller.queue.length === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    request.chunk(chunk, true);
  } else {
    stream.reader.requests.push(request);
    defaultControllerCallPullIfNeeded(controller);
  }
}

// ---- byte controller ------------------------------------------------------------

function setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                             highWaterMark, autoAllocateChunkSize) {
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  controller.autoAllocateChunkSize = autoAllocateChunkSize;
  stream.controller = controller;
  const startResult = startAlgorithm();
  then(startPromiseFor(startResult), () => {
    controller.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (r) => {
    byteControllerError(controller, r);
  });
}

function byteControllerGetBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos.peek();
    const view = new Uint8ArrayCtor(first.buffer, first.byteOffset + first.bytesFilled,
                                    first.byteLength - first.bytesFilled);
    const request = new RByobRequest(controller, view);
    new ReadableStreamBYOBRequest(kInternal, request); // eslint-disable-line no-new
    controller.byobRequest = request;
  }
  return controller.byobRequest;
}

function byteControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function byteControllerCallPullIfNeeded(controller) {
  if (!byteControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  const pullPromise = controller.pullAlgorithm();
  then(pullPromise, controller.onPullFulfilled, controller.onPullRejected);
}

function byteControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return false;
  if (controller.closeRequested) return false;
  if (!controller.started) return false;
  if (stream.reader !== undefined && stream.reader.requests.length > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller.pendingPullIntos = new Ring();
}

function byteControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos.peek();
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(controller, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (stream.state === 'closed') done = true;
  const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') fulfillReadRequest(stream, filledView, done);
  else fulfillReadIntoRequest(stream, filledView, done);
}

// node:buffer's Buffer, once it has loaded (a view of that class can only
// exist then).
let BufferCtor;
function loadedBuffer() {
  if (BufferCtor === undefined && natives.isBuiltinLoaded('buffer')) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

function byteControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferArrayBuffer(pullInto.buffer);
  const length = pullInto.bytesFilled / pullInto.elementSize;
  const ctor = pullInto.viewConstructor;
  // A read into a Buffer gives a Buffer made by Buffer.from, as in Node:
  // Buffer() itself would warn (DEP0005).
  if (ctor === loadedBuffer()) return BufferCtor.from(buffer, pullInto.byteOffset, length);
  return new ctor(buffer, pullInto.byteOffset, length);
}

function byteControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  if (isDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  }
  const transferredBuffer = transferArrayBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos.peek();
    if (isDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached');
    }
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(controller);
      const transferredView = new Uint8ArrayCtor(transferredBuffer, byteOffset, byteLength);
      fulfillReadRequest(stream, transferredView, false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  } else {
    byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
  } catch (err) {
    byteControllerError(controller, err);
    throw err;
  }
  byteControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer, pullInto.byteOffset,
                                            pullInto.bytesFilled);
  }
  byteControllerShiftPendingPullInto(controller);
}

function byteControllerFillHeadPullIntoDescriptor(controller, size, pullInto) {
  pullInto.bytesFilled += size;
}

function byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto) {
  const maxBytesToCopy = Math.min(controller.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = controller.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    copyBytes(pullInto.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    byteControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillReadRequestFromQueue(controller, request) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  const view = new Uint8ArrayCtor(entry.buffer, entry.byteOffset, entry.byteLength);
  request.chunk(view, true);
}

function byteControllerHandleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerInvalidateBYOBRequest(controller) {
  const request = controller.byobRequest;
  if (request === null) return;
  request.controller = undefined;
  request.view = null;
  controller.byobRequest = null;
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  const pending = controller.pendingPullIntos;
  while (pending.length > 0) {
    if (controller.queueTotalSize === 0) break;
    const pullInto = pending.peek();
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      byteControllerShiftPendingPullInto(controller);
      filled[filled.length] = pullInto;
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const reader = controller.stream.reader;
  while (reader.requests.length > 0) {
    if (controller.queueTotalSize === 0) return;
    const request = reader.requests.shift();
    byteControllerFillReadRequestFromQueue(controller, request);
  }
}

function byteControllerPullInto(controller, view, min, request) {
  const stream = controller.stream;
  const name = typedArrayName(view);
  const ctor = viewCtor(view, name);
  const elementSize = viewElementSize(name);
  const minimumFill = min * elementSize;
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  let buffer;
  try {
    buffer = transferArrayBuffer(viewBuffer(view));
  } catch (err) {
    request.error(err);
    return;
  }
  const pullInto = new PullInto(buffer, byteOffset, byteLength, minimumFill, elementSize, ctor, 'byob');
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(pullInto);
    stream.reader.requests.push(request);
    return;
  }
  if (stream.state === 'closed') {
    request.close(new ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
      byteControllerHandleQueueDrain(controller);
      request.chunk(filledView);
      return;
    }
    if (controller.closeRequested) {
      const e = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      byteControllerError(controller, e);
      request.error(e);
      return;
    }
  }
  controller.pendingPullIntos.push(pullInto);
  stream.reader.requests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const first = controller.pendingPullIntos.peek();
  const state = controller.stream.state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') byteControllerShiftPendingPullInto(controller);
  const stream = controller.stream;
  if (hasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < numReadRequests(stream)) {
      filled[filled.length] = byteControllerShiftPendingPullInto(controller);
    }
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function byteControllerRespondInReadableState(controller, bytesWritten, pullInto) {
  byteControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullInto);
  const stream = controller.stream;
  if (pullInto.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(controller, pullInto);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  byteControllerShiftPendingPullInto(controller);
  const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
  if (remainderSize > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer, end - remainderSize, remainderSize);
  }
  pullInto.bytesFilled -= remainderSize;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
  byteControllerCommitPullIntoDescriptor(stream, pullInto);
  for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos.peek();
  byteControllerInvalidateBYOBRequest(controller);
  if (controller.stream.state === 'closed') byteControllerRespondInClosedState(controller, first);
  else byteControllerRespondInReadableState(controller, bytesWritten, first);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const first = controller.pendingPullIntos.peek();
  const state = controller.stream.state;
  const byteLength = viewByteLength(view);
  if (state === 'closed') {
    if (byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a byteLength of 0 when the stream is closed');
    }
  } else if (byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view);
  }
  const buffer = viewBuffer(view);
  if (first.byteOffset + first.bytesFilled !== viewByteOffset(view) ||
      first.bufferByteLength !== arrayBufferByteLength(buffer) ||
      first.bytesFilled + byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  first.buffer = transferArrayBuffer(buffer);
  byteControllerRespondInternal(controller, byteLength);
}

function byteControllerShiftPendingPullInto(controller) {
  return controller.pendingPullIntos.shift();
}

function byteControllerError(controller, e) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function byteControllerCancelSteps(controller, reason) {
  byteControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  const result = controller.cancelAlgorithm(reason);
  byteControllerClearAlgorithms(controller);
  return result;
}

function byteControllerPullSteps(controller, request) {
  const stream = controller.stream;
  if (controller.queueTotalSize > 0) {
    byteControllerFillReadRequestFromQueue(controller, request);
    return;
  }
  const autoAllocateChunkSize = controller.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBufferCtor(autoAllocateChunkSize);
    } catch (err) {
      request.error(err);
      return;
    }
    controller.pendingPullIntos.push(new PullInto(buffer, 0, autoAllocateChunkSize, 1, 1,
                                                  Uint8ArrayCtor, 'default'));
  }
  stream.reader.requests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerReleaseSteps(controller) {
  const pending = controller.pendingPullIntos;
  if (pending.length > 0) {
    const first = pending.peek();
    first.readerType = 'none';
    controller.pendingPullIntos = new Ring();
    controller.pendingPullIntos.push(first);
  }
}

// ---- tee ------------------------------------------------------------------------

function readableStreamTee(stream, cloneForBranch2 = false) {
  return stream.controller.isByte ? byteStreamTee(stream) : defaultStreamTee(stream, cloneForBranch2);
}

// ReadableStreamDefaultTee. Node closes the branches from a process.nextTick
// callback rather than at once (nodejs/node#39758); the same is done here,
// as it decides when the branches' readers see the end. With
// cloneForBranch2, the second branch gets a structured clone of each chunk;
// a chunk that cannot be cloned is, as in Node, an unhandled rejection
// (DataCloneError), and neither branch gets it.
function defaultStreamTee(stream, cloneForBranch2) {
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = deferred();

  const deliver = (chunk) => {
    readAgain = false;
    let chunk2 = chunk;
    if (cloneForBranch2 && !canceled2) {
      try {
        chunk2 = structuredClone(chunk);
      } catch (err) {
        reading = false;
        throw err;
      }
    }
    if (!canceled1) defaultControllerEnqueue(branch1.controller, chunk);
    if (!canceled2) defaultControllerEnqueue(branch2.controller, chunk2);
    reading = false;
    if (readAgain) pullAlgorithm();
  };
  const closeBranches = () => {
    reading = false;
    if (!canceled1) defaultControllerClose(branch1.controller);
    if (!canceled2) defaultControllerClose(branch2.controller);
    if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
  };
  const readRequest = {
    chunk(chunk) {
      queueMicrotaskWith(deliver, chunk);
    },
    close() {
      nextTick(closeBranches);
    },
    error() {
      reading = false;
    },
  };
  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolvedUndefined;
    }
    reading = true;
    defaultReaderRead(reader, readRequest);
    return resolvedUndefined;
  }
  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }
  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }
  branch1 = createReadableStream(returnUndefined, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(returnUndefined, pullAlgorithm, cancel2Algorithm);
  then(reader.closedPromise, undefined, (r) => {
    defaultControllerError(branch1.controller, r);
    defaultControllerError(branch2.controller, r);
    if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
  });
  return [branch1, branch2];
}

function cloneAsUint8Array(view) {
  const buffer = cloneArrayBuffer(viewBuffer(view), viewByteOffset(view), viewByteLength(view));
  return new Uint8ArrayCtor(buffer);
}

// ReadableByteStreamTee: each branch reads with its own BYOB request when it
// has one, so a BYOB reader of a branch fills its own buffer.
function byteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = deferred();

  const forwardReaderError = (thisReader) => {
    then(thisReader.closedPromise, undefined, (r) => {
      if (thisReader !== reader) return;
      byteControllerError(branch1.controller, r);
      byteControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
    });
  };
  const cloneFailed = (err) => {
    byteControllerError(branch1.controller, err);
    byteControllerError(branch2.controller, err);
    cancelDeferred.resolve(readableStreamCancel(stream, err));
  };
  const continueReading = () => {
    reading = false;
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  };

  const deliverDefault = (chunk) => {
    readAgainForBranch1 = false;
    readAgainForBranch2 = false;
    const chunk1 = chunk;
    let chunk2 = chunk;
    if (!canceled1 && !canceled2) {
      try {
        chunk2 = cloneAsUint8Array(chunk);
      } catch (err) {
        cloneFailed(err);
        return;
      }
    }
    if (!canceled1) byteControllerEnqueue(branch1.controller, chunk1);
    if (!canceled2) byteControllerEnqueue(branch2.controller, chunk2);
    continueReading();
  };
  const defaultReadRequest = {
    chunk(chunk) {
      queueMicrotaskWith(deliverDefault, chunk);
    },
    close() {
      reading = false;
      if (!canceled1) byteControllerClose(branch1.controller);
      if (!canceled2) byteControllerClose(branch2.controller);
      if (branch1.controller.pendingPullIntos.length > 0) byteControllerRespond(branch1.controller, 0);
      if (branch2.controller.pendingPullIntos.length > 0) byteControllerRespond(branch2.controller, 0);
      if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
    },
    error() {
      reading = false;
    },
  };
  const pullWithDefaultReader = () => {
    if (reader.isBYOB) {
      byobReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, defaultReadRequest);
  };

  const pullWithBYOBReader = (view, forBranch2) => {
    if (!reader.isBYOB) {
      defaultReaderRelease(reader);
      reader = acquireBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    const deliver = (chunk) => {
      readAgainForBranch1 = false;
      readAgainForBranch2 = false;
      const byobCanceled = forBranch2 ? canceled2 : canceled1;
      const otherCanceled = forBranch2 ? canceled1 : canceled2;
      if (!otherCanceled) {
        let clone;
        try {
          clone = cloneAsUint8Array(chunk);
        } catch (err) {
          cloneFailed(err);
          return;
        }
        if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
        byteControllerEnqueue(otherBranch.controller, clone);
      } else if (!byobCanceled) {
        byteControllerRespondWithNewView(byobBranch.controller, chunk);
      }
      continueReading();
    };
    byobReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotaskWith(deliver, chunk);
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) byteControllerClose(byobBranch.controller);
        if (!otherCanceled) byteControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            byteControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelDeferred.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  };

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return resolvedUndefined;
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch1.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, false);
    return resolvedUndefined;
  }
  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return resolvedUndefined;
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch2.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, true);
    return resolvedUndefined;
  }
  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }
  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }
  branch1 = createReadableByteStream(returnUndefined, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(returnUndefined, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- pipeTo -------------------------------------------------------------------

// ReadableStreamPipeTo. The standard leaves the pace of the loop to the
// implementation; this one keeps Node's observable pace:
//  - chunks already queued in a default source are read and written at
//    once, for as long as the destination applies no backpressure; when the
//    queue runs dry, the next read waits a microtask;
//  - any other chunk (from a byte source, or handed to a pending read) is
//    written one microtask after it is read, and reading goes on from there;
//  - while the destination applies backpressure, the loop waits, and goes
//    on in the job that ends it (the end of a write);
//  - reading goes on into an erroring destination, until its error shuts
//    the pipe down.
// Shutting down waits for the last write to settle, as the standard says; a
// failed last write ends the pipe with its error.
// Differential runs against Node 24 (random sources, sinks, options and
// aborts) agree on the order of every event in about 98% of the cases; the
// rest differ by a microtask in when the shutdown's action runs.
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireDefaultReader(source);
  const writer = writable.acquireWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = writable.fulfilledWrite; // a write request (writablestream's)
  let disposable;
  const result = deferred();

  const finalize = (isError, error) => {
    writable.writerRelease(writer);
    defaultReaderRelease(reader);
    if (disposable !== undefined) {
      const dispose = disposable[Symbol.dispose];
      disposable = undefined;
      apply0(dispose, undefined);
    }
    if (isError) result.reject(error);
    else result.resolve(undefined);
  };

  // Waits until every chunk read has been written: the last write succeeds
  // and no newer one started meanwhile. As in Node, a failed last write
  // ends the pipe with its error, without the shutdown's action.
  const afterWrites = (fn) => {
    const write = currentWrite;
    then(write.promise(), () => {
      if (write !== currentWrite) afterWrites(fn);
      else fn();
    }, (error) => finalize(true, error));
  };

  const shutdownWithAnAction = (action, isError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      let p;
      try {
        p = action();
      } catch (err) {
        p = rejected(err);
      }
      then(p, () => finalize(isError, originalError), (newError) => finalize(true, newError));
    };
    if (dest.state === 'writable' && !writable.closeQueuedOrInFlight(dest)) afterWrites(doTheRest);
    else doTheRest();
  };

  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest.state === 'writable' && !writable.closeQueuedOrInFlight(dest)) {
      afterWrites(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  };

  // ---- the loop
  // (Its promise, made only if the shutdown waits for it, gets a handler
  // then: a failed write of a pipe is never an unhandled rejection.)
  const writeChunk = (chunk) => {
    currentWrite = writable.writeRequest(writer, chunk);
  };
  // A chunk read before the pipe began to shut down is still written (the
  // shutdown waits for it); one that arrives after the end is dropped.
  const afterAsyncChunk = (chunk) => {
    if (writer.stream === undefined) return;
    writeChunk(chunk);
    if (!shuttingDown) step(false);
  };
  const readRequest = {
    chunk(chunk) {
      queueMicrotaskWith(afterAsyncChunk, chunk);
    },
    close: noop,
    error: noop,
  };
  const onReady = () => step(false);
  // `checked`: stop at an errored or closing destination. Node checks so
  // only while it reads queued chunks one after the other; the other reads
  // (the first, the one after the queue ran dry, the one after a write) are
  // made whatever the destination's state, backpressure aside.
  function step(checked) {
    let wroteQueued = false;
    for (;;) {
      if (shuttingDown) return;
      if (checked && (dest.state === 'errored' || writable.closeQueuedOrInFlight(dest))) return;
      checked = true;
      if (dest.backpressure) {
        writer.onReady = onReady;
        return;
      }
      if (source.state !== 'readable') return;
      const controller = source.controller;
      if (!controller.isByte && controller.queue.length > 0) {
        // The pull steps, as Node orders them: a close the last chunk
        // allows comes before its write, a pull to refill the queue after.
        const chunk = dequeueValue(controller);
        if (controller.closeRequested && controller.queue.length === 0) {
          defaultControllerClearAlgorithms(controller);
          readableStreamClose(source);
          writeChunk(chunk);
        } else {
          writeChunk(chunk);
          defaultControllerCallPullIfNeeded(controller);
        }
        wroteQueued = true;
        continue;
      }
      if (wroteQueued) {
        // The queue ran dry: Node waits a microtask before a read that may
        // have to wait.
        queueMicrotaskWith(step, false);
        return;
      }
      defaultReaderRead(reader, readRequest);
      return;
    }
  }

  if (signal !== undefined) {
    const abortAlgorithm = () => {
      let error = signal.reason;
      // Node's own AbortError (not a DOMException) becomes one, as in Node.
      if (error instanceof require('internal/errors').AbortError) {
        error = new DOMException(error.message, 'AbortError');
      }
      const actions = [];
      if (!preventAbort) {
        actions[actions.length] = () => (dest.state === 'writable' ?
          writable.writableStreamAbort(dest, error) : resolvedUndefined);
      }
      if (!preventCancel) {
        actions[actions.length] = () => (source.state === 'readable' ?
          readableStreamCancel(source, error) : resolvedUndefined);
      }
      shutdownWithAnAction(() => waitAll(actions), true, error);
    };
    if (abortModule().isAborted(signal)) {
      abortAlgorithm();
      return result.promise;
    }
    disposable = abortModule().addAbortListener(signal, abortAlgorithm);
  }

  step(false);

  // Errors propagate forward, then backward; closing forward, then backward.
  if (source.state === 'errored') {
    sourceErrored(source.storedError);
  } else {
    then(reader.closedPromise, undefined, sourceErrored);
  }
  function sourceErrored(storedError) {
    if (!preventAbort) {
      shutdownWithAnAction(() => writable.writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  }
  if (dest.state === 'errored') {
    destErrored(dest.storedError);
  } else {
    then(writer.closedPromise, undefined, destErrored);
  }
  function destErrored(storedError) {
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  }
  const sourceClosed = () => {
    if (!preventClose) {
      shutdownWithAnAction(() => writable.writerCloseWithErrorPropagation(writer), false, undefined);
    } else {
      shutdown(false, undefined);
    }
  };
  if (source.state === 'closed') sourceClosed();
  else then(reader.closedPromise, sourceClosed, noop);
  if (writable.closeQueuedOrInFlight(dest) || dest.state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }
  return result.promise;
}

// A promise for all the actions' promises: the first rejection, or
// undefined. It settles three microtasks after the last of them, as Node's
// (a Promise.all over wrapped promises, itself wrapped) does.
function waitAll(actions) {
  const d = deferred();
  let remaining = actions.length;
  const fulfilled = () => {
    if (--remaining === 0) d.resolve(undefined);
  };
  if (remaining === 0) d.resolve(undefined);
  for (let i = 0; i < actions.length; i++) {
    then(then(actions[i](), identity), fulfilled, d.reject);
  }
  return then(d.promise, identity);
}

function identity(value) {
  return value;
}

// ---- async iteration ------------------------------------------------------------

// The async iterator of ReadableStream: an object whose next() and return()
// come from a shared prototype, with state here. Its pace is Node's, which
// differs from WebIDL's: a call made while no earlier one is pending reads
// at once (the first call excepted, which waits a microtask), and a call
// made while one is pending starts when that one settles.
const iteratorState = new WeakMap();
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;

class IteratorState {
  constructor(reader, preventCancel) {
    this.reader = reader;
    this.preventCancel = preventCancel;
    this.current = undefined; // the promise of the last call, until it settles
    this.started = false;
    this.finished = false;
  }
}

// Results are made as Node makes them: { value, done } for a chunk,
// { done, value } at the end.
function doneResult(value) {
  return { done: true, value };
}

class IteratorReadRequest extends LazyPromise {
  constructor(state) {
    super();
    this.state = state;
  }

  chunk(chunk) {
    this.state.current = undefined;
    this.resolve({ value: chunk, done: false });
  }

  close() {
    const state = this.state;
    state.current = undefined;
    state.finished = true;
    defaultReaderRelease(state.reader);
    this.resolve(doneResult(undefined));
  }

  error(e) {
    const state = this.state;
    state.current = undefined;
    state.finished = true;
    defaultReaderRelease(state.reader);
    this.reject(e);
  }
}

const kReading = resolvedUndefined;

function iteratorNextSteps(state) {
  if (state.finished) return resolved(doneResult(undefined));
  const request = new IteratorReadRequest(state);
  defaultReaderRead(state.reader, request);
  return request.promise();
}

function iteratorReturnSteps(state, value) {
  if (state.finished) return resolved(doneResult(value));
  state.finished = true;
  const reader = state.reader;
  if (reader.stream === undefined) return resolved(doneResult(value));
  if (!state.preventCancel) {
    const promise = readableStreamCancel(reader.stream, value);
    defaultReaderRelease(reader);
    return then(promise, () => doneResult(value));
  }
  defaultReaderRelease(reader);
  return resolved(doneResult(value));
}

function iteratorStateOf(iterator) {
  return apply1(WeakMapGet, iteratorState, iterator);
}

const ReadableStreamAsyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype, {
  next: {
    __proto__: null,
    value: function next() {
      const state = iteratorStateOf(this);
      if (state === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      let previous = state.current;
      if (!state.started) {
        state.started = true;
        if (previous === undefined) previous = resolvedUndefined;
      }
      const steps = () => iteratorNextSteps(state);
      if (previous !== undefined) {
        state.current = then(previous, steps, steps);
        return state.current;
      }
      // A read that settles at once clears `current` itself.
      state.current = kReading;
      const promise = steps();
      if (state.current === kReading) state.current = promise;
      return promise;
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  return: {
    __proto__: null,
    value: function(value = undefined) {
      const state = iteratorStateOf(this);
      if (state === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      const steps = () => iteratorReturnSteps(state, value);
      const previous = state.current;
      const promise = previous === undefined ? steps() : then(previous, steps, steps);
      state.current = promise;
      return promise;
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: {
    __proto__: null,
    value: 'ReadableStream AsyncIterator',
    writable: false,
    enumerable: false,
    configurable: true,
  },
});
ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype.return, 'name', {
  __proto__: null, value: 'return', configurable: true,
});

function createAsyncIterator(reader, preventCancel) {
  const iterator = ObjectCreate(ReadableStreamAsyncIteratorPrototype);
  apply2(WeakMapSet, iteratorState, iterator, new IteratorState(reader, preventCancel));
  return iterator;
}

// ---- ReadableStream.from ----------------------------------------------------------

function getAsyncIterator(iterable) {
  if (iterable === null || iterable === undefined) throw new ERR_ARG_NOT_ITERABLE(iterable);
  let method = iterable[SymbolAsyncIterator];
  let sync = false;
  if (method === undefined || method === null) {
    method = iterable[SymbolIterator];
    sync = true;
  }
  if (typeof method !== 'function') {
    let shown;
    try {
      shown = require('internal/util/inspect').inspect(iterable);
    } catch {
      shown = String(iterable);
    }
    throw new ERR_ARG_NOT_ITERABLE(shown);
  }
  const iterator = apply0(method, iterable);
  if (!isObjectLike(iterator)) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return { iterator, next: iterator.next, sync };
}

// The next result of a sync iterator, as a promise. Node's pace: a plain
// value is ready at once, a promise (or thenable) one microtask after it
// settles.
function syncIteratorNext(record) {
  const result = apply0(record.next, record.iterator);
  if (!isObjectLike(result)) {
    throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
  }
  const done = !!result.done;
  const value = result.value;
  if (isObjectLike(value)) return then(resolved(value), (v) => ({ value: v, done }));
  return resolved({ value, done });
}

function readableStreamFromIterable(iterable) {
  const record = getAsyncIterator(iterable);
  let stream;
  const onResult = (iterResultValue) => {
    const controller = stream.controller;
    if (!isObjectLike(iterResultValue)) {
      defaultControllerError(controller, new ERR_INVALID_STATE.TypeError(
        'The promise returned by the iterator.next() method must fulfill with an object'));
      return;
    }
    if (iterResultValue.done) defaultControllerClose(controller);
    else defaultControllerEnqueue(controller, iterResultValue.value);
  };
  // The pull's promise is the next result's own, so the pull that the
  // enqueue asks for follows in the same job, as in Node.
  const pullAlgorithm = () => {
    let nextPromise;
    try {
      nextPromise = record.sync ? syncIteratorNext(record) :
        resolved(apply0(record.next, record.iterator));
    } catch (err) {
      return rejected(err);
    }
    then(nextPromise, onResult, noop);
    return nextPromise;
  };
  const cancelAlgorithm = (reason) => {
    const iterator = record.iterator;
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (err) {
      return rejected(err);
    }
    if (returnMethod === undefined || returnMethod === null) return resolved(undefined);
    let returnResult;
    try {
      returnResult = apply1(returnMethod, iterator, reason);
    } catch (err) {
      return rejected(err);
    }
    return then(resolved(returnResult), (value) => {
      if (!isObjectLike(value)) {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method ' +
                                              'must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(returnUndefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// ---- helpers for other modules ---------------------------------------------------

// stream/web's ReadableStreamTee(stream, cloneForBranch2): tee() as a
// function, whose second branch may get clones of the chunks.
function ReadableStreamTee(stream, cloneForBranch2 = false) {
  const s = streamOf(stream);
  if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
  if (typeof cloneForBranch2 !== 'boolean') throw new ERR_INVALID_ARG_TYPE('cloneForBranch2', 'boolean', cloneForBranch2);
  if (s.reader !== undefined) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  const [a, b] = readableStreamTee(s, cloneForBranch2);
  return [a.obj, b.obj];
}

function isReadableStream(value) {
  return streamOf(value) !== undefined;
}

function isReadableStreamLocked(obj) {
  return streamOf(obj).reader !== undefined;
}

function isDisturbed(obj) {
  const s = streamOf(obj);
  return s !== undefined && s.disturbed;
}

function isErrored(obj) {
  const s = streamOf(obj);
  return s !== undefined && s.state === 'errored';
}

module.exports = {
  ReadableStream,
  ReadableStreamTee,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
  isDisturbed,
  isErrored,
  isReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamPipeTo,
  streamOf,
  byobReaderOf,
  byobRequestOf,
  byteControllerOf,
  defaultControllerOf,
  defaultReaderOf,
};
