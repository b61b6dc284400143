'use strict';
// What the three stream kinds of the WHATWG Streams standard share: the
// builtins they use, captured at load; promise helpers with the standard's
// timing; the queue-with-sizes; strategy extraction; ArrayBuffer transfer.
//
// Everything here runs on user values, so no method is looked up on an
// object a user can reach. Promise reactions in particular go through the
// captured Promise.prototype.then: the standard's "upon fulfillment" is
// PerformPromiseThen, which a patched Promise.prototype.then must not
// change.

const { isPromise } = require('internal/util/types').types;
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
} = require('internal/errors').codes;

const ReflectApply = Reflect.apply;
const TypeErrorCtor = TypeError;
const PromiseCtor = Promise;
const PromisePrototypeThen = Promise.prototype.then;
const PromiseResolve = Promise.resolve;
const PromiseReject = Promise.reject;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const NumberIsNaN = Number.isNaN;
const MathTrunc = Math.trunc;
const ArrayBufferCtor = ArrayBuffer;
const ArrayBufferIsView = ArrayBuffer.isView;
const Uint8ArrayCtor = Uint8Array;
const DataViewCtor = DataView;
const getter = (proto, name) => ObjectGetOwnPropertyDescriptor(proto, name).get;
const ArrayBufferPrototypeGetByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const ArrayBufferPrototypeGetDetached = getter(ArrayBuffer.prototype, 'detached');
const ArrayBufferPrototypeTransfer = ArrayBuffer.prototype.transfer;
const ArrayBufferPrototypeSlice = ArrayBuffer.prototype.slice;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetBuffer = getter(TypedArrayPrototype, 'buffer');
const TypedArrayPrototypeGetByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const TypedArrayPrototypeGetByteLength = getter(TypedArrayPrototype, 'byteLength');
const TypedArrayPrototypeGetLength = getter(TypedArrayPrototype, 'length');
const TypedArrayPrototypeGetTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const TypedArrayPrototypeSet = TypedArrayPrototype.set;
const DataViewPrototypeGetBuffer = getter(DataView.prototype, 'buffer');
const DataViewPrototypeGetByteOffset = getter(DataView.prototype, 'byteOffset');
const DataViewPrototypeGetByteLength = getter(DataView.prototype, 'byteLength');

function noop() {}

// Calls fn with thisArg and the arguments. JavaScriptCore compiles
// fn.call(thisArg, ...) into a direct call, while Reflect.apply with an
// argument array allocates and goes through the builtin: eight times the
// cost, paid several times per chunk (a pull, a read, promise reactions).
// fn.call is taken only while it is the original Function.prototype.call
// (fn has no `call` of its own and nobody replaced the prototype's), so a
// program that patches either still cannot change what runs here.
const FunctionPrototypeCall = Function.prototype.call;

function apply0(fn, thisArg) {
  return fn.call === FunctionPrototypeCall ? fn.call(thisArg) : ReflectApply(fn, thisArg, []);
}

function apply1(fn, thisArg, a) {
  return fn.call === FunctionPrototypeCall ? fn.call(thisArg, a) : ReflectApply(fn, thisArg, [a]);
}

function apply2(fn, thisArg, a, b) {
  return fn.call === FunctionPrototypeCall ? fn.call(thisArg, a, b) : ReflectApply(fn, thisArg, [a, b]);
}

// ---- promises ---------------------------------------------------------------

function then(promise, onFulfilled, onRejected) {
  return apply2(PromisePrototypeThen, promise, onFulfilled, onRejected);
}

// Promise.resolve (a native promise comes back as it is) and
// Promise.reject, as the captured originals.
function resolved(value) {
  return apply1(PromiseResolve, PromiseCtor, value);
}

function rejected(reason) {
  return apply1(PromiseReject, PromiseCtor, reason);
}

