'use strict';
// node:stream. The module is the legacy Stream class itself, carrying the
// stream classes and helpers as properties.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const { destroyer } = require('internal/streams/destroy');
const utils = require('internal/streams/utils');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const { FastBuffer, isUint8Array } = require('internal/buffer');

const ObjectDefineProperty = Object.defineProperty;
const ReflectApply = Reflect.apply;
const ArrayBufferIsView = ArrayBuffer.isView;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);

// The helpers that most programs never call (pipeline, finished, compose,
// the operators...) are loaded on first call: require('stream') is on the
// path of every program that touches process.stdout, and compiling them
// would be a third of its cost. The functions below stand for them, with
// Node's names and lengths.
let pipelineModule;
const lazyPipeline = () => (pipelineModule ??= require('internal/streams/pipeline'));
let eosModule;
const lazyEos = () => (eosModule ??= require('internal/streams/end-of-stream'));
let operatorsModule;
const lazyOperators = () => (operatorsModule ??= require('internal/streams/operators'));

function named(fn, name, length) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  return fn;
}

const pipeline = named(function(...streams) {
  return ReflectApply(lazyPipeline().pipeline, this, streams);
}, 'pipeline', 0);

// finished(stream[, options], callback): the arguments pass through as
// they are, since the callback's position depends on their number.
const eos = named(function() {
  return ReflectApply(lazyEos(), this, arguments);
}, 'eos', 3);

const addAbortSignal = named(function(signal, stream) {
  return require('internal/streams/add-abort-signal').addAbortSignal(signal, stream);
}, 'addAbortSignal', 2);

const compose = named(function(...streams) {
  return ReflectApply(require('internal/streams/compose'), this, streams);
}, 'compose', 0);

const duplexPair = named(function(options) {
  return require('internal/streams/duplexpair')(options);
}, 'duplexPair', 1);

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
for (const [key, length] of [['drop', 1], ['filter', 2], ['flatMap', 2], ['map', 2], ['take', 1]]) {
  const method = named(function(...args) {
    if (new.target) throw new (errorCodes().ERR_ILLEGAL_CONSTRUCTOR)();
    return Readable.from(ReflectApply(lazyOperators().streamReturningOperators[key], this, args));
  }, key, length);
  ObjectDefineProperty(Readable.prototype, key, {
    __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
  });
}
for (const [key, length] of [['every', 1], ['forEach', 2], ['reduce', 3], ['toArray', 1], ['some', 1],
  ['find', 2]]) {
  const method = named(function(...args) {
    if (new.target) throw new (errorCodes().ERR_ILLEGAL_CONSTRUCTOR)();
    return ReflectApply(lazyOperators().promiseReturningOperators[key], this, args);
  }, key, length);
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
Stream.compose = compose;
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
// loaded on first use. Node's are anonymous functions.
let adapters;
function webAdapter(name, length) {
  const fn = function(...args) {
    adapters ??= require('internal/webstreams/adapters');
    return ReflectApply(adapters[name], undefined, args);
  };
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: '', configurable: true });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  return fn;
}
Readable.fromWeb = webAdapter('newStreamReadableFromReadableStream', 2);
Readable.toWeb = webAdapter('newReadableStreamFromStreamReadable', 2);
Writable.fromWeb = webAdapter('newStreamWritableFromWritableStream', 2);
Writable.toWeb = webAdapter('newWritableStreamFromStreamWritable', 1);
Duplex.fromWeb = webAdapter('newStreamDuplexFromReadableWritablePair', 2);
Duplex.toWeb = webAdapter('newReadableWritablePairFromDuplex', 2);
