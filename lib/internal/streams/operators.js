'use strict';
// The iterator helpers of Readable: map, filter, flatMap, drop and take
// return a new Readable (stream.js wraps their async generators with
// Readable.from); forEach, toArray, some, find, every and reduce return
// promises. map (and what is built on it) runs up to `concurrency` calls
// of fn at once and keeps results in input order, reading ahead up to
// `highWaterMark` results. A `signal` option aborts the operation with an
// AbortError.

const { validateFunction, validateInteger, validateObject } = require('internal/validators');
const { validateAbortSignal } = require('internal/streams/end-of-stream');

const MathFloor = Math.floor;
const NumberCtor = Number;
const NumberIsNaN = Number.isNaN;
const PromiseCtor = Promise;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);
let AbortErrorCtor;
function newAbortError(signal) {
  AbortErrorCtor ??= require('internal/errors').AbortError;
  return signal === undefined ? new AbortErrorCtor() : new AbortErrorCtor(undefined, { cause: signal.reason });
}
let staticCompose;
let addAbortSignalNoValidate;
let isNodeStream;
let isWritable;
let AbortControllerCtor;
let eos;

// Returned by a mapper to drop the item (filter, forEach).
const kEmpty = Symbol('kEmpty');
// Queued after the last result.
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function validateFn(fn, name) {
  validateFunction(fn, name);
}

// readable.compose(stream[, options]).
function compose(stream, options) {
  validateOptions(options);
  ({ isNodeStream, isWritable } = require('internal/streams/utils'));
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new (errorCodes().ERR_INVALID_ARG_VALUE)('stream', stream, 'must be writable');
  }
  staticCompose ??= require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  if (options && options.signal) {
    addAbortSignalNoValidate ??= require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
    addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options != null && options.concurrency != null) concurrency = MathFloor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) highWaterMark = MathFloor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  const outerSignal = options != null ? options.signal : undefined;
  return mapGenerator(this, fn, outerSignal, concurrency, highWaterMark);
}

async function* mapGenerator(stream, fn, outerSignal, concurrency, highWaterMark) {
  // fn sees a signal of its own that follows the caller's.
  const signal = AbortSignal.any(outerSignal ? [outerSignal] : []);
  const signalOpt = { signal };
  // Promises of results, in input order; kEof last.
  const queue = [];
  let wakeConsumer = null;   // the consumer waits for the queue to fill
  let wakeProducer = null;   // the producer waits for room
  let done = false;
  let running = 0;

  const maybeResume = () => {
    if (wakeProducer && !done && running < concurrency && queue.length < highWaterMark) {
      const resume = wakeProducer;
      wakeProducer = null;
      resume();
    }
  };
  const afterItem = () => {
    running -= 1;
    maybeResume();
  };
  const onItemError = () => {
    done = true;
    afterItem();
  };
  const notifyConsumer = () => {
    if (wakeConsumer) {
      const next = wakeConsumer;
      wakeConsumer = null;
      next();
    }
  };

  async function pump() {
    try {
      for await (let val of stream) {
        if (done) return;
        if (signal.aborted) throw newAbortError();
        try {
          val = fn(val, signalOpt);
          if (val === kEmpty) continue;
          val = PromiseResolve(val);
        } catch (err) {
          val = PromiseReject(err);
        }
        running += 1;
        ReflectApply(PromisePrototypeThen, val, [afterItem, onItemError]);
        queue.push(val);
        notifyConsumer();
        if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
          await new PromiseCtor((resolve) => {
            wakeProducer = resolve;
          });
        }
      }
      queue.push(kEof);
    } catch (err) {
      const val = PromiseReject(err);
      ReflectApply(PromisePrototypeThen, val, [afterItem, onItemError]);
      queue.push(val);
    } finally {
      done = true;
      notifyConsumer();
    }
  }

  pump();

  try {
    while (true) {
      while (queue.length > 0) {
        const val = await queue[0];
        if (val === kEof) return;
        if (signal.aborted) throw newAbortError();
        if (val !== kEmpty) yield val;
        queue.shift();
        maybeResume();
      }
      await new PromiseCtor((resolve) => {
        wakeConsumer = resolve;
      });
    }
  } finally {
    done = true;
    if (wakeProducer) {
      const resume = wakeProducer;
      wakeProducer = null;
      resume();
    }
  }
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return ReflectApply(map, this, [filterFn, options]);
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of ReflectApply(map, this, [forEachFn, options]));
}

async function toArray(options) {
  validateOptions(options);
  const signal = options != null ? options.signal : undefined;
  const result = [];
  for await (const val of this) {
    if (signal && signal.aborted) throw newAbortError(signal);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of ReflectApply(filter, this, [fn, options])) return true;
  return false;
}

async function every(fn, options) {
  validateFn(fn, 'fn');
  return !(await ReflectApply(some, this, [async (...args) => !(await fn(...args)), options]));
}

async function find(fn, options) {
  for await (const result of ReflectApply(filter, this, [fn, options])) return result;
  return undefined;
}

function flatMap(fn, options) {
  const values = ReflectApply(map, this, [fn, options]);
  return (async function* flatMapGenerator() {
    for await (const val of values) yield* val;
  })();
}

function toIntegerOrInfinity(number) {
  number = NumberCtor(number);
  if (NumberIsNaN(number)) return 0;
  if (number < 0) throw new (errorCodes().ERR_OUT_OF_RANGE)('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const signal = options != null ? options.signal : undefined;
  const stream = this;
  return (async function* dropGenerator() {
    if (signal && signal.aborted) throw newAbortError();
    for await (const val of stream) {
      if (signal && signal.aborted) throw newAbortError();
      if (number-- <= 0) yield val;
    }
  })();
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const signal = options != null ? options.signal : undefined;
  const stream = this;
  return (async function* takeGenerator() {
    if (signal && signal.aborted) throw newAbortError();
    for await (const val of stream) {
      if (signal && signal.aborted) throw newAbortError();
      if (number-- > 0) yield val;
      // Stop without reading past the last item taken.
      if (number <= 0) return;
    }
  })();
}

function reduceEmptyError() {
  const err = new (errorCodes().ERR_MISSING_ARGS)('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outer = options != null ? options.signal : undefined;
  if (outer && outer.aborted) {
    const err = newAbortError(outer);
    this.once('error', () => {});
    eos ??= require('internal/streams/end-of-stream');
    await eos.finished(this.destroy(err));
    throw err;
  }
  AbortControllerCtor ??= require('internal/abort_controller').AbortController;
  const ac = new AbortControllerCtor();
  const signal = ac.signal;
  let onOuterAbort;
  if (outer) {
    onOuterAbort = () => ac.abort();
    outer.addEventListener('abort', onOuterAbort, { once: true });
  }
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (outer && outer.aborted) throw newAbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw reduceEmptyError();
  } finally {
    ac.abort();
    if (onOuterAbort) outer.removeEventListener('abort', onOuterAbort);
  }
  return initialValue;
}

module.exports = {
  compose,
  streamReturningOperators: {
    drop,
    filter,
    flatMap,
    map,
    take,
  },
  promiseReturningOperators: {
    every,
    forEach,
    reduce,
    toArray,
    some,
    find,
  },
};
