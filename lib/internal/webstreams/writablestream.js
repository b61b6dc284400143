'use strict';
// WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController, following the abstract operations of the
// WHATWG Streams standard.
//
// Each public object holds, in a private field, an internal object with the
// standard's slots as plain properties (WStream, WWriter, WController);
// the abstract operations below work on those, and `obj` leads back to the
// public object. Users cannot reach the internal objects, so their
// properties need no protection, and no user value's methods are looked up.
//
// Promises a writer exposes are kept with their resolving functions:
// `closedResolve`/`closedReject` are undefined once `closed` has settled,
// which is how "is pending" is answered.

const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_STATE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const {
  apply1,
  Ring,
  call2,
  callAsync0,
  callAsync1,
  customInspect,
  deferred,
  LazyPromise,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  kInspect,
  peekQueueValue,
  readStrategy,
  rejected,
  resetQueue,
  resolved,
  resolvedUndefined,
  setHandled,
  startPromiseFor,
  then,
} = require('internal/webstreams/util');
const { webIDLClass } = require('internal/webstreams/queuingstrategies');

// Loaded on first use: most streams never have their signal read.
let abortControllerModule;
function abortModule() {
  if (abortControllerModule === undefined) abortControllerModule = require('internal/abort_controller');
  return abortControllerModule;
}


function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}
const kInternal = Symbol('kInternal');

// Keys that node:stream's helpers read on web streams.
const {
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsErrored,
  kIsWritable,
} = require('internal/streams/utils');
const kCloseSentinel = Symbol('kCloseSentinel');

// ---- internal objects ---------------------------------------------------------

class WStream {
  constructor() {
    this.obj = undefined;
    this.state = 'writable';
    this.storedError = undefined;
    this.writer = undefined;
    this.controller = undefined;
    this.inFlightWriteRequest = undefined;
    this.closeRequest = undefined;
    this.inFlightCloseRequest = undefined;
    this.pendingAbortRequest = undefined;
    this.writeRequests = new Ring();
    this.backpressure = false;
    this.closedDeferred = undefined; // node:stream's view of the end
  }
}

class WController {
  constructor(stream) {
    this.obj = undefined;
    this.stream = stream;
    this.queue = new Ring();
    this.queueTotalSize = 0;
    this.started = false;
    this.strategyHWM = 1;
    this.strategySizeAlgorithm = undefined;
    this.writeAlgorithm = undefined;
    this.closeAlgorithm = undefined;
    this.abortAlgorithm = undefined;
    // The standard's [[abortController]], made when `signal` is first read.
    this.signal = undefined;
    this.aborted = false;
    this.abortReason = undefined;
    // Reactions to the sink's promises, made once: one write at a time.
    this.onWriteFulfilled = () => processWriteFulfilled(this);
    this.onWriteRejected = (reason) => processWriteRejected(this, reason);
  }
}

class WWriter {
  constructor() {
    this.obj = undefined;
    this.stream = undefined;
    this.closedPromise = undefined;
    this.closedResolve = undefined;
    this.closedReject = undefined;
    this.readyPromise = undefined;
    this.readyResolve = undefined;
    this.readyReject = undefined;
    this.closedExposed = false;
    // pipeTo's loop, waiting for backpressure to end: called when it ends.
    this.onReady = undefined;
  }
}

function newClosedPromise(writer) {
  const d = deferred();
  writer.closedPromise = d.promise;
  writer.closedResolve = d.resolve;
  writer.closedReject = d.reject;
}

function newReadyPromise(writer) {
  const d = deferred();
  writer.readyPromise = d.promise;
  writer.readyResolve = d.resolve;
  writer.readyReject = d.reject;
}

function resolveClosed(writer) {
  if (writer.closedResolve === undefined) return;
  const resolve = writer.closedResolve;
  writer.closedResolve = writer.closedReject = undefined;
  resolve(undefined);
}

function rejectClosed(writer, reason) {
  if (writer.closedReject === undefined) return;
  const reject = writer.closedReject;
  writer.closedResolve = writer.closedReject = undefined;
  reject(reason);
}

