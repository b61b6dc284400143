'use strict';
// stream.Readable.
//
// A readable stream holds a queue of chunks between its producer (the
// _read() implementation, which calls push()) and its consumer. The
// consumer reads in one of three ways, which decide when _read is asked
// for more:
//   - paused:  read(n) on demand, usually from a 'readable' listener;
//   - flowing: 'data' events, started by resume(), a 'data' listener or
//              pipe(), stopped by pause();
//   - the async iterator, which is read() driven by 'readable'.
// The queue is filled up to highWaterMark before _read stops being called.
//
// Event order is part of the API (programs and tests depend on which tick
// 'readable', 'data', 'end' and 'close' arrive in); the comments below say
// which tick each step runs in. Everything that runs per chunk avoids
// closures and array copies: the queue is an array read from an index.

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const destroyImpl = require('internal/streams/destroy');
const { aggregateTwoErrors, kStateConstructed } = require('internal/streams/utils');

const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const NumberParseInt = Number.parseInt;
const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ArrayBufferIsView = ArrayBuffer.isView;
const PromiseCtor = Promise;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolAsyncDispose = Symbol.asyncDispose;
const BufferFrom = Buffer.from;
const BufferAllocUnsafe = Buffer.allocUnsafe;
const BufferIsEncoding = Buffer.isEncoding;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArraySet = TypedArrayPrototype.set;
const ReflectApply = Reflect.apply;
const SetCtor = Set;
const SetPrototypeAdd = Set.prototype.add;
const SetPrototypeDelete = Set.prototype.delete;
const SetPrototypeClear = Set.prototype.clear;
const StringPrototypeSlice = String.prototype.slice;
const FunctionPrototypeBind = Function.prototype.bind;

const { destroy: destroyMethod, undestroy, errorOrDestroy, construct } = destroyImpl;
const StreamPrototypeOn = Stream.prototype.on;
const StreamPrototypeRemoveListener = Stream.prototype.removeListener;
const StreamPrototypeRemoveAllListeners = Stream.prototype.removeAllListeners;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);

let StringDecoder;
function newDecoder(encoding) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  return new StringDecoder(encoding);
}

// Loaded on first use: they require this module.
let Duplex;
const lazyDuplex = () => (Duplex ??= require('internal/streams/duplex'));
let eos;
const lazyEos = () => (eos ??= require('internal/streams/end-of-stream'));
let addAbortSignalNoValidate;
function lazyAddAbortSignal(signal, stream) {
  addAbortSignalNoValidate ??= require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
  return addAbortSignalNoValidate(signal, stream);
}
let fromImpl;
let AbortErrorCtor;

const nop = () => {};

// Reading more than highWaterMark raises it to the next power of two, up to
// this (1 GiB), so that one read(n) can be satisfied.
const kMaxHighWaterMark = 0x40000000;
// Queue entries before the read index are dropped in bulk past this count.
const kCompactAfter = 1024;

