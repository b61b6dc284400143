'use strict';
// TransformStream and TransformStreamDefaultController, following the WHATWG
// Streams standard, including the transformer's cancel() and the
// finishPromise that lets close, abort and cancel meet.
//
// A TransformStream is a writable side whose sink feeds the controller's
// transform algorithm and a readable side whose queue the controller fills;
// both are made with the internal algorithms below, not from user objects.

const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_STATE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const {
  apply1,
  call2,
  callAsync1,
  customInspect,
  deferred,
  extractHighWaterMark,
  extractSizeAlgorithm,
  kInspect,
  rejected,
  resolvedUndefined,
  startPromiseFor,
  then,
} = require('internal/webstreams/util');
const { webIDLClass } = require('internal/webstreams/queuingstrategies');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

class TStream {
  constructor() {
    this.obj = undefined;
    this.readable = undefined; // RStream
    this.writable = undefined; // WStream
    this.backpressure = undefined;
    this.backpressureChange = undefined; // { promise, resolve, reject }
    this.controller = undefined;
  }
}

class TController {
  constructor(stream) {
    this.obj = undefined;
    this.stream = stream;
    this.transformAlgorithm = undefined;
    this.flushAlgorithm = undefined;
    this.cancelAlgorithm = undefined;
    this.finish = undefined; // the standard's [[finishPromise]], with its resolvers
  }
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// A strategy's members, in the order Node reads them for a TransformStream.
function readTransformStrategy(strategy, name) {
  if (strategy === undefined || strategy === null) return { size: undefined, highWaterMark: undefined };
  if (!isObjectLike(strategy)) throw new ERR_INVALID_ARG_TYPE(name, 'Object', strategy);
  const highWaterMark = strategy.highWaterMark;
  const size = strategy.size;
  return { size, highWaterMark };
}

let transformStreamOf;
let controllerOf;

class TransformStream {
  #stream;

  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === kInternal) {
      // A transferred TransformStream (internal/webstreams/transfer): its
      // two sides, and no controller of its own.
      this.#stream = writableStrategy;
      writableStrategy.obj = this;
      return;
    }
    if (transformer === undefined) {
      transformer = null;
    } else if (!isObjectLike(transformer)) {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    let readableType;
    let writableType;
    let start;
    if (transformer !== null) {
      readableType = transformer.readableType;
      writableType = transformer.writableType;
      start = transformer.start;
    }
    const rs = readTransformStrategy(readableStrategy, 'readableStrategy');
    const ws = readTransformStrategy(writableStrategy, 'writableStrategy');
    let transform;
    let flush;
    let cancel;
    if (transformer !== null) {
      transform = transformer.transform;
      flush = transformer.flush;
      cancel = transformer.cancel;
    }
    if (readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    }
    if (writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    }
    checkMethod(start, 'transformer.start');
    checkMethod(transform, 'transformer.transform');
    checkMethod(flush, 'transformer.flush');
    checkMethod(cancel, 'transformer.cancel');
    const readableHWM = extractHighWaterMark(rs.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(rs.size);
    const writableHWM = extractHighWaterMark(ws.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(ws.size);
    const stream = new TStream();
    stream.obj = this;
    this.#stream = stream;
    const startDeferred = deferred();
    initializeTransformStream(stream, startDeferred.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = new TController(stream);
    const obj = new TransformStreamDefaultController(kInternal, controller);
    const transformAlgorithm = transform === undefined ?
      (chunk) => {
        try {
          controllerEnqueue(controller, chunk);
        } catch (err) {
          return rejected(err);
        }
        return resolvedUndefined;
      } :
      (chunk) => call2(transform, transformer, chunk, obj);
    const flushAlgorithm = flush === undefined ? returnResolved :
      () => callAsync1(flush, transformer, obj);
    const cancelAlgorithm = cancel === undefined ? returnResolved :
      (reason) => callAsync1(cancel, transformer, reason);
    setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
    if (start !== undefined) startDeferred.resolve(apply1(start, transformer, obj));
    else startDeferred.resolve(undefined);
  }

  get readable() {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('TransformStream');
    return this.#stream.readable.obj;
  }

  get writable() {
    if (!isObjectLike(this) || !(#stream in this)) throw new ERR_INVALID_THIS('TransformStream');
    return this.#stream.writable.obj;
  }

  [kInspect](depth, options, inspect) {
    const stream = this.#stream;
    return customInspect(this, 'TransformStream', {
      readable: stream.readable.obj,
      writable: stream.writable.obj,
      backpressure: stream.backpressure,
    }, depth, options, inspect);
  }

  static {
    transformStreamOf = (value) => {
      if (value !== null && typeof value === 'object' && #stream in value) return value.#stream;
      return undefined;
    };
  }
}

class TransformStreamDefaultController {
  #controller;

  constructor(key = undefined, controller = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#controller = controller;
    controller.obj = this;
  }

  get desiredSize() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    const readableController = this.#controller.stream.readable.controller;
    return readable.defaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerEnqueue(this.#controller, chunk);
  }

  error(reason = undefined) {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamError(this.#controller.stream, reason);
  }

  terminate() {
    if (!isObjectLike(this) || !(#controller in this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerTerminate(this.#controller);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'TransformStreamDefaultController', {
      stream: this.#controller.stream.obj,
    }, depth, options, inspect);
  }

  static {
    controllerOf = (value) => {
      if (value !== null && typeof value === 'object' && #controller in value) return value.#controller;
      return undefined;
    };
  }
}

webIDLClass(TransformStream, ['readable', 'writable']);
webIDLClass(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

function checkMethod(value, name) {
  if (value !== undefined && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

function returnResolved() {
  return resolvedUndefined;
}

// ---- abstract operations ----------------------------------------------------------

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM,
                                   readableSize) {
  const startAlgorithm = () => startPromise;
  stream.writable = writable.createWritableStream(
    startAlgorithm,
    (chunk) => sinkWriteAlgorithm(stream, chunk),
    () => sinkCloseAlgorithm(stream),
    // Node's abort of the writable side takes one more microtask.
    (reason) => startPromiseFor(sinkAbortAlgorithm(stream, reason)),
    writableHWM, writableSize);
  stream.readable = readable.createReadableStream(
    startAlgorithm,
    () => sourcePullAlgorithm(stream),
    (reason) => sourceCancelAlgorithm(stream, reason),
    readableHWM, readableSize);
  stream.backpressure = undefined;
  stream.backpressureChange = undefined;
  setBackpressure(stream, true);
  stream.controller = undefined;
}

function transformStreamError(stream, e) {
  readable.defaultControllerError(stream.readable.controller, e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  clearAlgorithms(stream.controller);
  writable.controllerErrorIfNeeded(stream.writable.controller, e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream.backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  if (stream.backpressureChange !== undefined) stream.backpressureChange.resolve(undefined);
  stream.backpressureChange = deferred();
  stream.backpressure = backpressure;
}

function setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  controller.stream = stream;
  stream.controller = controller;
  controller.transformAlgorithm = transformAlgorithm;
  controller.flushAlgorithm = flushAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
}

function clearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream.readable.controller;
  if (!readable.defaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readable.defaultControllerEnqueue(readableController, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw stream.readable.storedError;
  }
  const backpressure = readable.defaultControllerHasBackpressure(readableController);
  if (backpressure !== stream.backpressure) setBackpressure(stream, true);
}

function performTransform(controller, chunk) {
  if (controller.transformAlgorithm === undefined) {
    // The algorithms are gone: the readable side was cancelled (or the
    // stream is closing), and the writable side errors when that settles.
    // The write fails with that error then, rather than calling nothing.
    const stream = controller.stream;
    const fail = () => { throw stream.writable.storedError; };
    return then(controller.finish !== undefined ? controller.finish.promise : resolvedUndefined, fail, fail);
  }
  const transformPromise = controller.transformAlgorithm(chunk);
  return then(transformPromise, undefined, (r) => {
    transformStreamError(controller.stream, r);
    throw r;
  });
}

function controllerTerminate(controller) {
  const stream = controller.stream;
  readable.defaultControllerClose(stream.readable.controller);
  const error = new ERR_INVALID_STATE.TypeError('TransformStream has been terminated');
  errorWritableAndUnblockWrite(stream, error);
}

function sinkWriteAlgorithm(stream, chunk) {
  const controller = stream.controller;
  if (stream.backpressure) {
    return then(stream.backpressureChange.promise, () => {
      const ws = stream.writable;
      if (ws.state === 'erroring') throw ws.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

function sinkAbortAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const rs = stream.readable;
  const finish = controller.finish = deferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  then(cancelPromise, () => {
    if (rs.state === 'errored') {
      finish.reject(rs.storedError);
    } else {
      readable.defaultControllerError(rs.controller, reason);
      finish.resolve(undefined);
    }
  }, (r) => {
    readable.defaultControllerError(rs.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sinkCloseAlgorithm(stream) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const rs = stream.readable;
  const finish = controller.finish = deferred();
  const flushPromise = controller.flushAlgorithm();
  clearAlgorithms(controller);
  then(flushPromise, () => {
    if (rs.state === 'errored') {
      finish.reject(rs.storedError);
    } else {
      readable.defaultControllerClose(rs.controller);
      finish.resolve(undefined);
    }
  }, (r) => {
    readable.defaultControllerError(rs.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sourcePullAlgorithm(stream) {
  setBackpressure(stream, false);
  return stream.backpressureChange.promise;
}

function sourceCancelAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const ws = stream.writable;
  const finish = controller.finish = deferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  then(cancelPromise, () => {
    if (ws.state === 'errored') {
      finish.reject(ws.storedError);
    } else {
      writable.controllerErrorIfNeeded(ws.controller, reason);
      unblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (r) => {
    writable.controllerErrorIfNeeded(ws.controller, r);
    unblockWrite(stream);
    finish.reject(r);
  });
  return finish.promise;
}

// The TransformStream a transfer makes: the readable and writable sides
// (internal streams) it was given.
function wrapTransferred(readableSide, writableSide) {
  const stream = new TStream();
  stream.readable = readableSide;
  stream.writable = writableSide;
  return new TransformStream(kInternal, stream);
}

function isTransformStream(value) {
  return transformStreamOf(value) !== undefined;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
  transformStreamOf,
  controllerOf,
  wrapTransferred,
};