// A promise made only when somebody asks for it: reads' and writes'
// requests. The stream settles it with resolve()/reject(), possibly before
// anybody asked; the outcome is kept and promise() then gives an already
// settled promise, far cheaper in JavaScriptCore than one made with an
// executor, and settling at the same point. A promise nobody asks for (a
// pipe's writes) is never made, so it cannot be an unhandled rejection
// either. promise() gives the same promise every time.
class LazyPromise {
  constructor(settledAs = 0, outcome = undefined) {
    this.settledAs = settledAs; // 0 pending, 1 fulfilled, 2 rejected
    this.outcome = outcome;
    this.made = undefined;
    this.res = undefined;
    this.rej = undefined;
  }

  promise() {
    if (this.made === undefined) {
      if (this.settledAs === 1) {
        this.made = resolved(this.outcome);
      } else if (this.settledAs === 2) {
        this.made = rejected(this.outcome);
      } else {
        this.made = new PromiseCtor((res, rej) => {
          this.res = res;
          this.rej = rej;
        });
      }
    }
    return this.made;
  }

  resolve(value) {
    this.settle(1, value);
  }

  reject(reason) {
    this.settle(2, reason);
  }

  settle(as, outcome) {
    if (this.res !== undefined) {
      if (as === 1) this.res(outcome);
      else this.rej(outcome);
    } else if (this.settledAs === 0) {
      this.settledAs = as;
      this.outcome = outcome;
    }
  }
}

// { promise, resolve, reject }. An executor is cheaper in JavaScriptCore
// than Promise.withResolvers called through Reflect.apply.
function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined };
  d.promise = new PromiseCtor((resolve, reject) => {
    d.resolve = resolve;
    d.reject = reject;
  });
  return d;
}

// The standard's "set promise.[[PromiseIsHandled]] to true": a rejection
// handler that does nothing, so no 'unhandledRejection' is reported.
function setHandled(promise) {
  apply2(PromisePrototypeThen, promise, undefined, noop);
}

// The start algorithm's result becomes "a promise resolved with" it: always
// a new promise, so a returned promise costs two more microtasks, as in Node.
function startPromiseFor(value) {
  return new PromiseCtor((resolve) => resolve(value));
}

// A promise for what an underlying source, sink or transformer method
// returns. Node uses a returned promise itself (no extra microtasks) and
// resolves anything else; a throw becomes a rejection.
function toPromise(value) {
  if (value !== null && typeof value === 'object' && isPromise(value)) return value;
  return apply1(PromiseResolve, PromiseCtor, value);
}

function call1(method, thisArg, arg) {
  let value;
  try {
    value = apply1(method, thisArg, arg);
  } catch (err) {
    return rejected(err);
  }
  return toPromise(value);
}

function call2(method, thisArg, arg1, arg2) {
  let value;
  try {
    value = apply2(method, thisArg, arg1, arg2);
  } catch (err) {
    return rejected(err);
  }
  return toPromise(value);
}

// Node calls a source's cancel(), a sink's close() and abort(), and a
// transformer's flush() and cancel() as if from an async function: a
// returned promise settles the result one microtask later than pull() or
// write() would.
function callAsync0(method, thisArg) {
  let value;
  try {
    value = apply0(method, thisArg);
  } catch (err) {
    return rejected(err);
  }
  return new PromiseCtor((resolve) => resolve(value));
}

function callAsync1(method, thisArg, arg) {
  let value;
  try {
    value = apply1(method, thisArg, arg);
  } catch (err) {
    return rejected(err);
  }
  return new PromiseCtor((resolve) => resolve(value));
}

const resolvedUndefined = resolved(undefined);

// Runs fn(arg) from a microtask, as the standard's "queue a microtask". A
// promise reaction rather than the global queueMicrotask, which a program
// may have replaced.
function queueMicrotaskWith(fn, arg) {
  apply1(PromisePrototypeThen, resolvedUndefined, () => fn(arg));
}

// ---- queues -----------------------------------------------------------------

