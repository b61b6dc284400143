'use strict';
// stream.Writable.
//
// write() hands one chunk at a time to _write(chunk, encoding, cb); chunks
// written while one is in progress (or while corked, or before _construct
// finished) wait in `buffered`, and go to _writev() together when the
// stream has one. write() returns false once the queued amount reaches
// highWaterMark, and 'drain' follows when it has all been written.
// end() leads to _final(), then 'prefinish', 'finish' and (autoDestroy)
// destroy() and 'close'.
//
// A write callback that _write calls synchronously is deferred to the next
// tick, and consecutive synchronous completions of the same callback are
// counted into one tick (afterWriteTickInfo) rather than one tick each:
// that keeps a fast producer from flooding the tick queue.

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const destroyImpl = require('internal/streams/destroy');
const { kStateConstructed, kRegisterDuplex } = require('internal/streams/utils');

const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const FunctionPrototypeSymbolHasInstance = Function.prototype[Symbol.hasInstance];
const ArrayBufferIsView = ArrayBuffer.isView;
const ReflectApply = Reflect.apply;
const PromiseCtor = Promise;
const SymbolAsyncDispose = Symbol.asyncDispose;
const SymbolHasInstance = Symbol.hasInstance;

// node:buffer is loaded when a stream first needs it: process.stdout,
// which passes strings through undecoded, never does, and console.log
// starts faster without it.
let Buffer;
let FastBuffer;
let BufferFrom;
let BufferIsEncoding;
function loadBuffer() {
  Buffer = require('buffer').Buffer;
  FastBuffer = require('internal/buffer').FastBuffer;
  BufferFrom = Buffer.from;
  BufferIsEncoding = Buffer.isEncoding;
}
function isEncoding(encoding) {
  if (BufferIsEncoding === undefined) loadBuffer();
  return BufferIsEncoding(encoding);
}
const StringPrototypeToLowerCase = String.prototype.toLowerCase;

const { destroy: destroyMethod, undestroy, errorOrDestroy, construct } = destroyImpl;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);

let Duplex;
const lazyDuplex = () => (Duplex ??= require('internal/streams/duplex'));
// Whether `object` is a Duplex. Until the Duplex module is loaded (it
// registers itself, below) none can exist, so a plain Writable
// (process.stdout) is made without loading it and Readable behind it.
const isDuplexInstance = (object) => Duplex !== undefined && object instanceof Duplex;
let eos;
const lazyEos = () => (eos ??= require('internal/streams/end-of-stream'));
let addAbortSignalNoValidate;
function lazyAddAbortSignal(signal, stream) {
  addAbortSignalNoValidate ??= require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
  return addAbortSignalNoValidate(signal, stream);
}
let AbortErrorCtor;

function nop() {}

// ERR_UNKNOWN_ENCODING shows the value as Node's %s does: an object
// inspected ('{}'), not stringified ('[object Object]').
function unknownEncoding(encoding) {
  const shown = typeof encoding === 'object' && encoding !== null
    ? require('internal/util/inspect').inspect(encoding, { depth: 0, colors: false, compact: 3 })
    : encoding;
  return new (errorCodes().ERR_UNKNOWN_ENCODING)(shown);
}

// Buffered entries before the index are dropped in bulk past this count.
const kCompactAfter = 256;

// ---- WritableState ---------------------------------------------------------
//
// As in ReadableState, the boolean state is one integer, state[kState],
// readable under Node's names through accessors on the prototype; rarely
// changed fields (errored, defaultEncoding, the end() callbacks) are
// defaults on the prototype until set.

const kState = Symbol('kState');
const kErroredValue = Symbol('kErroredValue');
// Callbacks of end() waiting for 'finish' (or the error that prevents it).
const kOnFinished = Symbol('kOnFinished');

const kObjectMode = 1 << 0;
const kFinalCalled = 1 << 1;
const kNeedDrain = 1 << 2;         // write() returned false: 'drain' is owed
const kEnding = 1 << 3;            // end() called
const kEnded = 1 << 4;             // end() returned
const kFinished = 1 << 5;          // 'finish' emitted
const kDestroyed = 1 << 6;
const kDecodeStrings = 1 << 7;     // strings become Buffers before _write
const kWriting = 1 << 8;
const kSync = 1 << 9;              // inside _write
const kBufferProcessing = 1 << 10;
const kConstructed = 1 << 11;
const kPrefinished = 1 << 12;
const kErrorEmitted = 1 << 13;
const kEmitClose = 1 << 14;
const kAutoDestroy = 1 << 15;
const kClosed = 1 << 16;
const kCloseEmitted = 1 << 17;
const kAllBuffers = 1 << 18;       // every buffered chunk is a Buffer
const kAllNoop = 1 << 19;          // no buffered chunk has a callback
const kAfterWritePending = 1 << 20;  // a tick that runs afterWrite is queued
const kErrored = 1 << 21;          // errored is set

