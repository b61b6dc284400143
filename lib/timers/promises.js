'use strict';
// node:timers/promises: setTimeout, setImmediate and setInterval that return
// promises (an async iterator for setInterval), cancellable with an
// AbortSignal, and scheduler.wait / scheduler.yield.

const timers = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject, validateBoolean } = require('internal/validators');

const kScheduler = Symbol('kScheduler');

function validateSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// One timer or immediate whose completion settles a promise, and whose
// signal's 'abort' rejects it and cancels the timer.
function cancellable(start, cancel, value, options) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal !== undefined && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start(() => {
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal !== undefined) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') {
    return Promise.reject(new ERR_INVALID_ARG_TYPE('delay', 'number', after));
  }
  return cancellable((cb) => timers.setTimeout(cb, after), timers.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return cancellable((cb) => timers.setImmediate(cb), timers.clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (after !== undefined && typeof after !== 'number') throw new ERR_INVALID_ARG_TYPE('delay', 'number', after);
  const { signal, ref } = readOptions(options);
  if (signal !== undefined && signal.aborted) throw abortError(signal);
  let pending = 0; // ticks not yet handed out
  let wake = null; // resolves the consumer waiting for a tick or the abort
  const interval = timers.setInterval(() => {
    pending++;
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  }, after);
  if (!ref) interval.unref();
  let onAbort;
  if (signal !== undefined) {
    onAbort = () => {
      timers.clearInterval(interval);
      if (wake !== null) {
        const w = wake;
        wake = null;
        w();
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    for (;;) {
      if (signal !== undefined && signal.aborted) throw abortError(signal);
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
        if (signal !== undefined && signal.aborted) throw abortError(signal);
      }
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    if (signal !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor(key) {
    if (key !== kScheduler) {
      const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
  }

  yield() {
    return setImmediate();
  }

  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