function resolveReady(writer) {
  if (writer.readyResolve === undefined) return;
  const resolve = writer.readyResolve;
  writer.readyResolve = writer.readyReject = undefined;
  resolve(undefined);
}

// ---- public classes -------------------------------------------------------------

let streamOf;
let writerOf;
let controllerOf;

class WritableStream {
  #stream;

  constructor(sink = undefined, strategy = undefined) {
    if (sink === kInternal) {
      this.#stream = strategy;
      strategy.obj = this;
      return;
    }
    if (sink === undefined) sink = {};
    else if (sink === null || (typeof sink !== 'object' && typeof sink !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    }
    const type = sink.type;
    const { size, highWaterMark } = readStrategy(strategy, 'strategy');
    const start = sink.start;
    const write = sink.write;
    const close = sink.close;
    const abort = sink.abort;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    const stream = new WStream();
    stream.obj = this;
    this.#stream = stream;
    const sizeAlgorithm = extractSizeAlgorithm(size);
    const hwm = extractHighWaterMark(highWaterMark, 1);
    setUpControllerFromSink(stream, sink, start, write, close, abort, hwm, sizeAlgorithm);
  }

  get locked() {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('WritableStream');
    return this.#stream.writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isObjectLike(this) || !(#stream in this)) return rejected(new ERR_INVALID_THIS('WritableStream'));
    const stream = this.#stream;
    if (stream.writer !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isObjectLike(this) || !(#stream in this)) return rejected(new ERR_INVALID_THIS('WritableStream'));
    const stream = this.#stream;
    if (stream.writer !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (closeQueuedOrInFlight(stream)) {
      return rejected(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(stream);
  }

  get [kIsErrored]() {
    return this.#stream.state === 'errored';
  }

  get [kIsWritable]() {
    return this.#stream.state === 'writable';
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
    return (error) => controllerErrorIfNeeded(controller, error);
  }

  getWriter() {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('WritableStream');
    return acquireWriter(this.#stream).obj;
  }

  [kInspect](depth, options, inspect) {
    const stream = this.#stream;
    return customInspect(this, 'WritableStream', {
      locked: stream.writer !== undefined,
      state: stream.state,
    }, depth, options, inspect);
  }

  static {
    streamOf = (value) => {
      if (value !== null && typeof value === 'object' && #stream in value) return value.#stream;
      return undefined;
    };
  }
}

class WritableStreamDefaultWriter {
  #writer;

  constructor(stream, internal = undefined) {
    if (stream === kInternal) {
      this.#writer = internal;
      internal.obj = this;
      return;
    }
    const s = streamOf(stream);
    if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    const writer = new WWriter();
    writer.obj = this;
    this.#writer = writer;
    setUpWriter(writer, s);
  }

  get closed() {
    if (!isObjectLike(this) || !(#writer in this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const writer = this.#writer;
    if (!writer.closedExposed) {
      // Node makes this promise when it is first asked for; asked for first
      // while an abort is under way (the stream errored, the sink's abort
      // not settled), it is already rejected.
      writer.closedExposed = true;
      const stream = writer.stream;
      if (stream !== undefined && stream.state === 'errored' && writer.closedReject !== undefined) {
        rejectClosed(writer, stream.storedError);
        setHandled(writer.closedPromise);
      }
    }
    return writer.closedPromise;
  }

  get desiredSize() {
    if (!isObjectLike(this) || !(#writer in this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    const writer = this.#writer;
    if (writer.stream === undefined) throw notBound();
    return writerGetDesiredSize(writer);
  }

  get ready() {
    if (!isObjectLike(this) || !(#writer in this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this.#writer.readyPromise;
  }

  abort(reason = undefined) {
    if (!isObjectLike(this) || !(#writer in this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const writer = this.#writer;
    if (writer.stream === undefined) return rejected(notBound());
    return writableStreamAbort(writer.stream, reason);
  }

  close() {
    if (!isObjectLike(this) || !(#writer in this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const writer = this.#writer;
    const stream = writer.stream;
    if (stream === undefined) return rejected(notBound());
    if (closeQueuedOrInFlight(stream)) {
      return rejected(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isObjectLike(this) || !(#writer in this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    const writer = this.#writer;
    if (writer.stream === undefined) return;
    writerRelease(writer);
  }

  write(chunk = undefined) {
    if (!isObjectLike(this) || !(#writer in this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const writer = this.#writer;
    if (writer.stream === undefined) return rejected(notBound());
    return writerWrite(writer, chunk);
  }

  [kInspect](depth, options, inspect) {
    const writer = this.#writer;
    const stream = writer.stream;
    return customInspect(this, 'WritableStreamDefaultWriter', {
      stream: stream === undefined ? undefined : stream.obj,
      close: writer.closedPromise,
      ready: writer.readyPromise,
      desiredSize: stream === undefined ? undefined : writerGetDesiredSize(writer),
    }, depth, options, inspect);
  }

  static {
    writerOf = (value) => {
      if (value !== null && typeof value === 'object' && #writer in value) return value.#writer;
      return undefined;
    };
  }
}

class WritableStreamDefaultController {
  #controller;

  constructor(key = undefined, controller = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#controller = controller;
    controller.obj = this;
  }

  get signal() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    const controller = this.#controller;
    if (controller.signal === undefined) {
      const { AbortSignal, AbortController } = abortModule();
      controller.signal = controller.aborted ? AbortSignal.abort(controller.abortReason) :
        new AbortController().signal;
      controller.abortReason = undefined;
    }
    return controller.signal;
  }

  error(e = undefined) {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    const controller = this.#controller;
    if (controller.stream.state !== 'writable') return;
    controllerError(controller, e);
  }

  [kInspect](depth, options, inspect) {
    const stream = this.#controller.stream;
    return customInspect(this, 'WritableStreamDefaultController', {
      stream: stream === undefined ? undefined : stream.obj,
    }, depth, options, inspect);
  }

  static {
    controllerOf = (value) => {
      if (value !== null && typeof value === 'object' && #controller in value) return value.#controller;
      return undefined;
    };
  }
}

webIDLClass(WritableStream, ['locked', 'abort', 'close', 'getWriter']);
webIDLClass(WritableStreamDefaultWriter,
            ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
webIDLClass(WritableStreamDefaultController, ['signal', 'error']);

function notBound() {
  return new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
}

// ---- WritableStream abstract operations -----------------------------------------

function acquireWriter(stream) {
  const writer = new WWriter();
  setUpWriter(writer, stream);
  new WritableStreamDefaultWriter(kInternal, writer); // eslint-disable-line no-new
  return writer;
}

// CreateWritableStream, for TransformStream: internal algorithms, not a sink.
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark, sizeAlgorithm) {
  const stream = new WStream();
  new WritableStream(kInternal, stream); // eslint-disable-line no-new
  const controller = new WController(stream);
  new WritableStreamDefaultController(kInternal, controller); // eslint-disable-line no-new
  setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                  abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function writableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return resolved(undefined);
  signalAbort(stream.controller, reason);
  const state = stream.state;
  // The signal's listeners may have closed or errored the stream.
  if (state === 'closed' || state === 'errored') return resolved(undefined);
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = deferred();
  stream.pendingAbortRequest = {
    promise: d.promise, resolve: d.resolve, reject: d.reject, reason, wasAlreadyErroring,
  };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return d.promise;
}

function signalAbort(controller, reason) {
  if (controller.signal !== undefined) {
    abortModule().abortSignal(controller.signal, reason);
  } else if (!controller.aborted) {
    controller.aborted = true;
    controller.abortReason = reason;
  }
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const d = deferred();
  stream.closeRequest = d;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') resolveReady(writer);
  controllerClose(stream.controller);
  return d.promise;
}

// A write request in the stream's queue is a LazyPromise: writer.write()
// asks for its promise at once, pipeTo only to wait for its last write, so
// a pipe makes no promise per chunk.
const fulfilledWrite = new LazyPromise(1, undefined);

function addWriteRequest(stream) {
  const request = new LazyPromise();
  stream.writeRequests.push(request);
  return request;
}

function closeQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function finishErroring(stream) {
  stream.state = 'errored';
  if (stream.closedDeferred !== undefined) stream.closedDeferred.reject(stream.storedError);
  resetQueue(stream.controller); // [[ErrorSteps]]
  const storedError = stream.storedError;
  const requests = stream.writeRequests;
  if (requests.length > 0) {
    stream.writeRequests = new Ring();
    while (requests.length > 0) requests.shift().reject(storedError);
  }
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = controllerAbortSteps(stream.controller, abortRequest.reason);
  then(promise, () => {
    abortRequest.resolve(undefined);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  if (stream.closedDeferred !== undefined) stream.closedDeferred.resolve(undefined);
  const writer = stream.writer;
  if (writer !== undefined) resolveClosed(writer);
}

function finishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function finishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function hasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    rejectClosed(writer, stream.storedError);
    setHandled(writer.closedPromise);
  }
}

function startErroring(stream, reason) {
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) ensureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller.started) finishErroring(stream);
}

function updateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  const previous = stream.backpressure;
  stream.backpressure = backpressure;
  if (writer !== undefined && backpressure !== previous) {
    if (backpressure) {
      newReadyPromise(writer);
    } else {
      resolveReady(writer);
      // Node's pipeTo goes on here, before the next queued write starts.
      const onReady = writer.onReady;
      if (onReady !== undefined) {
        writer.onReady = undefined;
        onReady();
      }
    }
  }
}

// ---- writer abstract operations -----------------------------------------------

function setUpWriter(writer, stream) {
  if (stream.writer !== undefined) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  writer.stream = stream;
  stream.writer = writer;
  const state = stream.state;
  if (state === 'writable') {
    if (!closeQueuedOrInFlight(stream) && stream.backpressure) newReadyPromise(writer);
    else writer.readyPromise = resolved(undefined);
    newClosedPromise(writer);
  } else if (state === 'erroring') {
    writer.readyPromise = rejected(stream.storedError);
    setHandled(writer.readyPromise);
    newClosedPromise(writer);
  } else if (state === 'closed') {
    writer.readyPromise = resolved(undefined);
    writer.closedPromise = resolved(undefined);
  } else {
    const storedError = stream.storedError;
    writer.readyPromise = rejected(storedError);
    setHandled(writer.readyPromise);
    writer.closedPromise = rejected(storedError);
    setHandled(writer.closedPromise);
  }
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return resolved(undefined);
  if (state === 'errored') return rejected(stream.storedError);
  return writableStreamClose(stream);
}

function ensureClosedPromiseRejected(writer, error) {
  if (writer.closedReject !== undefined) rejectClosed(writer, error);
  else writer.closedPromise = rejected(error);
  setHandled(writer.closedPromise);
}

function ensureReadyPromiseRejected(writer, error) {
  if (writer.readyReject !== undefined) {
    const reject = writer.readyReject;
    writer.readyResolve = writer.readyReject = undefined;
    reject(error);
  } else {
    writer.readyPromise = rejected(error);
  }
  setHandled(writer.readyPromise);
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return stream.controller.strategyHWM - stream.controller.queueTotalSize;
}

function writerRelease(writer) {
  const stream = writer.stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writer.onReady = undefined;
  ensureReadyPromiseRejected(writer, releasedError);
  ensureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  return writeRequest(writer, chunk).promise();
}

// WritableStreamDefaultWriterWrite, answering with the request (a settled
// one when the write is refused): pipeTo asks for its promise only when it
// must wait for it.
function writeRequest(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) return new LazyPromise(2, notBound());
  const state = stream.state;
  if (state === 'errored') return new LazyPromise(2, stream.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') {
    return new LazyPromise(2, new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return new LazyPromise(2, stream.storedError);
  const request = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return request;
}

// ---- controller abstract operations -------------------------------------------

function setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                         abortAlgorithm, highWaterMark, sizeAlgorithm) {
  stream.controller = controller;
  controller.strategySizeAlgorithm = sizeAlgorithm;
  controller.strategyHWM = highWaterMark;
  controller.writeAlgorithm = writeAlgorithm;
  controller.closeAlgorithm = closeAlgorithm;
  controller.abortAlgorithm = abortAlgorithm;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  then(startPromiseFor(startResult), () => {
    controller.started = true;
    advanceQueueIfNeeded(controller);
  }, (r) => {
    controller.started = true;
    dealWithRejection(stream, r);
  });
}

function setUpControllerFromSink(stream, sink, start, write, close, abort, hwm, sizeAlgorithm) {
  const controller = new WController(stream);
  const obj = new WritableStreamDefaultController(kInternal, controller);
  if (start !== undefined && typeof start !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('sink.start', 'Function', start);
  }
  if (write !== undefined && typeof write !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('sink.write', 'Function', write);
  }
  if (close !== undefined && typeof close !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('sink.close', 'Function', close);
  }
  if (abort !== undefined && typeof abort !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('sink.abort', 'Function', abort);
  }
  const startAlgorithm = start === undefined ? returnUndefined :
    () => apply1(start, sink, obj);
  const writeAlgorithm = write === undefined ? returnResolved :
    (chunk) => call2(write, sink, chunk, obj);
  const closeAlgorithm = close === undefined ? returnResolved : () => callAsync0(close, sink);
  const abortAlgorithm = abort === undefined ? returnResolved :
    (reason) => callAsync1(abort, sink, reason);
  setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                  abortAlgorithm, hwm, sizeAlgorithm);
}

function returnUndefined() {
  return undefined;
}

function returnResolved() {
  return resolvedUndefined;
}

function controllerAbortSteps(controller, reason) {
  const result = controller.abortAlgorithm(reason);
  clearAlgorithms(controller);
  return result;
}

function advanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started) return;
  if (stream.inFlightWriteRequest !== undefined) return;
  const state = stream.state;
  if (state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) processClose(controller);
  else processWrite(controller, value);
}

function clearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  advanceQueueIfNeeded(controller);
}

function controllerError(controller, error) {
  clearAlgorithms(controller);
  startErroring(controller.stream, error);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') controllerError(controller, error);
}

function controllerGetBackpressure(controller) {
  return controller.strategyHWM - controller.queueTotalSize <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller.strategySizeAlgorithm;
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function processClose(controller) {
  const stream = controller.stream;
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller.closeAlgorithm();
  clearAlgorithms(controller);
  then(sinkClosePromise, () => finishInFlightClose(stream),
       (reason) => finishInFlightCloseWithError(stream, reason));
}

function processWrite(controller, chunk) {
  const stream = controller.stream;
  stream.inFlightWriteRequest = stream.writeRequests.shift();
  const sinkWritePromise = controller.writeAlgorithm(chunk);
  then(sinkWritePromise, controller.onWriteFulfilled, controller.onWriteRejected);
}

function processWriteFulfilled(controller) {
  const stream = controller.stream;
  finishInFlightWrite(stream);
  dequeueValue(controller);
  if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

function processWriteRejected(controller, reason) {
  const stream = controller.stream;
  if (stream.state === 'writable') clearAlgorithms(controller);
  finishInFlightWriteWithError(stream, reason);
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = controller.stream;
  if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

// Whether value is a WritableStream (by its internal slot, not its shape).
function isWritableStream(value) {
  return streamOf(value) !== undefined;
}

module.exports = {
  WritableStream,
  isWritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  acquireWriter,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
  createWritableStream,
  streamOf,
  controllerOf,
  writerOf,
  writableStreamAbort,
  writableStreamClose,
  writerCloseWithErrorPropagation,
  writerGetDesiredSize,
  writerRelease,
  writerWrite,
  writeRequest,
  fulfilledWrite,
};