function WritableState(options, stream, isDuplex) {
  // Other stream implementations construct this with two arguments.
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
  let bits = kDecodeStrings | kSync | kConstructed | kEmitClose | kAutoDestroy | kAllBuffers | kAllNoop;
  let objectMode = false;
  if (options) {
    objectMode = !!(options.objectMode || (isDuplex && options.writableObjectMode));
    if (objectMode) bits |= kObjectMode;
    if (options.decodeStrings === false) bits &= ~kDecodeStrings;
    if (options.emitClose === false) bits &= ~kEmitClose;
    if (options.autoDestroy === false) bits &= ~kAutoDestroy;
  }
  this.highWaterMark = options
    ? getHighWaterMark(options, 'writableHighWaterMark', isDuplex, objectMode)
    : getDefaultHighWaterMark(objectMode);
  this.length = 0;             // bytes (or objects) written and not yet done
  this.corked = 0;
  // The one function passed to every _write/_writev, made once per stream.
  this.onwrite = (er) => { onwrite(stream, er); };
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.pendingcb = 0;          // callbacks owed, 'finish' waits for them
  this[kState] = bits;
  if (options) {
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      if (!isEncoding(defaultEncoding)) throw unknownEncoding(defaultEncoding);
      this.defaultEncoding = defaultEncoding;
    }
  }
}

const WritableStatePrototype = WritableState.prototype;

// A default on the prototype, shadowed by an own property when assigned.
for (const [key, value] of [['defaultEncoding', 'utf8'], [kErroredValue, null], [kOnFinished, null]]) {
  ObjectDefineProperty(WritableStatePrototype, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

for (const [name, bit] of [
  ['objectMode', kObjectMode], ['finalCalled', kFinalCalled], ['needDrain', kNeedDrain],
  ['ending', kEnding], ['ended', kEnded], ['finished', kFinished], ['destroyed', kDestroyed],
  ['decodeStrings', kDecodeStrings], ['writing', kWriting], ['sync', kSync],
  ['bufferProcessing', kBufferProcessing], ['constructed', kConstructed],
  ['prefinished', kPrefinished], ['errorEmitted', kErrorEmitted], ['emitClose', kEmitClose],
  ['autoDestroy', kAutoDestroy], ['closed', kClosed], ['closeEmitted', kCloseEmitted],
  ['allBuffers', kAllBuffers], ['allNoop', kAllNoop],
]) {
  ObjectDefineProperty(WritableStatePrototype, name, {
    __proto__: null,
    get() { return (this[kState] & bit) !== 0; },
    set(value) {
      if (value) this[kState] |= bit;
      else this[kState] &= ~bit;
    },
    enumerable: false,
    configurable: true,
  });
}

ObjectDefineProperty(WritableStatePrototype, 'errored', {
  __proto__: null,
  get() { return this[kErroredValue]; },
  set(value) {
    if (value) {
      this[kErroredValue] = value;
      this[kState] |= kErrored;
    } else {
      this[kErroredValue] = null;
      this[kState] &= ~kErrored;
    }
  },
  enumerable: false,
  configurable: true,
});

WritableStatePrototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

ObjectDefineProperty(WritableStatePrototype, 'bufferedRequestCount', {
  __proto__: null,
  get() { return this.buffered.length - this.bufferedIndex; },
  enumerable: false,
  configurable: true,
});

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
}

// end() callbacks: registered, and taken all at once.
function addOnFinished(state, cb) {
  let list = state[kOnFinished];
  if (list === null) list = state[kOnFinished] = [];
  list.push(cb);
}

function takeOnFinished(state) {
  const list = state[kOnFinished];
  if (list === null || list.length === 0) return null;
  state[kOnFinished] = null;
  return list;
}

// ---- Writable ------------------------------------------------------------------

function Writable(options) {
  // Writable is not a base of Duplex, so `instanceof` is not the test.
  const isDuplex = isDuplexInstance(this);
  if (!isDuplex && !ReflectApply(FunctionPrototypeSymbolHasInstance, Writable, [this])) {
    return new Writable(options);
  }
  this._events ??= {
    __proto__: null,
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) lazyAddAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this);
}
ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Writable, Stream);

// Writes buffered while _construct ran go out now, and an end() that came
// meanwhile finishes.
WritableStatePrototype[kStateConstructed] = function onConstructed(stream) {
  if ((this[kState] & kWriting) === 0) clearBuffer(stream, this);
  finishMaybe(stream, this);
};