// A FIFO ring of values: push and shift without moving the others, so a
// long queue costs no more per chunk than a short one.
class Ring {
  constructor() {
    this.items = new Array(4);
    this.head = 0;
    this.length = 0;
    this.mask = 3;
  }

  push(value) {
    if (this.length > this.mask) this.grow();
    this.items[(this.head + this.length) & this.mask] = value;
    this.length++;
  }

  shift() {
    const items = this.items;
    const value = items[this.head];
    items[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.length--;
    return value;
  }

  peek() {
    return this.items[this.head];
  }

  at(i) {
    return this.items[(this.head + i) & this.mask];
  }

  clear() {
    if (this.length === 0) return;
    this.items = new Array(4);
    this.head = 0;
    this.length = 0;
    this.mask = 3;
  }

  grow() {
    const old = this.items;
    const size = old.length;
    const items = new Array(size * 2);
    for (let i = 0; i < size; i++) items[i] = old[(this.head + i) & this.mask];
    this.items = items;
    this.head = 0;
    this.mask = size * 2 - 1;
  }
}

// The standard's queue-with-sizes lives on a controller as `queue` (a Ring
// of value, size, value, size...) and `queueTotalSize`.
function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (NumberIsNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push(value);
  container.queue.push(size);
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const value = container.queue.shift();
  const size = container.queue.shift();
  container.queueTotalSize -= size;
  // Rounding can leave a tiny negative total.
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return value;
}

function peekQueueValue(container) {
  return container.queue.peek();
}

function resetQueue(container) {
  container.queue.clear();
  container.queueTotalSize = 0;
}

// ---- strategies -------------------------------------------------------------

// A QueuingStrategy dictionary's members, read in the order Node reads them.
function readStrategy(strategy, name) {
  if (strategy === undefined || strategy === null) return { size: undefined, highWaterMark: undefined };
  if (typeof strategy !== 'object' && typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', strategy);
  }
  const size = strategy.size;
  const highWaterMark = strategy.highWaterMark;
  return { size, highWaterMark };
}

function extractHighWaterMark(highWaterMark, defaultHWM) {
  if (highWaterMark === undefined) return defaultHWM;
  const value = +highWaterMark;
  if (NumberIsNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', highWaterMark);
  }
  return value;
}

function sizeOne() {
  return 1;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return sizeOne;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => apply1(size, undefined, chunk);
}

// WebIDL's [EnforceRange] unsigned long long; NaN when out of range.
function enforceRangeUint(value) {
  const n = +value;
  if (!(n === n) || n === Infinity || n === -Infinity) return NaN;
  const t = MathTrunc(n);
  if (t < 0 || t > 9007199254740991) return NaN;
  return t === 0 ? 0 : t;
}

// ---- ArrayBuffers and views -------------------------------------------------

function isDetached(buffer) {
  return apply0(ArrayBufferPrototypeGetDetached, buffer);
}

// ArrayBuffers that must never be detached: in Node, the Buffer pool's
// (markAsUntransferable), so that enqueueing a pooled Buffer in a byte
// stream throws instead of detaching every other Buffer in the pool. Used
// when internal/buffer provides isMarkedAsUntransferable().
let isMarkedAsUntransferable;
function untransferable(buffer) {
  if (isMarkedAsUntransferable === undefined) {
    const check = require('internal/buffer').isMarkedAsUntransferable;
    isMarkedAsUntransferable = typeof check === 'function' ? check : () => false;
  }
  return isMarkedAsUntransferable(buffer);
}

// The standard's TransferArrayBuffer: a new ArrayBuffer owning the bytes,
// the old one detached. Throws a TypeError for a SharedArrayBuffer, a
// detached buffer or an untransferable one.
function transferArrayBuffer(buffer) {
  if (untransferable(buffer)) {
    throw new TypeErrorCtor('ArrayBuffer is not detachable and could not be cloned.');
  }
  return apply0(ArrayBufferPrototypeTransfer, buffer);
}

function arrayBufferByteLength(buffer) {
  return apply0(ArrayBufferPrototypeGetByteLength, buffer);
}

function cloneArrayBuffer(buffer, byteOffset, byteLength) {
  return apply2(ArrayBufferPrototypeSlice, buffer, byteOffset, byteOffset + byteLength);
}

function copyBytes(dest, destOffset, src, srcOffset, count) {
  const to = new Uint8ArrayCtor(dest, destOffset, count);
  apply1(TypedArrayPrototypeSet, to, new Uint8ArrayCtor(src, srcOffset, count));
}

function isArrayBufferView(value) {
  return ArrayBufferIsView(value);
}

// A view's [[TypedArrayName]], or undefined for a DataView.
function typedArrayName(view) {
  return apply0(TypedArrayPrototypeGetTag, view);
}

// viewBuffer/Offset/ByteLength read a view's internal slots, not its
// (overridable) properties.
function viewBuffer(view) {
  return typedArrayName(view) !== undefined ?
    apply0(TypedArrayPrototypeGetBuffer, view) :
    apply0(DataViewPrototypeGetBuffer, view);
}

function viewByteOffset(view) {
  return typedArrayName(view) !== undefined ?
    apply0(TypedArrayPrototypeGetByteOffset, view) :
    apply0(DataViewPrototypeGetByteOffset, view);
}

function viewByteLength(view) {
  return typedArrayName(view) !== undefined ?
    apply0(TypedArrayPrototypeGetByteLength, view) :
    apply0(DataViewPrototypeGetByteLength, view);
}

function typedArrayLength(view) {
  return apply0(TypedArrayPrototypeGetLength, view);
}

const typedArrayCtors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayCtors.Float16Array = Float16Array; // eslint-disable-line no-undef

// The constructor a byte stream uses to hand a filled view back, given the
// view and its [[TypedArrayName]] (undefined for a DataView). The standard
// takes the intrinsic for the view's kind; Node uses the view's own
// constructor, so that a Buffer comes back as a Buffer and a subclass as
// that subclass. Here: the intrinsic for plain views, the prototype's
// constructor for instances of a subclass.
function viewCtor(view, name) {
  if (name === undefined) return DataViewCtor;
  const intrinsic = typedArrayCtors[name];
  const proto = ObjectGetPrototypeOf(view);
  if (proto === intrinsic.prototype || proto === null) return intrinsic;
  const desc = ObjectGetOwnPropertyDescriptor(proto, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' ? desc.value : intrinsic;
}

function viewElementSize(name) {
  return name === undefined ? 1 : typedArrayCtors[name].BYTES_PER_ELEMENT;
}

// ---- inspection ---------------------------------------------------------------

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Node shows a stream object as `Name { field: value, ... }`.
function customInspect(self, name, fields, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

// The TypeError V8 throws when code reads a private field of an object
// that has none, which Node's web-stream classes let through where they do
// not check their receiver.
function privateMemberError(field) {
  return new TypeError(`Cannot read private member ${field} from an object whose class did not declare it`);
}

module.exports = {
  ArrayBufferCtor,
  Uint8ArrayCtor,
  ReflectApply,
  apply0,
  apply1,
  apply2,
  PromiseCtor,
  Ring,
  arrayBufferByteLength,
  call1,
  call2,
  callAsync0,
  callAsync1,
  cloneArrayBuffer,
  copyBytes,
  customInspect,
  deferred,
  LazyPromise,
  dequeueValue,
  enforceRangeUint,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isArrayBufferView,
  isDetached,
  kInspect,
  noop,
  peekQueueValue,
  privateMemberError,
  queueMicrotaskWith,
  readStrategy,
  rejected,
  resetQueue,
  resolved,
  resolvedUndefined,
  setHandled,
  startPromiseFor,
  then,
  transferArrayBuffer,
  typedArrayLength,
  typedArrayName,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
  viewCtor,
  viewElementSize,
};
