'use strict';
// Readable.from(iterable[, options]): an object-mode Readable (by default,
// highWaterMark 1) that pulls from an iterator or async iterator as it is
// read. Promises among a sync iterator's values are awaited. A string or a
// Buffer is one chunk, not split into characters or bytes. Destroying the
// stream ends the iterator (throw() with the error, then return()).

const { Buffer } = require('buffer');

const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;
const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[SymbolAsyncIterator]();
  } else if (iterable && iterable[SymbolIterator]) {
    isAsync = false;
    iterator = iterable[SymbolIterator]();
  } else {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  // Pulling is in progress (a push returned true, or a promise is awaited).
  let reading = false;

  readable._read = function _read() {
    if (!reading) {
      reading = true;
      if (isAsync) pullAsync();
      else pullSync();
    }
  };

  readable._destroy = function _destroy(error, cb) {
    ReflectApply(PromisePrototypeThen, close(error), [
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    ]);
  };

  async function close(error) {
    if (error != null && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function nullValue() {
    const { ERR_STREAM_NULL_VALUES } = require('internal/errors').codes;
    return new ERR_STREAM_NULL_VALUES();
  }

  // Pushes values for as long as the stream wants them. Returns at the
  // first promise value, which pullSyncAwaiting takes over from.
  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          pullSyncAwaiting(value);
          return;
        }
        if (value === null) {
          reading = false;
          throw nullValue();
        }
        if (!readable.push(value)) {
          reading = false;
          return;
        }
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullSyncAwaiting(pending) {
    try {
      let value = await pending;
      for (;;) {
        if (value === null) {
          reading = false;
          throw nullValue();
        }
        if (!readable.push(value)) {
          reading = false;
          return;
        }
        const step = iterator.next();
        if (step.done) {
          readable.push(null);
          return;
        }
        value = step.value;
        if (value && typeof value.then === 'function') value = await value;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw nullValue();
        }
        if (!readable.push(value)) {
          reading = false;
          return;
        }
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;
