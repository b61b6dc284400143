'use strict';
// stream.pipeline(source, ...transforms, destination, callback) and its
// promise form: connects the stages, destroys every stage when one fails
// (or the signal aborts), and calls back once with the first error, or
// with the value a destination function's promise resolved to.
//
// A stage is a Node stream, a web stream, an iterable or async iterable
// (source only), or a function: the source function gets { signal } and
// returns an iterable or stream; later functions get the previous stage as
// an async iterable and return an async iterable (transforms) or a promise
// (the destination). Anything else goes through Duplex.from().

const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const {
  aggregateTwoErrors,
  isDestroyed,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isTransformStream,
  isWebStream,
} = require('internal/streams/utils');
const { validateFunction } = require('internal/validators');

const ArrayIsArray = Array.isArray;
const PromiseCtor = Promise;
const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolDispose = Symbol.dispose;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);
let AbortErrorCtor;
let AbortControllerCtor;
let PassThrough;
let Readable;
let Duplex;
const lazyDuplex = () => (Duplex ??= require('internal/streams/duplex'));

function pipeline(...streams) {
  const last = streams.pop();
  validateFunction(last, 'streams[stream.length - 1]');
  let called = false;
  return pipelineImpl(streams, (err, value) => {
    if (called) return;
    called = true;
    last(err, value);
  });
}

// How a stream stage is torn down when the pipeline fails: destroyed with
// the error, unless it already finished cleanly.
function stageDestroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy(err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new (errorCodes().ERR_STREAM_DESTROYED)('pipe'));
    },
    cleanup,
  };
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && ArrayIsArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new (errorCodes().ERR_MISSING_ARGS)('streams');

  AbortControllerCtor ??= require('internal/abort_controller').AbortController;
  const ac = new AbortControllerCtor();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;
  eos.validateAbortSignal(outerSignal, 'options.signal');

  // Cleanups for a readable last stage, which stays in use after the
  // pipeline completes: its listeners are removed then.
  const lastStreamCleanup = [];
  const destroys = [];
  let error;
  let value;
  let finishCount = 0;

  function abort() {
    AbortErrorCtor ??= require('internal/errors').AbortError;
    finishImpl(new AbortErrorCtor());
  }
  let disposable;
  if (outerSignal) disposable = eos.addAbortListener(outerSignal, abort);

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }
  function finishOnlyHandleError(err) {
    finishImpl(err, false);
  }
  // The first real error wins; a premature close may be replaced by the
  // error that caused it.
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (disposable) disposable[SymbolDispose]();
    ac.abort();
    if (final) {
      if (!error) {
        for (let i = 0; i < lastStreamCleanup.length; i++) lastStreamCleanup[i]();
      }
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = stageDestroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors after the data went through still fail the pipeline; those
      // that the pipeline itself causes while tearing down do not.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finishOnlyHandleError(err);
        }
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw new (errorCodes().ERR_INVALID_RETURN_VALUE)('Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        ret = lazyDuplex().from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(isTransformStream(ret) ? ret.readable : ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) {
          throw new (errorCodes().ERR_INVALID_RETURN_VALUE)('AsyncIterable', `transform[${i - 1}]`, ret);
        }
      } else {
        // The destination function: its promise's value is the pipeline's.
        PassThrough ??= require('internal/streams/passthrough');
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          ReflectApply(then, ret, [
            (val) => {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              process.nextTick(finish);
            },
            (err) => {
              pt.destroy(err);
              process.nextTick(finish, err);
            },
          ]);
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, end);
        } else if (isReadableStream(ret) || isTransformStream(ret)) {
          finishCount++;
          pumpToNode(ret.readable || ret, pt, finish, end);
        } else {
          throw new (errorCodes().ERR_INVALID_RETURN_VALUE)('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = stageDestroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isDestroyed(stream)) throw new (errorCodes().ERR_STREAM_UNABLE_TO_PIPE)();
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, finishOnlyHandleError, end);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isTransformStream(ret) || isReadableStream(ret)) {
        finishCount++;
        pumpToNode(ret.readable || ret, stream, finish, end);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, end);
      } else {
        throw new (errorCodes().ERR_INVALID_ARG_TYPE)(
          'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(makeAsyncIterable(ret), stream, finish, end);
      } else if (isReadableStream(ret) || isIterable(ret)) {
        finishCount++;
        pumpToWeb(ret, stream, finish, end);
      } else if (isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(ret.readable, stream, finish, end);
      } else {
        throw new (errorCodes().ERR_INVALID_ARG_TYPE)(
          'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = lazyDuplex().from(stream);
    }
  }

  if (signal.aborted || (outerSignal && outerSignal.aborted)) process.nextTick(abort);
  return ret;
}

// src.pipe(dst), with the completion or failure of each side reported to
// finish (two counts). A destination that closes before the source ended
// is an error but not a completion: the pipeline still waits for its
// stages. With end false the destination stays open, and the pipe counts
// one side done at once. Returns the cleanup of the destination's watch.
function pipe(src, dst, finish, finishOnlyHandleError, end) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finishOnlyHandleError(new (errorCodes().ERR_STREAM_PREMATURE_CLOSE)());
  });
  // Ending is done here, after 'end', so that it is tracked.
  src.pipe(dst, { __proto__: null, end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const r = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended &&
        !r.errored && !r.errorEmitted) {
      // Some streams emit 'close' before 'end'; an ended, unfailed source
      // still counts as done once 'end' comes.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw new (errorCodes().ERR_INVALID_ARG_TYPE)('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* fromReadable(val) {
  Readable ??= require('internal/streams/readable');
  yield* ReflectApply(Readable.prototype[SymbolAsyncIterator], val, []);
}

// Writes an (async) iterable into a Node writable, waiting for 'drain'
// when write() says so.
async function pumpToNode(iterable, writable, finish, end) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new PromiseCtor((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

// Writes an (async) iterable into a web WritableStream (or a
// TransformStream's writable side).
async function pumpToWeb(readable, writable, finish, end) {
  if (isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of readable) {
      await writer.ready;
      ReflectApply(PromisePrototypeThen, writer.write(chunk), [undefined, () => {}]);
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (err2) {
      finish(err2);
    }
  }
}

module.exports = { pipeline, pipelineImpl };