// A Duplex is a Writable too, through its state.
ObjectDefineProperty(Writable, SymbolHasInstance, {
  __proto__: null,
  value: function hasInstance(object) {
    if (ReflectApply(FunctionPrototypeSymbolHasInstance, this, [object])) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  },
});

Writable.WritableState = WritableState;

ObjectDefineProperty(Writable, kRegisterDuplex, {
  __proto__: null,
  value: function registerDuplex(duplex) { Duplex = duplex; },
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new (errorCodes().ERR_STREAM_CANNOT_PIPE)());
};

// ---- write --------------------------------------------------------------------------

// Returns true or false as write() does, or the error that the callback
// also receives (for end()).
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) throw new (errorCodes().ERR_STREAM_NULL_VALUES)();
  if ((state[kState] & kObjectMode) === 0) {
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'utf8' && !isEncoding(encoding) &&
               (encoding !== 'buffer' || typeof chunk === 'string')) {
      // 'buffer' names no way to read a string, but is fine with bytes.
      throw unknownEncoding(encoding);
    }
    if (typeof chunk === 'string') {
      if ((state[kState] & kDecodeStrings) !== 0) {
        if (Buffer === undefined) loadBuffer();
        chunk = ReflectApply(BufferFrom, Buffer, [chunk, encoding]);
        encoding = 'buffer';
      }
    } else {
      if (Buffer === undefined) loadBuffer();
      if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (ArrayBufferIsView(chunk)) {
        chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = 'buffer';
      } else {
        throw new (errorCodes().ERR_INVALID_ARG_TYPE)(
          'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
  }

  if ((state[kState] & (kEnding | kDestroyed)) !== 0) {
    const err = (state[kState] & kEnding) !== 0
      ? new (errorCodes().ERR_STREAM_WRITE_AFTER_END)()
      : new (errorCodes().ERR_STREAM_DESTROYED)('write');
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

// Starts the write now, or queues it behind the one in progress.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;

  if ((state[kState] & (kWriting | kErrored | kConstructed)) !== kConstructed || state.corked) {
    state.buffered.push({ chunk, encoding, callback });
    if (encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if (callback !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state[kState] |= kWriting | kSync;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }
  // Measured after the write: a _write that completed synchronously left
  // nothing queued, and asks for no 'drain' (even with highWaterMark 0).
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;
  return ret && (state[kState] & (kErrored | kDestroyed)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state[kState] |= kWriting | kSync;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new (errorCodes().ERR_STREAM_DESTROYED)('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

// The callback of _write and _writev.
function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = (state[kState] & kSync) !== 0;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new (errorCodes().ERR_MULTIPLE_CALLBACK)());
    return;
  }
  state[kState] &= ~kWriting;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    void er.stack;  // capture it now, as destroy() does
    if ((state[kState] & kErrored) === 0) state.errored = er;
    // A Duplex's readable side fails with it.
    const r = stream._readableState;
    if (r && !r.errored) r.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }
  // A synchronous completion is reported on a later tick, so that the
  // caller of write() sees its callback after write() returned. A write
  // with no callback needs that tick only to emit 'drain' or to fail what
  // is buffered behind it.
  if (cb === nop) {
    const needTick = ((state[kState] & kNeedDrain) !== 0 && state.length === 0) ||
      (state[kState] & kDestroyed) !== 0;
    if (needTick && (state[kState] & kAfterWritePending) === 0) {
      state[kState] |= kAfterWritePending;
      process.nextTick(afterWrite, stream, state, 1, cb);
    } else {
      state.pendingcb--;
    }
    return;
  }
  // The same callback as the pending tick (a producer that passes one
  // function to every write): counted into that tick.
  const info = state.afterWriteTickInfo;
  if (info !== null && info.cb === cb) {
    info.count++;
  } else {
    state.afterWriteTickInfo = { count: 1, cb, stream, state };
    state[kState] |= kAfterWritePending;
    process.nextTick(afterWriteTick, state.afterWriteTickInfo);
  }
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // What was queued behind the failed write fails too.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  if ((state[kState] & (kEnding | kNeedDrain)) === kNeedDrain && !stream.destroyed && state.length === 0) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  // 'finish' after a write callback comes on a later tick, as in Node 24.
  finishMaybe(stream, state, true);
}

// Fails every buffered write and waiting end() callback, with the stream's
// error or ERR_STREAM_DESTROYED.
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  const buffered = state.buffered;
  const objectMode = (state[kState] & kObjectMode) !== 0;
  for (let n = state.bufferedIndex; n < buffered.length; ++n) {
    const { chunk, callback } = buffered[n];
    state.length -= objectMode ? 1 : chunk.length;
    callback(state.errored ?? new (errorCodes().ERR_STREAM_DESTROYED)('write'));
  }
  const waiting = takeOnFinished(state);
  if (waiting !== null) {
    for (let i = 0; i < waiting.length; i++) {
      waiting[i](state.errored ?? new (errorCodes().ERR_STREAM_DESTROYED)('end'));
    }
  }
  resetBuffer(state);
}

// Writes out what was buffered: all at once through _writev when there is
// more than one chunk and the stream has one, else one by one for as long
// as each _write completes synchronously.
function clearBuffer(stream, state) {
  if (state.corked ||
      (state[kState] & (kBufferProcessing | kDestroyed | kConstructed)) !== kConstructed) {
    return;
  }
  const buffered = state.buffered;
  const start = state.bufferedIndex;
  const count = buffered.length - start;
  if (!count) return;

  state[kState] |= kBufferProcessing;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const chunks = start === 0 ? buffered : buffered.slice(start);
    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = 0; n < chunks.length; ++n) chunks[n].callback(err);
    };
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    const objectMode = (state[kState] & kObjectMode) !== 0;
    let i = start;
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > kCompactAfter) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new (errorCodes().ERR_METHOD_NOT_IMPLEMENTED)('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = ReflectApply(StringPrototypeToLowerCase, encoding, []);
  if (!isEncoding(encoding)) throw unknownEncoding(encoding);
  // Node keeps UTF-8 as a flag, so 'utf-8' reads back as 'utf8'.
  this._writableState.defaultEncoding = encoding === 'utf-8' ? 'utf8' : encoding;
  return this;
};