// A typed array or DataView as a Buffer over the same bytes.
function viewToBuffer(chunk) {
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// Bytes [start, end) of a queued Buffer, sharing its memory. Made directly:
// the engine's subarray() looks up Symbol.species on every call.
function bytesView(buf, start, end) {
  return new FastBuffer(buf.buffer, buf.byteOffset + start, end - start);
}

// ---- ReadableState ----------------------------------------------------------
//
// The boolean state lives in one integer, state[kState], one bit per flag:
// a state object is created for every stream, and in JavaScriptCore an
// object's cost grows with its number of properties. The flags are
// readable and writable under Node's names through accessors on the
// prototype; this file tests the bits directly. Fields that most streams
// never change (decoder, encoding, defaultEncoding, errored) are defaults
// on the prototype, made own properties only when set.

const kState = Symbol('kState');
const kErroredValue = Symbol('kErroredValue');
const kDecoderValue = Symbol('kDecoderValue');

const kObjectMode = 1 << 0;
const kEnded = 1 << 1;             // push(null) seen
const kEndEmitted = 1 << 2;
const kReading = 1 << 3;           // _read called, no push yet
const kConstructed = 1 << 4;       // clear while _construct runs
const kSync = 1 << 5;              // inside _read: push() must not emit 'data'
const kNeedReadable = 1 << 6;
const kEmittedReadable = 1 << 7;
const kReadableListening = 1 << 8;
const kResumeScheduled = 1 << 9;
const kErrorEmitted = 1 << 10;
const kEmitClose = 1 << 11;
const kAutoDestroy = 1 << 12;
const kDestroyed = 1 << 13;
const kClosed = 1 << 14;
const kCloseEmitted = 1 << 15;
const kMultiAwaitDrain = 1 << 16;
const kReadingMore = 1 << 17;
const kDataEmitted = 1 << 18;      // readableDidRead
const kErrored = 1 << 19;          // errored is set
const kDecoder = 1 << 20;          // decoder is set
// flowing is null (neither bit), true or false; paused is false until
// pause() or resume() set it, and remembers that they did.
const kHasFlowing = 1 << 21;
const kFlowing = 1 << 22;
const kHasPaused = 1 << 23;
const kPaused = 1 << 24;

function ReadableState(options, stream, isDuplex) {
  // Other stream implementations construct this with two arguments.
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();
  let bits = kConstructed | kSync | kEmitClose | kAutoDestroy;
  let objectMode = false;
  if (options) {
    objectMode = !!(options.objectMode || (isDuplex && options.readableObjectMode));
    if (objectMode) bits |= kObjectMode;
    if (options.emitClose === false) bits &= ~kEmitClose;
    if (options.autoDestroy === false) bits &= ~kAutoDestroy;
  }
  this.highWaterMark = options
    ? getHighWaterMark(options, 'readableHighWaterMark', isDuplex, objectMode)
    : getDefaultHighWaterMark(objectMode);
  // The queue: live entries are buffer[bufferIndex..]; length counts bytes,
  // characters (with a decoder) or objects.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  // Piping to several destinations waits for each one's 'drain': a Set of
  // them then, else the one destination or null.
  this.awaitDrainWriters = null;
  this[kState] = bits;
  if (options) {
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      if (!BufferIsEncoding(defaultEncoding)) throw new (errorCodes().ERR_UNKNOWN_ENCODING)(defaultEncoding);
      this.defaultEncoding = defaultEncoding;
    }
    if (options.encoding) {
      this.decoder = newDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }
}

const ReadableStatePrototype = ReadableState.prototype;

// A default on the prototype, shadowed by an own property when assigned.
function defineDefault(proto, key, value) {
  ObjectDefineProperty(proto, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}
defineDefault(ReadableStatePrototype, 'defaultEncoding', 'utf8');
defineDefault(ReadableStatePrototype, 'encoding', null);
defineDefault(ReadableStatePrototype, kErroredValue, null);
defineDefault(ReadableStatePrototype, kDecoderValue, null);

function defineFlag(proto, name, bit) {
  ObjectDefineProperty(proto, name, {
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

for (const [name, bit] of [
  ['objectMode', kObjectMode], ['ended', kEnded], ['endEmitted', kEndEmitted],
  ['reading', kReading], ['constructed', kConstructed], ['sync', kSync],
  ['needReadable', kNeedReadable], ['emittedReadable', kEmittedReadable],
  ['readableListening', kReadableListening], ['resumeScheduled', kResumeScheduled],
  ['errorEmitted', kErrorEmitted], ['emitClose', kEmitClose], ['autoDestroy', kAutoDestroy],
  ['destroyed', kDestroyed], ['closed', kClosed], ['closeEmitted', kCloseEmitted],
  ['multiAwaitDrain', kMultiAwaitDrain], ['readingMore', kReadingMore],
  ['dataEmitted', kDataEmitted],
]) {
  defineFlag(ReadableStatePrototype, name, bit);
}

ObjectDefineProperties(ReadableStatePrototype, {
  errored: {
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
  },
  decoder: {
    __proto__: null,
    get() { return this[kDecoderValue]; },
    set(value) {
      this[kDecoderValue] = value;
      if (value) this[kState] |= kDecoder;
      else this[kState] &= ~kDecoder;
    },
    enumerable: false,
    configurable: true,
  },
  flowing: {
    __proto__: null,
    get() {
      const bits = this[kState];
      return (bits & kHasFlowing) !== 0 ? (bits & kFlowing) !== 0 : null;
    },
    set(value) {
      setFlowing(this, value);
    },
    enumerable: false,
    configurable: true,
  },
  paused: {
    __proto__: null,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      if (value) this[kState] |= kHasPaused | kPaused;
      else this[kState] = (this[kState] | kHasPaused) & ~kPaused;
    },
    enumerable: false,
    configurable: true,
  },
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
    enumerable: false,
    configurable: true,
  },
});

// flowing: null, true or false.
function setFlowing(state, value) {
  if (value == null) state[kState] &= ~(kHasFlowing | kFlowing);
  else if (value) state[kState] |= kHasFlowing | kFlowing;
  else state[kState] = (state[kState] | kHasFlowing) & ~kFlowing;
}

// ---- Readable -------------------------------------------------------------

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof lazyDuplex();
  // The common events' slots exist from the start, so that adding and
  // removing listeners never changes the object's shape (EventEmitter's
  // shape mode).
  this._events ??= {
    __proto__: null,
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) lazyAddAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this);
}
ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);

