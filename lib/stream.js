'use strict';
// node:stream. The module is the legacy Stream class itself, carrying the
// stream classes and helpers as properties.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const duplexPair = require('internal/streams/duplexpair');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { destroyer } = require('internal/streams/destroy');
const utils = require('internal/streams/utils');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const operators = require('internal/streams/operators');
const { FastBuffer, isUint8Array } = require('internal/buffer');

const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const ReflectApply = Reflect.apply;
const ArrayBufferIsView = ArrayBuffer.isView;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = Readable;

// The operators as methods. Those that make a stream return a Readable of
// their async generator; none is a constructor (`new` throws Node's
// ERR_ILLEGAL_CONSTRUCTOR, so they are plain functions).
for (const key of ObjectKeys(operators.streamReturningOperators)) {
  const op = operators.streamReturningOperators[key];
  const method = function(...args) {
    if (new.target) throw new (errorCodes().ERR_ILLEGAL_CONSTRUCTOR)();
    return Readable.from(ReflectApply(op, this, args));
  };
  ObjectDefineProperty(method, 'name', { __proto__: null, value: key });
  ObjectDefineProperty(method, 'length', { __proto__: null, value: op.length });
  ObjectDefineProperty(Readable.prototype, key, {
    __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of ObjectKeys(operators.promiseReturningOperators)) {
  const op = operators.promiseReturningOperators[key];
  const method = function(...args) {
    if (new.target) throw new (errorCodes().ERR_ILLEGAL_CONSTRUCTOR)();
    return ReflectApply(op, this, args);
  };
  ObjectDefineProperty(method, 'name', { __proto__: null, value: key });
  ObjectDefineProperty(method, 'length', { __proto__: null, value: op.length });
  ObjectDefineProperty(Readable.prototype, key, {
    __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
  });
}

Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
const lazyPromises = () => (promises ??= require('stream/promises'));

ObjectDefineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyPromises(); },
});
ObjectDefineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});
ObjectDefineProperty(eos, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().finished; },
});

// The old Stream class is reachable as Stream.Stream too.
Stream.Stream = Stream;

Stream._isArrayBufferView = function _isArrayBufferView(value) {
  return ArrayBufferIsView(value);
};
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

// Conversions to and from web streams come from the web streams module,
// loaded on first use.
function webAdapter(name, what) {
  return function adapter(...args) {
    let adapters;
    try {
      adapters = require('internal/webstreams/adapters');
    } catch {
      throw new (errorCodes().ERR_NOT_IMPLEMENTED)(what);
    }
    if (typeof adapters[name] !== 'function') throw new (errorCodes().ERR_NOT_IMPLEMENTED)(what);
    return ReflectApply(adapters[name], undefined, args);
  };
}
Readable.fromWeb = webAdapter('newStreamReadableFromReadableStream', 'stream.Readable.fromWeb()');
Readable.toWeb = webAdapter('newReadableStreamFromStreamReadable', 'stream.Readable.toWeb()');
Writable.fromWeb = webAdapter('newStreamWritableFromWritableStream', 'stream.Writable.fromWeb()');
Writable.toWeb = webAdapter('newWritableStreamFromStreamWritable', 'stream.Writable.toWeb()');
Duplex.fromWeb = webAdapter('newStreamDuplexFromReadableWritablePair', 'stream.Duplex.fromWeb()');
Duplex.toWeb = webAdapter('newReadableWritablePairFromDuplex', 'stream.Duplex.toWeb()');