// ---- end ------------------------------------------------------------------------------

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  // end() uncorks however many times cork() was called.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write's error is the callback's.
  } else if ((state[kState] & (kErrored | kEnding)) === 0) {
    // ending before finishMaybe, ended after: a write from a 'finish'
    // listener sees write-after-end, and `ended` says end() returned.
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new (errorCodes().ERR_STREAM_ALREADY_FINISHED)('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new (errorCodes().ERR_STREAM_DESTROYED)('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if ((state[kState] & kErrored) !== 0) process.nextTick(cb, state[kErroredValue]);
    else if ((state[kState] & kFinished) !== 0) process.nextTick(cb, null);
    else addOnFinished(state, cb);
  }
  return this;
};

function needFinish(state) {
  return (state[kState] & (kEnding | kDestroyed | kConstructed | kErrored | kFinished | kWriting |
    kErrorEmitted | kCloseEmitted)) === (kEnding | kConstructed) &&
    state.length === 0 && state.buffered.length === 0;
}

// Runs _final(cb); 'prefinish' follows its callback, 'finish' a tick later.
function callFinal(stream, state) {
  let called = false;
  function onFinal(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new (errorCodes().ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const waiting = takeOnFinished(state);
      if (waiting !== null) {
        for (let i = 0; i < waiting.length; i++) waiting[i](err);
      }
      errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
    } else if (needFinish(state)) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state[kState] |= kSync;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state[kState] &= ~kSync;
}

function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) === 0) {
    if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
      state[kState] |= kFinalCalled;
      callFinal(stream, state);
    } else {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb === 0) {
    if (sync) {
      state.pendingcb++;
      process.nextTick(finishOnNextTick, stream, state);
    } else if (needFinish(state)) {
      state.pendingcb++;
      finish(stream, state);
    }
  }
}

function finishOnNextTick(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;
  const waiting = takeOnFinished(state);
  if (waiting !== null) {
    for (let i = 0; i < waiting.length; i++) waiting[i](null);
  }
  stream.emit('finish');
  if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed once both sides are done.
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

// ---- properties ---------------------------------------------------------------------

ObjectDefineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    __proto__: null,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    __proto__: null,
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  // Buffered writes and end() callbacks fail once the current write ends.
  if ((state[kState] & kDestroyed) === 0 &&
      (state.bufferedIndex < state.buffered.length ||
       (state[kOnFinished] !== null && state[kOnFinished].length > 0))) {
    process.nextTick(errorBuffer, state);
  }
  ReflectApply(destroyMethod, this, [err, cb]);
  return this;
};

Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function captureRejection(err) {
  this.destroy(err);
};
Writable.prototype[SymbolAsyncDispose] = async function asyncDispose() {
  let error;
  if (!this.destroyed) {
    AbortErrorCtor ??= require('internal/errors').AbortError;
    error = this.writableFinished ? null : new AbortErrorCtor();
    this.destroy(error);
  }
  await new PromiseCtor((resolve, reject) => {
    lazyEos()(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// Web streams interop is provided by stream.js once Web Streams exist.

module.exports = Writable;