// Reads that were asked for while _construct ran start now.
ReadableStatePrototype[kStateConstructed] = function onConstructed(stream) {
  if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyMethod;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function captureRejection(err) {
  this.destroy(err);
};
Readable.prototype[SymbolAsyncDispose] = async function asyncDispose() {
  let error;
  if (!this.destroyed) {
    AbortErrorCtor ??= require('internal/errors').AbortError;
    error = this.readableEnded ? null : new AbortErrorCtor();
    this.destroy(error);
  }
  await new PromiseCtor((resolve, reject) => {
    lazyEos()(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// ---- adding chunks ----------------------------------------------------------

Readable.prototype.push = function push(chunk, encoding) {
  return addChunkFromProducer(this, this._readableState, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkFromProducer(this, this._readableState, chunk, encoding, true);
};

function invalidChunk(chunk) {
  return new (errorCodes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// push() and unshift(). Strings become Buffers unless they are already in
// the decoder's encoding; returns whether the producer may push more.
function addChunkFromProducer(stream, state, chunk, encoding, toFront) {
  if (chunk === null) {
    // The end of the input, from unshift() as well as push().
    state[kState] &= ~kReading;
    onEndOfInput(stream, state);
    return false;
  }
  const objectMode = (state[kState] & kObjectMode) !== 0;
  if (!objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (toFront && state.encoding) {
          // The queue holds decoded strings: keep it one encoding.
          chunk = ReflectApply(BufferFrom, Buffer, [chunk, encoding]).toString(state.encoding);
        } else {
          chunk = ReflectApply(BufferFrom, Buffer, [chunk, encoding]);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBufferIsView(chunk)) {
      chunk = viewToBuffer(chunk);
      encoding = '';
    } else if (chunk !== undefined) {
      errorOrDestroy(stream, invalidChunk(chunk));
      return false;
    }
    if (!chunk || chunk.length <= 0) {
      // An empty chunk: nothing to queue, but a _read that pushed it is over.
      if (!toFront) {
        state[kState] &= ~kReading;
        maybeReadMore(stream, state);
      }
      return canPushMore(state);
    }
  }

  if (toFront) {
    if ((state[kState] & kEndEmitted) !== 0) {
      errorOrDestroy(stream, new (errorCodes().ERR_STREAM_UNSHIFT_AFTER_END_EVENT)());
      return false;
    }
    if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;
    queueChunk(stream, state, chunk, true);
    return canPushMore(state);
  }

  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new (errorCodes().ERR_STREAM_PUSH_AFTER_EOF)());
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    if (!objectMode && chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  queueChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function canPushMore(state) {
  // An empty queue always wants more, even with highWaterMark 0.
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

function queueChunk(stream, state, chunk, toFront) {
  if ((state[kState] & (kFlowing | kSync)) === kFlowing && state.length === 0 &&
      stream.listenerCount('data') > 0) {
    // Flowing with nothing queued: hand the chunk straight to the consumer.
    clearAwaitDrain(state);
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (toFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if ((state[kState] & kMultiAwaitDrain) !== 0) {
    ReflectApply(SetPrototypeClear, state.awaitDrainWriters, []);
  } else {
    state.awaitDrainWriters = null;
  }
}

function onEndOfInput(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if ((state[kState] & kDecoder) !== 0) {
    const rest = state[kDecoderValue].end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : rest.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    // Inside _read: the consumer hears about it on the next tick.
    emitReadable(stream);
  } else {
    state[kState] = (state[kState] & ~kNeedReadable) | kEmittedReadable;
    emitReadableNow(stream);
  }
}

// ---- 'readable' --------------------------------------------------------------

function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
      (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  // Another 'readable' is wanted once the consumer drained below the mark.
  // Node 24 only ever sets the flag here: a needReadable set meanwhile (by
  // a read(0)) survives even when the stream ended or is above the mark.
  if ((state[kState] & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state[kState] |= kNeedReadable;
  }
  flow(stream);
}

// Keeps _read busy until the queue reaches highWaterMark, on the next tick,
// so that a producer that pushes asynchronously fills the queue ahead of
// the consumer.
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(readMore, stream, state);
  }
}

function readMore(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break;  // _read pushed nothing synchronously
  }
  state[kState] &= ~kReadingMore;
}

// ---- read() -----------------------------------------------------------------

function nextHighWaterMark(n) {
  if (n > kMaxHighWaterMark) {
    const { ERR_OUT_OF_RANGE } = errorCodes();
    throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  }
  // The next power of two.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) can return now: 0 when it must wait for more.
function amountToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (NumberIsNaN(n)) {
    // read(): everything; while flowing, one chunk at a time.
    if ((state[kState] & kFlowing) !== 0 && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!NumberIsInteger(n)) n = NumberParseInt(n, 10);
  const state = this._readableState;
  const requested = n;

  if (n > state.highWaterMark) state.highWaterMark = nextHighWaterMark(n);
  if (n !== 0) state[kState] &= ~kEmittedReadable;

  // read(0) with enough queued: just announce it.
  if (n === 0 && (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = amountToRead(n, state);
  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask the producer for more when the queue is, or will be, below the mark.
  let doRead = (state[kState] & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((state[kState] & (kEnded | kReading | kDestroyed | kErrored | kConstructed)) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    state[kState] |= kReading | kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    // A synchronous push may have changed how much there is.
    if ((state[kState] & kReading) === 0) n = amountToRead(requested, state);
  }

  const ret = n > 0 ? takeFromQueue(n, state) : null;
  if (ret === null) {
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    else state[kState] &= ~kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    // Empty: the next push should wake the consumer.
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    // read(n) past the end after the last chunk: 'end' is next.
    if (requested !== n && (state[kState] & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

// Takes n units off the queue (n <= length, or everything when n is 0 or
// NaN-derived full length). Strings are joined, Buffers concatenated or
// split; in object mode n is 1.
function takeFromQueue(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  let idx = state.bufferIndex;
  let ret;
  if ((state[kState] & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    if ((state[kState] & kDecoder) !== 0) {
      ret = '';
      while (idx < buf.length) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (buf.length - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = BufferAllocUnsafe(state.length);
      let off = 0;
      while (idx < buf.length) {
        const c = buf[idx];
        ReflectApply(TypedArraySet, ret, [c, off]);
        off += c.length;
        buf[idx++] = null;
      }
    }
  } else {
    const first = buf[idx];
    if (n < first.length) {
      // Part of the first chunk.
      if (typeof first === 'string') {
        ret = ReflectApply(StringPrototypeSlice, first, [0, n]);
        buf[idx] = ReflectApply(StringPrototypeSlice, first, [n]);
      } else {
        ret = bytesView(first, 0, n);
        buf[idx] = bytesView(first, n, first.length);
      }
    } else if (n === first.length) {
      ret = first;
      buf[idx++] = null;
    } else if (typeof first === 'string') {
      ret = '';
      while (ret.length < n) {
        const c = buf[idx];
        const want = n - ret.length;
        if (c.length <= want) {
          ret += c;
          buf[idx++] = null;
        } else {
          ret += ReflectApply(StringPrototypeSlice, c, [0, want]);
          buf[idx] = ReflectApply(StringPrototypeSlice, c, [want]);
        }
      }
    } else {
      ret = BufferAllocUnsafe(n);
      let off = 0;
      while (off < n) {
        const c = buf[idx];
        const want = n - off;
        if (c.length <= want) {
          ReflectApply(TypedArraySet, ret, [c, off]);
          off += c.length;
          buf[idx++] = null;
        } else {
          ReflectApply(TypedArraySet, ret, [bytesView(c, 0, want), off]);
          buf[idx] = bytesView(c, want, c.length);
          off = n;
        }
      }
    }
  }
  if (idx === buf.length) {
    buf.length = 0;
    idx = 0;
  } else if (idx > kCompactAfter) {
    buf.splice(0, idx);
    idx = 0;
  }
  state.bufferIndex = idx;
  return ret;
}

Readable.prototype._read = function _read(n) {
  throw new (errorCodes().ERR_METHOD_NOT_IMPLEMENTED)('_read()');
};

// ---- end ------------------------------------------------------------------------

function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    process.nextTick(emitEnd, state, stream);
  }
}

function emitEnd(state, stream) {
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) !== 0 || state.length !== 0) return;
  state[kState] |= kEndEmitted;
  stream.emit('end');
  if (stream.writable && stream.allowHalfOpen === false) {
    process.nextTick(endWritableSide, stream);
  } else if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed once both sides are done.
    const w = stream._writableState;
    if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
  }
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// ---- flowing mode ------------------------------------------------------------

Readable.prototype.on = function on(ev, fn) {
  const res = ReflectApply(StreamPrototypeOn, this, [ev, fn]);
  const state = this._readableState;
  if (ev === 'data') {
    if (this.listenerCount('readable') > 0) state[kState] |= kReadableListening;
    else state[kState] &= ~kReadableListening;
    // A 'data' listener starts the flow, unless the stream was paused.
    if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
      state[kState] = (state[kState] | kReadableListening | kNeedReadable | kHasFlowing) &
        ~(kFlowing | kEmittedReadable);
      if (state.length) emitReadable(this);
      else if ((state[kState] & kReading) === 0) process.nextTick(readZero, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

function readZero(stream) {
  stream.read(0);
}

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = ReflectApply(StreamPrototypeRemoveListener, this, [ev, fn]);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = ReflectApply(StreamPrototypeRemoveAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

// After the last 'readable' listener left: back to flowing if the stream
// was resumed or has 'data' listeners, else to no mode at all.
function updateReadableListening(stream) {
  const state = stream._readableState;
  const listening = stream.listenerCount('readable') > 0;
  if (listening) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;
  if ((state[kState] & (kResumeScheduled | kHasPaused | kPaused)) === (kResumeScheduled | kHasPaused)) {
    // resume() was called last, and its tick is still to come.
    state[kState] |= kHasFlowing | kFlowing;
  } else if (stream.listenerCount('data') > 0) {
    stream.resume();
  } else if (!listening) {
    state[kState] &= ~(kHasFlowing | kFlowing);
  }
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if ((state[kState] & kFlowing) === 0) {
    // With 'readable' listeners the stream stays in paused mode.
    if ((state[kState] & kReadableListening) !== 0) {
      state[kState] = (state[kState] | kHasFlowing) & ~kFlowing;
    } else {
      state[kState] |= kHasFlowing | kFlowing;
    }
    if ((state[kState] & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      process.nextTick(resumeNow, this, state);
    }
  }
  state[kState] = (state[kState] | kHasPaused) & ~kPaused;
  return this;
};

function resumeNow(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state[kState] = (state[kState] | kHasFlowing) & ~kFlowing;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  const bits = this._readableState[kState];
  return (bits & kPaused) !== 0 || (bits & (kHasFlowing | kFlowing)) === kHasFlowing;
};

function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

Readable.prototype.setEncoding = function setEncoding(enc) {
  const decoder = newDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is queued is decoded now, so that the queue is one kind.
  const buf = state.buffer;
  let content = '';
  for (let i = state.bufferIndex; i < buf.length; i++) content += decoder.write(buf[i]);
  buf.length = 0;
  state.bufferIndex = 0;
  if (content !== '') buf.push(content);
  state.length = content.length;
  return this;
};

// ---- pipe ---------------------------------------------------------------------------

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    // From one destination to several: wait for each one's 'drain'.
    state[kState] |= kMultiAwaitDrain;
    const set = new SetCtor();
    if (state.awaitDrainWriters) ReflectApply(SetPrototypeAdd, set, [state.awaitDrainWriters]);
    state.awaitDrainWriters = set;
  }
  state.pipes.push(dest);

  // process.stdout and stderr are never ended by a pipe.
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && !isStdio(dest);
  const endFn = doEnd ? onEnd : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  let onDrain;
  let cleanedUp = false;

  function onUnpipe(readable, info) {
    if (readable === src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      cleanup();
    }
  }
  function onEnd() {
    dest.end();
  }
  function cleanup() {
    dest.removeListener('close', onClose);
    dest.removeListener('finish', onFinish);
    if (onDrain) dest.removeListener('drain', onDrain);
    dest.removeListener('error', onError);
    dest.removeListener('unpipe', onUnpipe);
    src.removeListener('end', onEnd);
    src.removeListener('end', unpipe);
    src.removeListener('data', onData);
    cleanedUp = true;
    // A destination that went away while we waited for its 'drain' must not
    // keep the source paused for ever.
    if (onDrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      onDrain();
    }
  }
  function pauseForDrain() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        ReflectApply(SetPrototypeAdd, state.awaitDrainWriters, [dest]);
      }
      src.pause();
    }
    if (!onDrain) {
      onDrain = () => {
        if (state.awaitDrainWriters === dest) {
          state.awaitDrainWriters = null;
        } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
          ReflectApply(SetPrototypeDelete, state.awaitDrainWriters, [dest]);
        }
        if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
            src.listenerCount('data')) {
          src.resume();
        }
      };
      dest.on('drain', onDrain);
    }
  }
  // A chunk the destination refuses (an object into a byte stream)
  // destroys the destination with that error instead of throwing out of
  // the source's 'data' event.
  function onData(chunk) {
    let ret;
    try {
      ret = dest.write(chunk);
    } catch (err) {
      dest.destroy(err);
      return;
    }
    if (ret === false) pauseForDrain();
  }
  // An error on the destination unpipes; it is an uncaught error only
  // when nobody else listens.
  function onError(er) {
    unpipe();
    dest.removeListener('error', onError);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  function onClose() {
    dest.removeListener('finish', onFinish);
    unpipe();
  }
  function onFinish() {
    dest.removeListener('close', onClose);
    unpipe();
  }
  function unpipe() {
    src.unpipe(dest);
  }

  dest.on('unpipe', onUnpipe);
  src.on('data', onData);
  prependListener(dest, 'error', onError);
  dest.once('close', onClose);
  dest.once('finish', onFinish);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pauseForDrain();
  else if ((state[kState] & kFlowing) === 0) src.resume();
  return dest;
};

function isStdio(dest) {
  return dest._isStdio === true && (dest === process.stdout || dest === process.stderr);
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---- wrap: an old-style stream as a Readable ---------------------------------------

Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // The old stream's own methods, where this one has none.
  const keys = ObjectKeys(stream);
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = ReflectApply(FunctionPrototypeBind, stream[key], [stream]);
    }
  }
  return this;
};

// ---- async iteration ----------------------------------------------------------

Readable.prototype[SymbolAsyncIterator] = function asyncIterator() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) {
    require('internal/validators').validateObject(options, 'options');
  }
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let wake = nop;
  // Both a 'readable' listener and the executor of the promise we wait on:
  // as the listener (this is the stream) it wakes the waiter; as the
  // executor it registers the waiter.
  function next(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', next);

  // undefined: still going; null: ended; an error: failed.
  let error;
  const cleanup = lazyEos()(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new PromiseCtor(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    // Leaving the loop early (break, return, throw) destroys the stream,
    // unless the caller asked to keep it with destroyOnReturn: false.
    if ((error || (options && options.destroyOnReturn) !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// readable.compose(stream[, options]): this stream piped into `stream`,
// as one Duplex.
Readable.prototype.compose = function compose(stream, options) {
  return ReflectApply(require('internal/streams/operators').compose, this, [stream, options]);
};

// ---- properties -----------------------------------------------------------------

ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// ---- statics ------------------------------------------------------------------------

// Exposed for tests of the old BufferList API: takes n units off a state's
// queue without touching its length.
Readable._fromList = takeFromQueue;

Readable.from = function from(iterable, opts) {
  fromImpl ??= require('internal/streams/from');
  return fromImpl(Readable, iterable, opts);
};

// An old-style stream (or anything with 'data' events) as a Readable that
// destroys its source when destroyed.
Readable.wrap = function wrap(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;
