'use strict';
// stream.finished(stream[, options], callback): calls back once when the
// stream is done (ended, finished, or closed) or failed, and returns a
// function that removes its listeners. "Done" depends on which sides the
// caller cares about (options.readable, options.writable) and on whether
// the stream will emit 'close' by itself: then finished waits for 'close'
// so that the callback comes after the stream's own cleanup.
//
// Streams that are not this module's (old-style streams, http messages,
// web streams) are judged by duck typing (internal/streams/utils).

const {
  isClosed,
  isNodeStream,
  isReadable,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isRequest,
  isWritable,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  kEosNodeSynchronousCallback,
  kIsClosedPromise,
  willEmitClose: streamWillEmitClose,
} = require('internal/streams/utils');
const { validateFunction, validateObject, validateBoolean } = require('internal/validators');

const PromiseCtor = Promise;
const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;
const SymbolDispose = Symbol.dispose;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);
let AbortErrorCtor;
function newAbortError(signal) {
  AbortErrorCtor ??= require('internal/errors').AbortError;
  return new AbortErrorCtor(undefined, { cause: signal.reason });
}

const kEmptyObject = Object.freeze({ __proto__: null });

function nop() {}

// Streams accept anything shaped like an AbortSignal, as Node does.
function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

let abortModule;
// Calls `listener` when the signal aborts, even if another listener stops
// propagation; returns a disposable that removes it.
function addAbortListener(signal, listener) {
  abortModule ??= require('internal/abort_controller');
  if (abortModule.isAbortSignal(signal)) return abortModule.addAbortListener(signal, listener);
  signal.addEventListener('abort', listener, { __proto__: null, once: true });
  return {
    __proto__: null,
    [SymbolDispose]() {
      signal.removeEventListener('abort', listener);
    },
  };
}

// A side that ended but still has writes in flight is not done yet.
function noPendingCallbacks(state) {
  return state == null || state.pendingcb === undefined || state.pendingcb === 0;
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return eosWeb(stream, options, callback);
  }
  if (!isNodeStream(stream)) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  // The user's callback runs at most once, with the stream as `this`.
  let done = false;
  let call = (err) => {
    if (done) return;
    done = true;
    if (err === undefined) ReflectApply(callback, stream, []);
    else ReflectApply(callback, stream, [err]);
  };
  const finish = (err) => call(err);

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // With 'close' still to come, finish on 'close' rather than on 'end' or
  // 'finish'; that holds only when the caller watches the sides the stream
  // has.
  let willEmitClose = streamWillEmitClose(stream) &&
    isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  let closed = isClosed(stream);

  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) finish();
  };
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) finish();
  };
  const onerror = (err) => {
    finish(err);
  };
  // 'close' before the watched sides are done is a premature close.
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') {
      finish(errored);
      return;
    }
    if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
        !isReadableFinished(stream, false)) {
      finish(new (errorCodes().ERR_STREAM_PREMATURE_CLOSE)());
      return;
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      finish(new (errorCodes().ERR_STREAM_PREMATURE_CLOSE)());
      return;
    }
    finish();
  };
  // Already over when finished() was called.
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') finish(errored);
    else finish();
  };
  // Old-style writables: done once no longer writable.
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  // http.IncomingMessage's 'aborted'.
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // A stream that is already done is reported on the next tick; the web
  // adapters ask for it at once (kEosNodeSynchronousCallback), so that
  // the web stream they return already shows the state.
  const settle = options[kEosNodeSynchronousCallback] === true
    ? (fn) => fn()
    : (fn) => process.nextTick(fn);
  if (closed) {
    settle(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) settle(onclosed);
  } else if (!readable && (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false) && noPendingCallbacks(wState)) {
    settle(onclosed);
  } else if (!writable && (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false) && noPendingCallbacks(rState)) {
    settle(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    settle(onclosed);
  }

  const cleanup = () => {
    call = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const last = call;
      cleanup();
      last(newAbortError(signal));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const disposable = addAbortListener(signal, abort);
      const inner = call;
      call = (err) => {
        disposable[SymbolDispose]();
        inner(err);
      };
    }
  }

  return cleanup;
}

// Web streams tell they are closed or errored through a promise they keep
// under a shared symbol.
function eosWeb(stream, options, callback) {
  let aborted = false;
  let done = false;
  let call = (args) => {
    if (done) return;
    done = true;
    ReflectApply(callback, stream, args);
  };
  if (options.signal) {
    const signal = options.signal;
    const abort = () => {
      aborted = true;
      call([newAbortError(signal)]);
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const disposable = addAbortListener(signal, abort);
      const inner = call;
      call = (args) => {
        disposable[SymbolDispose]();
        inner(args);
      };
    }
  }
  const settle = (...args) => {
    if (!aborted) process.nextTick(() => call(args));
  };
  const closedPromise = stream[kIsClosedPromise];
  if (closedPromise && closedPromise.promise) {
    ReflectApply(PromisePrototypeThen, closedPromise.promise, [settle, settle]);
  }
  return nop;
}

// stream.promises.finished and finished[util.promisify.custom].
function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kEmptyObject;
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new PromiseCtor((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
eos.validateAbortSignal = validateAbortSignal;
eos.addAbortListener = addAbortListener;

module.exports = eos;
