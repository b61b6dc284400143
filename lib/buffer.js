'use strict';
// node:buffer. A Buffer is a Uint8Array whose prototype is FastBuffer's
// (internal/buffer), so every typed-array method works on it and
// `instanceof Uint8Array` holds. Argument handling, offsets and small byte
// loops are here, in JS, where the JIT inlines them; whole-string and
// whole-range work (encoding, decoding, searching, comparing) is one call
// into internalBinding('buffer') per operation, or into the engine's own
// base64 and hex conversions (internal/buffer says which, and why).
//
// Small allocations (allocUnsafe, from(string), from(array), concat) are
// views into a shared pool of Buffer.poolSize bytes, as documented for
// Node. Beyond saving allocations, this matters more in JavaScriptCore
// than in V8: a small typed array lives in the engine's heap until its
// bytes are first handed to C, and moving it out then costs an
// ArrayBuffer per array; a view into the pool already has one.

const binding = internalBinding('buffer');
const {
  fill: bindingFill,
  indexOf: bindingIndexOf,
  compare: bindingCompare,
  swap: bindingSwap,
  isUtf8: bindingIsUtf8,
  isAscii: bindingIsAscii,
  pin: bindingPin,
} = binding;
// Engine host functions where available (see internal/buffer): each
// declines with a value outside its answers, and the binding's API
// function then answers.
const fastIndexOf = binding.fast?.indexOf ?? (() => -2);
const fastCompare = binding.fast?.compare ?? (() => 2);
const kHaveFast = binding.fast !== undefined;

// internal/errors is loaded only when an error is made.
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);
const { validateArray, validateNumber, validateString } = require('internal/validators');
const {
  FastBuffer,
  addNumberMethods,
  isUint8Array,
  isTypedArray,
  encodingFromString,
  encodingOfArgument,
  normalizeEncoding,
  decode,
  writeEncoded,
  utf8ByteLength,
  encodeUtf8Into,
  kStringMaxLength,
  kSmallBytes,
  kTinyBytes,
  kUtf8, kUtf16le, kLatin1, kAscii, kBase64, kBase64url, kHex,
  markAsUntransferable,
} = require('internal/buffer');

// Builtins captured at load: the code below runs on user values.
const ArrayIsArray = Array.isArray;
const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const ArrayCtor = Array;
const MathMin = Math.min;
const MathTrunc = Math.trunc;
const MathFloor = Math.floor;
const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectPrototypePropertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const StringPrototypeIsWellFormed = String.prototype.isWellFormed;
const StringPrototypeReplace = String.prototype.replace;
const StringPrototypeToWellFormed = String.prototype.toWellFormed;
const StringPrototypeIncludes = String.prototype.includes;
const StringPrototypeStartsWith = String.prototype.startsWith;
const StringPrototypeSplit = String.prototype.split;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeIndexOf = String.prototype.indexOf;
const StringPrototypeLastIndexOf = String.prototype.lastIndexOf;
const SymbolToPrimitive = Symbol.toPrimitive;
const Uint8ArrayCtor = Uint8Array;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeSet = TypedArrayPrototype.set;
const TypedArrayPrototypeFill = TypedArrayPrototype.fill;
const TypedArrayPrototypeSlice = TypedArrayPrototype.slice;
const TypedArrayPrototypeGetLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const TypedArrayPrototypeGetBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const TypedArrayPrototypeGetByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const DataViewPrototypeGetBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const DataViewPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const DataViewPrototypeGetByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// Node 24's limits, which programs see: a Buffer of at most 2 ** 53 - 1
// bytes (JavaScriptCore allocates at most 4 GiB; a larger request fails as
// an allocation, with Node's RangeError) and strings of at most 2 ** 29 -
// 24 units (internal/buffer).
const kMaxLength = 2 ** 53 - 1;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
Object.freeze(constants);

let INSPECT_MAX_BYTES = 50;

function throwMessage(err, message) {
  err.message = message;
  throw err;
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!NumberIsInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

// What the binding can read of a view: a typed array as it is, a
// DataView as a Uint8Array over its bytes.
function bytesOfView(view) {
  if (isTypedArray(view)) return view;
  return new Uint8ArrayCtor(DataViewPrototypeGetBuffer.call(view),
                            DataViewPrototypeGetByteOffset.call(view),
                            DataViewPrototypeGetByteLength.call(view));
}

// A Uint8Array over the bytes of any view.
function byteArrayOf(view) {
  if (isTypedArray(view)) {
    return new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(view), TypedArrayPrototypeGetByteOffset.call(view),
                              TypedArrayPrototypeGetByteLength.call(view));
  }
  return bytesOfView(view);
}

// An ArrayBuffer's or SharedArrayBuffer's byte length; -1 for anything
// else. (The engine has SharedArrayBuffer only when the runtime enables it.)
function anyArrayBufferByteLength(value) {
  if (typeof value !== 'object' || value === null || ArrayIsArray(value) || ArrayBufferIsView(value))
    return -1;
  try {
    return ArrayBufferByteLength.call(value);
  } catch {
    // not an ArrayBuffer
  }
  if (SharedArrayBufferByteLength !== undefined) {
    try {
      return SharedArrayBufferByteLength.call(value);
    } catch {
      // not a SharedArrayBuffer either
    }
  }
  return -1;
}

function isAnyArrayBuffer(value) {
  return anyArrayBufferByteLength(value) !== -1;
}

// ---- allocation and the pool -------------------------------------------------

let poolSize = 0;
let poolArrayBuffer;
let poolBytes; // a Uint8Array over the whole pool, for writes into it
let poolOffset = 0;

// The pool's memory is not cleared, as in Node (whose pool is allocUnsafe
// memory), unless --zero-fill-buffers: the engine clears an ArrayBuffer as
// it makes one, and asking a typed array for its buffer costs about 2 us,
// together four times what an uncleared one from the binding costs (a
// 64 KiB pool: 2.7 us against 8.7-10; a fifth of the time of a
// Buffer.from() of 1 KiB).
const allocUninitialized = natives.execArgv.includes('--zero-fill-buffers') ?
  undefined : binding.allocUninitialized;

// Buffers from here on (half the default pool: smaller unsafe ones come
// from the pool) are made over uncleared memory too; below, the binding's
// C API call costs about what the clearing saves.
const kUninitializedMin = 32 * 1024;

// An ArrayBuffer of size uncleared bytes, or undefined: then the engine's
// own, cleared (--zero-fill-buffers, no such allocator, a size that is not
// a positive integer, too large, or no memory).
function uninitializedMemory(size) {
  if (allocUninitialized === undefined || !(size > 0) || MathFloor(size) !== size) return undefined;
  return allocUninitialized(size);
}

// An allocation the engine refuses (out of memory) is a RangeError, as in
// Node, never a crash; `code` says which error Node gives.
function createBuffer(size, unsafe) {
  if (unsafe && size >= kUninitializedMin) {
    const memory = uninitializedMemory(size);
    if (memory !== undefined) return new FastBuffer(memory, 0, size);
  }
  try {
    return new FastBuffer(size);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    if (unsafe) throw new (codes().ERR_MEMORY_ALLOCATION_FAILED)();
    throw new RangeError('Array buffer allocation failed');
  }
}

function createPool() {
  poolSize = Buffer.poolSize;
  const memory = uninitializedMemory(poolSize);
  if (memory !== undefined) {
    poolArrayBuffer = memory;
    poolBytes = new FastBuffer(memory);
  } else {
    poolBytes = createBuffer(poolSize, true);
    poolArrayBuffer = TypedArrayPrototypeGetBuffer.call(poolBytes);
  }
  markAsUntransferable(poolArrayBuffer);
  bindingPin(poolArrayBuffer);
  poolOffset = 0;
}

// Views start 8-aligned, so that a Float64Array over one is possible.
function advancePool(n) {
  poolOffset += n;
  const r = poolOffset % 8;
  if (r !== 0) poolOffset += 8 - r;
}

// Makes room for `size` bytes at poolOffset.
function reservePool(size) {
  if (poolArrayBuffer === undefined || size > poolSize - poolOffset) createPool();
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    reservePool(size);
    const b = new FastBuffer(poolArrayBuffer, poolOffset, size);
    advancePool(size);
    return b;
  }
  return createBuffer(size, true);
}

// ---- the Buffer function ---------------------------------------------------------

let bufferWarningEmitted = false;
let deprecationChecks = 0;

// Buffer() and new Buffer() warn once (DEP0005) when called from the
// user's own code: not from node_modules (unless --pending-deprecation),
// and not from an engine builtin such as a typed-array method creating its
// result through Symbol.species.
// The stack is read with the user's Error.prepareStackTrace set aside:
// it may itself call Buffer() (Node's test does), which must neither
// recurse nor change the frames seen here.
let checkingDeprecation = false;
function showBufferDeprecation() {
  if (bufferWarningEmitted || checkingDeprecation || ++deprecationChecks > 10000) return;
  const pending = natives.execArgv.includes('--pending-deprecation');
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  const holder = {};
  checkingDeprecation = true;
  try {
    Error.stackTraceLimit = 100;
    Error.prepareStackTrace = undefined;
    Error.captureStackTrace(holder, Buffer);
    holder.stack; // eslint-disable-line no-unused-expressions
  } finally {
    Error.stackTraceLimit = savedLimit;
    Error.prepareStackTrace = savedPrepare;
    checkingDeprecation = false;
  }
  const frames = typeof holder.stack === 'string' ?
    StringPrototypeSplit.call(holder.stack, '\n') : [];
  // The first frame outside Node's own code and the engine's builtins
  // (Reflect.construct, Array.prototype.map, ...) decides.
  for (let i = 1; i < frames.length; i++) {
    const frame = frames[i];
    if (StringPrototypeIncludes.call(frame, '(node:') ||
        StringPrototypeStartsWith.call(frame, '    at node:') ||
        StringPrototypeIncludes.call(frame, '(<anonymous>)') ||
        StringPrototypeIncludes.call(frame, '[native code]')) continue;
    if (!pending && /[\\/]node_modules[\\/]/.test(frame)) return; // either separator, as in Node
    break;
  }
  bufferWarningEmitted = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showBufferDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('string', 'string', arg);
    return alloc(arg);
  }
  return from(arg, encodingOrOffset, length);
}

ObjectDefineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

Buffer.poolSize = 64 * 1024;

// ---- Buffer.from -------------------------------------------------------------------

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b !== undefined) return b;
    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new (codes().ERR_INVALID_ARG_TYPE)('first argument',
                                 ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    const b = allocate(length);
    TypedArrayPrototypeSet.call(b, obj, 0);
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  // Without a length the view tracks a resizable buffer's size, as in Node.
  if (length !== undefined) {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    enc = kUtf8;
  } else {
    enc = encodingFromString(encoding);
    if (enc === -1) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringEncoded(string, enc);
}

// Most bytes a string of n units can encode to.
function maxEncodedBytes(n, enc) {
  switch (enc) {
    case kUtf8: return n * 3;
    case kUtf16le: return n * 2;
    case kBase64:
    case kBase64url: return MathFloor(n * 3 / 4) + 3;
    case kHex: return n >>> 1;
    default: return n;
  }
}

function fromStringEncoded(string, enc) {
  const length = string.length;
  const half = Buffer.poolSize >>> 1;
  if (length < half) {
    let max = maxEncodedBytes(length, enc);
    // Measured exactly when the worst case would not fit the pool's rest,
    // so that ASCII text does not retire pools at a third full.
    if (max > length && (poolArrayBuffer === undefined || max > poolSize - poolOffset))
      max = byteLengthOf(string, enc);
    if (max < half) {
      reservePool(max);
      const written = writeEncoded(poolBytes, poolOffset, max, string, enc);
      const b = new FastBuffer(poolArrayBuffer, poolOffset, written);
      advancePool(written);
      return b;
    }
  }
  return fromLargeString(string, enc);
}

// A string too long for the pool: a buffer of its own. UTF-8 first tries
// one byte per unit, which fits whenever the text is ASCII, and measures
// exactly only when it is not; other encodings know their size (base64 and
// hex an upper bound, the result is then a view of what was written).
function fromLargeString(string, enc) {
  const length = string.length;
  if (enc === kUtf8) {
    const b = createBuffer(length, true);
    encodeUtf8Into(string, b, encodeIntoResult);
    if (encodeIntoResult[0] === length) return b;
  }
  const size = byteLengthOf(string, enc);
  if (size > kMaxLength) throw new (codes().ERR_OUT_OF_RANGE)('size', `>= 0 && <= ${kMaxLength}`, size);
  const b = createBuffer(size, true);
  const written = writeEncoded(b, 0, size, string, enc);
  if (written === size) return b;
  return new FastBuffer(TypedArrayPrototypeGetBuffer.call(b), 0, written);
}
const encodeIntoResult = new Float64Array(2);

function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
}

// ---- the other statics ------------------------------------------------------------

function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createBuffer(size, false);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return createBuffer(size, false);
}

function allocUnsafe(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) validateSize(size);
  return allocate(size);
}

function allocUnsafeSlow(size) {
  validateSize(size);
  return createBuffer(size, true);
}

function isBuffer(b) {
  return b instanceof Buffer;
}

function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new (codes().ERR_INVALID_ARG_TYPE)('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new (codes().ERR_INVALID_ARG_TYPE)('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
}

function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingFromString(encoding) !== -1;
}

function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isUint8Array(item)) throw new (codes().ERR_INVALID_ARG_TYPE)(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
      length += item.length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) throw new (codes().ERR_INVALID_ARG_TYPE)(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
    pos += copyClamped(item, buffer, pos, 0, item.length);
  }
  // With a length beyond the total, the rest is zeros, as in Node.
  if (pos < length) TypedArrayPrototypeFill.call(buffer, 0, pos, length);
  return buffer;
}

// Buffer.byteLength's count for a string in an encoding: base64 from the
// length less trailing padding (not a decode), hex half the length.
function byteLengthOf(s, enc) {
  const n = s.length;
  switch (enc) {
    case kUtf8: return utf8ByteLength(s);
    case kUtf16le: return n * 2;
    case kBase64:
    case kBase64url: {
      let k = n;
      if (k > 0 && StringPrototypeCharCodeAt.call(s, k - 1) === 0x3d) k--;
      if (k > 1 && StringPrototypeCharCodeAt.call(s, k - 1) === 0x3d) k--;
      return MathFloor(k * 3 / 4);
    }
    case kHex: return n >>> 1;
    default: return n;
  }
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBufferIsView(string)) {
      return isTypedArray(string) ? TypedArrayPrototypeGetByteLength.call(string) :
        DataViewPrototypeGetByteLength.call(string);
    }
    const n = anyArrayBufferByteLength(string);
    if (n !== -1) return n;
    throw new (codes().ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  // An unknown encoding counts as UTF-8 here, as in Node.
  let enc = kUtf8;
  if (encoding && encoding !== 'utf8') {
    enc = encodingOfArgument(encoding);
    if (enc === -1) enc = kUtf8;
  }
  return byteLengthOf(string, enc);
}

function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new (codes().ERR_INVALID_ARG_TYPE)('view', ['TypedArray'], view);
  const viewLength = TypedArrayPrototypeGetLength.call(view);
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototypeSlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(view),
                                          TypedArrayPrototypeGetByteOffset.call(view),
                                          TypedArrayPrototypeGetByteLength.call(view)));
}

// ---- copying and comparing ------------------------------------------------------------

// Copies nb bytes (clamped to what fits in target and exists in source)
// and returns the count. Small copies go through a scratch array so that
// overlapping views of one buffer copy as memmove does.
const copyScratch = new Uint8ArrayCtor(kSmallBytes);
function copyClamped(source, target, targetStart, sourceStart, sourceEnd) {
  const targetLength = target.length;
  if (sourceEnd - sourceStart > targetLength - targetStart) sourceEnd = sourceStart + targetLength - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLength = source.length - sourceStart;
  if (nb > sourceLength) nb = sourceLength;
  if (nb <= 0) return 0;
  if (nb <= kSmallBytes) {
    for (let i = 0; i < nb; i++) copyScratch[i] = source[sourceStart + i];
    for (let i = 0; i < nb; i++) target[targetStart + i] = copyScratch[i];
  } else if (sourceStart === 0 && nb === source.length) {
    TypedArrayPrototypeSet.call(target, source, targetStart);
  } else {
    const view = new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(source),
                                    TypedArrayPrototypeGetByteOffset.call(source) + sourceStart, nb);
    TypedArrayPrototypeSet.call(target, view, targetStart);
  }
  return nb;
}

// An integer from a copy offset: NaN and values beyond the safe range
// become `dflt`, fractions round down.
function toInteger(n, dflt) {
  n = +n;
  if (!NumberIsNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER)
    return n % 1 === 0 ? n : MathFloor(n);
  return dflt;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  // Node copies between any views, byte by byte, though its message
  // names Buffer and Uint8Array only.
  if (!ArrayBufferIsView(source)) throw new (codes().ERR_INVALID_ARG_TYPE)('source', ['Buffer', 'Uint8Array'], source);
  if (!ArrayBufferIsView(target)) throw new (codes().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  if (!isUint8Array(source)) source = byteArrayOf(source);
  if (!isUint8Array(target)) target = byteArrayOf(target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new (codes().ERR_OUT_OF_RANGE)('targetStart', '>= 0', targetStart);
  }
  const sourceLength = source.length;
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > sourceLength)
      throw new (codes().ERR_OUT_OF_RANGE)('sourceStart', `>= 0 && <= ${sourceLength}`, sourceStart);
  }
  if (sourceEnd === undefined) {
    sourceEnd = sourceLength;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new (codes().ERR_OUT_OF_RANGE)('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyClamped(source, target, targetStart, sourceStart, sourceEnd);
}

// -1, 0 or 1 for bytes [as, ae) of a against [bs, be) of b, the ranges
// already inside the buffers.
function compareRanges(a, as, ae, b, bs, be) {
  const an = ae - as;
  const bn = be - bs;
  const n = MathMin(an, bn);
  if (n > 16 && kHaveFast) {
    const r = fastCompare(a, as, ae, b, bs, be);
    if (r !== 2) return r;
  }
  if (n <= kSmallBytes) {
    for (let i = 0; i < n; i++) {
      const x = a[as + i];
      const y = b[bs + i];
      if (x !== y) return x < y ? -1 : 1;
    }
    return an < bn ? -1 : an > bn ? 1 : 0;
  }
  return bindingCompare(a, as, ae, b, bs, be);
}

// ---- decoding -------------------------------------------------------------------------

function toString(encoding, start, end) {
  if (arguments.length === 0) return decode(this, 0, this.length, kUtf8);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = MathTrunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = MathTrunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decode(this, start, end, kUtf8);
  const enc = encodingOfArgument(encoding);
  if (enc === -1) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  return decode(this, start, end, enc);
}

// buf.latin1Slice(start, end) and company: integer indexes, negative or
// past the end an error, as in Node.
function sliceArgument(value, dflt) {
  if (value === undefined) return dflt;
  const n = MathTrunc(+value) || 0;
  if (n < 0) throwMessage(new (codes().ERR_OUT_OF_RANGE)('index', 'an index', value), 'Index out of range');
  return n;
}

function makeSlice(enc) {
  return function(start, end) {
    const len = this.length;
    start = sliceArgument(start, 0);
    end = sliceArgument(end, len);
    if (start >= len || end <= start) return '';
    if (end > len) throwMessage(new (codes().ERR_OUT_OF_RANGE)('index', 'an index', end), 'Index out of range');
    return decode(this, start, end, enc);
  };
}

// ---- writing strings ------------------------------------------------------------------

function notAString(value) {
  throwMessage(new (codes().ERR_INVALID_ARG_TYPE)('argument', 'string', value), 'argument must be a string');
}

// string's bytes in enc at offset, at most length of them (both inside
// buf); whole characters only.
function writeString(buf, string, offset, length, enc) {
  if (typeof string !== 'string') notAString(string);
  if (length === 0) return 0;
  return writeEncoded(buf, offset, length, string, enc);
}

// utf8Write, latin1Write and asciiWrite check their range in Node's JS
// (bounds errors); the others in its C++ (integer indexes, negative an
// error, a length past the end clamped).
function makeNativeWrite(enc) {
  return function(string, offset, length) {
    if (typeof string !== 'string') notAString(string);
    const len = this.length;
    offset = sliceArgument(offset, 0);
    if (offset > len) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
    length = sliceArgument(length, len - offset);
    return writeString(this, string, offset, MathMin(length, len - offset), enc);
  };
}

function makeWrite(enc) {
  return function(string, offset = 0, length = this.length - offset) {
    const len = this.length;
    if (offset < 0 || offset > len) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
    if (length < 0 || length > len - offset) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('length');
    if (typeof string !== 'string') notAString(string);
    offset = MathTrunc(+offset) || 0;
    length = MathTrunc(+length) || 0;
    return writeString(this, string, offset, MathMin(length, len - offset), enc);
  };
}

function write(string, offset, length, encoding) {
  const len = this.length;
  if (offset === undefined) return writeString(this, string, 0, len, kUtf8);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, len);
    const remaining = len - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, len);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return writeString(this, string, offset, length, kUtf8);
  const enc = encodingOfArgument(encoding);
  if (enc === -1) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  return writeString(this, string, offset, length, enc);
}

// ---- fill ---------------------------------------------------------------------------------

function fillImpl(buf, value, offset, end, encoding) {
  let enc = kUtf8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = normalizeEncoding(encoding);
    if (enc === -1) {
      validateString(encoding, 'encoding');
      throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
    }
    if (value.length === 0) {
      value = 0; // an empty string fills with zeros
    } else if (value.length === 1) {
      const code = StringPrototypeCharCodeAt.call(value, 0);
      if ((enc === kUtf8 && code < 0x80) || enc === kLatin1) value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  // `end` came from buf.length, which an own property can shadow: the
  // range is checked against the bytes themselves, as in Node.
  if (end > TypedArrayPrototypeGetByteLength.call(buf)) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)();
  if (typeof value === 'number') {
    TypedArrayPrototypeFill.call(buf, value, offset, end);
    return buf;
  }
  if (typeof value !== 'string') {
    if (ArrayBufferIsView(value)) {
      value = bytesOfView(value);
    } else {
      // Anything else is a byte, as its number's low 8 bits.
      TypedArrayPrototypeFill.call(buf, (value >>> 0) & 255, offset, end);
      return buf;
    }
  }
  if (bindingFill(buf, value, offset, end, enc) < 0) throw new (codes().ERR_INVALID_ARG_VALUE)('value', value);
  return buf;
}

function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
}

// ---- searching ----------------------------------------------------------------------------

// Where a search starts, from the caller's byteOffset, as Node works it
// out: negative counts from the end; out of range means no match, all of
// the buffer, or its end for an empty needle. -1: no match possible.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

const byteNeedle = new Uint8ArrayCtor(1);
// How many bytes a byte search looks at in JS before calling memchr: with
// the engine host functions a call costs less than a loop over more than a
// few bytes (and far less while the loop is not yet compiled).
const kByteScan = kHaveFast ? kTinyBytes : kSmallBytes;

function indexOfByte(buf, byte, byteOffset, forward) {
  const len = buf.length;
  const start = searchStart(len, MathTrunc(byteOffset), 1, forward);
  if (start <= -1 || len === 0) return -1;
  if (forward) {
    const stop = MathMin(len, start + kByteScan);
    for (let i = start; i < stop; i++) if (buf[i] === byte) return i;
    if (stop === len) return -1;
    byteNeedle[0] = byte;
    return searchBytes(buf, byteNeedle, stop, kLatin1, true);
  }
  const stop = start - kByteScan;
  for (let i = start; i >= 0; i--) {
    if (buf[i] === byte) return i;
    if (i === stop && i > 0) {
      byteNeedle[0] = byte;
      return searchBytes(buf, byteNeedle, i - 1, kLatin1, false);
    }
  }
  return -1;
}

// needle: a string in enc (UTF-8, UTF-16LE or Latin-1) or bytes;
// needleLength its length in bytes.
function indexOfNeedle(buf, needle, needleLength, byteOffset, enc, forward) {
  const len = buf.length;
  // A UTF-16LE search sees the buffer's whole units only: Node checks the
  // needle fits in those, and places a string needle's start among them.
  const units = enc === kUtf16le ? len - (len % 2) : len;
  const start = searchStart(typeof needle === 'string' ? units : len, MathTrunc(byteOffset),
                            needleLength, forward);
  if (needleLength === 0) return start;
  if (len === 0 || start <= -1) return -1;
  if ((forward && needleLength + start > units) || needleLength > units) return -1;
  if (enc === kUtf16le) return indexOfUtf16(buf, needle, needleLength, start, forward);
  if (len <= kSmallBytes) {
    if (typeof needle === 'string') {
      writeEncoded(needleScratch, 0, needleLength, needle, enc);
      needle = needleScratch;
    }
    return searchShort(buf, len, needle, needleLength, start, forward);
  }
  return searchBytes(buf, needle, start, enc, forward);
}

function searchBytes(buf, needle, start, enc, forward) {
  const r = fastIndexOf(buf, needle, start, enc, forward);
  return r !== -2 ? r : bindingIndexOf(buf, needle, start, enc, forward);
}

// A search in a short buffer, in JS: a call into C costs more.
const needleScratch = new Uint8ArrayCtor(kSmallBytes);
function searchShort(buf, len, needle, needleLength, start, forward) {
  const first = needle[0];
  const last = len - needleLength;
  if (forward) {
    for (let i = start; i <= last; i++) {
      if (buf[i] !== first) continue;
      let k = 1;
      while (k < needleLength && buf[i + k] === needle[k]) k++;
      if (k === needleLength) return i;
    }
  } else {
    for (let i = start < last ? start : last; i >= 0; i--) {
      if (buf[i] !== first) continue;
      let k = 1;
      while (k < needleLength && buf[i + k] === needle[k]) k++;
      if (k === needleLength) return i;
    }
  }
  return -1;
}

// UTF-16LE searches compare whole units: matches start at even offsets,
// from the unit that holds the start. Of a byte needle of odd length, Node
// matches the whole units only.
function indexOfUtf16(buf, needle, needleLength, start, forward) {
  if (buf.length < 2) return -1;
  if (typeof needle !== 'string') {
    if (needleLength < 2) return -1;
    if (needleLength % 2 === 1) {
      needle = new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(needle),
                                  TypedArrayPrototypeGetByteOffset.call(needle), needleLength - 1);
    }
  }
  let at = start - (start % 2);
  for (;;) {
    const r = bindingIndexOf(buf, needle, at, kUtf16le, forward);
    if (r === -1 || r % 2 === 0) return r;
    at = forward ? r + 1 : r - 1;
    if (at < 0) return -1;
  }
}

function bidirectionalIndexOf(buf, value, byteOffset, encoding, forward) {
  if (!isUint8Array(buf)) throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  // undefined, 'foo', {} and the like search the whole buffer.
  if (NumberIsNaN(byteOffset)) byteOffset = forward ? 0 : (buf.length || buf.byteLength);

  if (typeof value === 'number') return indexOfByte(buf, (value >>> 0) & 255, byteOffset, forward);

  const enc = encoding === undefined ? kUtf8 : encodingOfArgument(encoding);
  if (typeof value === 'string') {
    if (enc === -1) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
    switch (enc) {
      case kUtf8:
        return indexOfNeedle(buf, value, value.length === 0 ? 0 : utf8ByteLength(value), byteOffset, enc, forward);
      case kUtf16le:
        return indexOfNeedle(buf, value, value.length * 2, byteOffset, enc, forward);
      case kLatin1:
        return indexOfNeedle(buf, value, value.length, byteOffset, enc, forward);
      default: {
        // Hex, base64 and ASCII needles are searched for as their bytes.
        const bytes = value.length === 0 ? new FastBuffer() : fromStringEncoded(value, enc);
        return indexOfNeedle(buf, bytes, bytes.length, byteOffset, enc, forward);
      }
    }
  }
  if (isUint8Array(value)) {
    return indexOfNeedle(buf, value, value.length, byteOffset, enc === -1 ? kUtf8 : enc, forward);
  }
  throw new (codes().ERR_INVALID_ARG_TYPE)('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
}

function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
}

function includes(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true) !== -1;
}

// ---- the rest of the prototype --------------------------------------------------------

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer))
    throw new (codes().ERR_INVALID_ARG_TYPE)('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = TypedArrayPrototypeGetByteLength.call(this);
  if (len !== TypedArrayPrototypeGetByteLength.call(otherBuffer)) return false;
  return len === 0 || compareRanges(this, 0, len, otherBuffer, 0, len) === 0;
}

function compareMethod(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new (codes().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareRanges(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw new (codes().ERR_OUT_OF_RANGE)('sourceStart', `<= ${this.length}`, sourceStart);
  if (targetStart > target.length) throw new (codes().ERR_OUT_OF_RANGE)('targetStart', `<= ${target.length}`, targetStart);
  return compareRanges(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
}

// Offsets for subarray and slice: negative from the end, clamped, NaN 0.
function adjustOffset(offset, length) {
  offset = MathTrunc(offset);
  if (offset === 0 || NumberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function subarray(start, end) {
  const length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
}

// Through the receiver's own subarray, as Node: a Uint8Array stays one.
function slice(start, end) {
  return this.subarray(start, end);
}

function swapN(buf, width, name) {
  const len = buf.length;
  if (len % width !== 0) throw new (codes().ERR_INVALID_BUFFER_SIZE)(name);
  if (len > 128) {
    bindingSwap(buf, width);
    return buf;
  }
  for (let i = 0; i < len; i += width) {
    for (let a = i, b = i + width - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

function swap16() { return swapN(this, 2, '16-bits'); }
function swap32() { return swapN(this, 4, '32-bits'); }
function swap64() { return swapN(this, 8, '64-bits'); }

function toJSON() {
  const len = this.length;
  const data = new ArrayCtor(len);
  for (let i = 0; i < len; i++) data[i] = this[i];
  return { type: 'Buffer', data };
}

// util.inspect shows `<Buffer 68 65 ... 12 more bytes>`, followed by the
// buffer's own non-index properties when it has any.
function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const len = this.length;
  const shown = MathMin(max, len);
  let str = '';
  for (let i = 0; i < shown; i++) str += (i === 0 ? '' : ' ') + kHexBytes[this[i]];
  const remaining = len - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extras = { __proto__: null };
    let any = false;
    const keys = ObjectGetOwnPropertyNames(this);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (isIndexKey(key)) continue;
      if (!ctx.showHidden && !ObjectPrototypePropertyIsEnumerable.call(this, key)) continue;
      extras[key] = this[key];
      any = true;
    }
    const symbols = ObjectGetOwnPropertySymbols(this);
    for (let i = 0; i < symbols.length; i++) {
      const key = symbols[i];
      if (!ctx.showHidden && !ObjectPrototypePropertyIsEnumerable.call(this, key)) continue;
      extras[key] = this[key];
      any = true;
    }
    if (any) {
      const text = require('util').inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // `[Object: null prototype] { a: 1 }` without the braces.
      const open = StringPrototypeIndexOf.call(text, '{');
      const close = StringPrototypeLastIndexOf.call(text, '}');
      if (len !== 0) str += ', ';
      str += StringPrototypeSlice.call(text, open + 2, close - 1);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

const kHexBytes = [];
for (let i = 0; i < 256; i++) kHexBytes[i] = (i < 16 ? '0' : '') + i.toString(16);

function isIndexKey(key) {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt.call(key, i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return n === 1 || StringPrototypeCharCodeAt.call(key, 0) !== 0x30;
}

// ---- assembling Buffer and its prototype -----------------------------------------------

const proto = FastBuffer.prototype;
Buffer.prototype = proto;
ObjectDefineProperty(proto, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});
ObjectSetPrototypeOf(Buffer, Uint8Array);

// Statics in Node's order; assigned, so enumerable as in Node.
Buffer.from = from;
Buffer.copyBytesFrom = copyBytesFrom;
Buffer.of = of;
Buffer.alloc = alloc;
Buffer.allocUnsafe = allocUnsafe;
Buffer.allocUnsafeSlow = allocUnsafeSlow;
Buffer.isBuffer = isBuffer;
Buffer.compare = compare;
Buffer.isEncoding = isEncoding;
Buffer.concat = concat;
Buffer.byteLength = byteLength;

addNumberMethods(proto);

proto.asciiSlice = makeSlice(kAscii);
proto.base64Slice = makeSlice(kBase64);
proto.base64urlSlice = makeSlice(kBase64url);
proto.latin1Slice = makeSlice(kLatin1);
proto.hexSlice = makeSlice(kHex);
proto.ucs2Slice = makeSlice(kUtf16le);
proto.utf8Slice = makeSlice(kUtf8);
proto.asciiWrite = makeWrite(kAscii);
proto.base64Write = makeNativeWrite(kBase64);
proto.base64urlWrite = makeNativeWrite(kBase64url);
proto.latin1Write = makeWrite(kLatin1);
proto.hexWrite = makeNativeWrite(kHex);
proto.ucs2Write = makeNativeWrite(kUtf16le);
proto.utf8Write = makeWrite(kUtf8);

ObjectDefineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

proto.copy = copy;
proto.toString = toString;
proto.equals = equals;
proto.inspect = inspect;
proto.compare = compareMethod;
ObjectDefineProperty(proto.compare, 'name', { __proto__: null, value: 'compare' });
proto.indexOf = indexOf;
proto.lastIndexOf = lastIndexOf;
proto.includes = includes;
proto.fill = fill;
proto.write = write;
proto.toJSON = toJSON;
proto.subarray = subarray;
proto.slice = slice;
proto.swap16 = swap16;
proto.swap32 = swap32;
proto.swap64 = swap64;
proto.toLocaleString = toString;
proto[kInspectCustom] = inspect;

// ---- the rest of node:buffer ------------------------------------------------------------

function SlowBuffer(size) {
  validateSize(size);
  return createBuffer(size, true);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

let slowBufferWarned = false;
function deprecatedSlowBuffer(size) {
  if (!slowBufferWarned) {
    slowBufferWarned = true;
    process.emitWarning('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()',
                        'DeprecationWarning', 'DEP0030');
  }
  return SlowBuffer(size);
}
ObjectDefineProperty(deprecatedSlowBuffer, 'name', { __proto__: null, value: 'deprecated' });
deprecatedSlowBuffer.prototype = SlowBuffer.prototype;

// A detached buffer counts as empty (valid), as in Node 24.
function checkBytesArgument(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input))
    throw new (codes().ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  checkBytesArgument(input);
  return bindingIsUtf8(input);
}

function isAscii(input) {
  checkBytesArgument(input);
  return bindingIsAscii(input);
}

// ---- atob and btoa ----------------------------------------------------------------------

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) {
    DOMExceptionCtor = typeof DOMException === 'function' ? DOMException :
      require('internal/per_context/domexception').DOMException;
  }
  return new DOMExceptionCtor(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('input');
  input = `${input}`;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    if (StringPrototypeCharCodeAt.call(input, i) > 0xff)
      throw domException('Invalid character', 'InvalidCharacterError');
  }
  const buf = fromStringEncoded(input, kLatin1);
  return decode(buf, 0, buf.length, kBase64);
}

// The forgiving-base64 decode of the HTML standard: ASCII whitespace is
// skipped, at most two '=' and only at the end, and the count of the
// remaining characters must not leave 1 mod 4.
function atob(input) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('input');
  input = `${input}`;
  const n = input.length;
  let chars = 0;
  let equals = 0;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt.call(input, i);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    chars++;
    if (c === 0x3d) {
      equals++;
      if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
      continue;
    }
    const isDigit = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (!isDigit || equals > 0) throw domException('Invalid character', 'InvalidCharacterError');
  }
  let rest = chars % 4;
  if (rest === 0) {
    rest = (chars - equals) % 4;
  } else if (equals > 0) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  if (rest === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const buf = fromStringEncoded(input, kBase64);
  return decode(buf, 0, buf.length, kLatin1);
}

// ---- transcode ------------------------------------------------------------------------------

// Node transcodes with ICU between UTF-8, UTF-16LE, Latin-1 and ASCII,
// choosing per pair between ICU's lenient converter (a character the
// target cannot hold, or an ill-formed input sequence, becomes '?' in a
// single-byte target and U+FFFD in a Unicode one) and its strict UTF
// conversions (UTF-8 to UTF-16LE and UTF-16LE to UTF-8 fail on ill-formed
// input). The same outcomes here, from the decoders above.
function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function transcodeEncoding(enc) {
  const n = normalizeEncoding(enc);
  return n === kUtf8 || n === kUtf16le || n === kLatin1 || n === kAscii ? n : -1;
}

// Each character of text as a byte, '?' where it does not fit under limit
// (a surrogate pair is one character).
function toSingleBytes(text, limit) {
  const n = text.length;
  const out = createBuffer(n, true);
  let o = 0;
  for (let i = 0; i < n; i++) {
    let c = StringPrototypeCharCodeAt.call(text, i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = StringPrototypeCharCodeAt.call(text, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (c > limit) c = 0x3f;
    out[o++] = c;
  }
  return o === n ? out : new FastBuffer(TypedArrayPrototypeGetBuffer.call(out), 0, o);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new (codes().ERR_INVALID_ARG_TYPE)('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer();
  const from = transcodeEncoding(fromEncoding);
  const to = transcodeEncoding(toEncoding);
  if (from === -1 || to === -1) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const len = source.length;
  let text;
  if (from === kUtf16le) {
    text = decode(source, 0, len, kUtf16le);
    if (to === kUtf8 && !StringPrototypeIsWellFormed.call(text)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    if (to === kUtf16le) {
      // Lenient both ways: a lone surrogate and a last odd byte are U+FFFD.
      text = StringPrototypeToWellFormed.call(text);
      if (len % 2 === 1) text += '\ufffd';
    }
  } else if (from === kUtf8) {
    if (to === kUtf16le && !bindingIsUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    text = decode(source, 0, len, kUtf8);
  } else if (from === kAscii && to !== kUtf16le) {
    // A byte above 0x7f is no US-ASCII character.
    text = decode(source, 0, len, kLatin1);
    text = StringPrototypeReplace.call(text, /[\x80-\xff]/g, '\ufffd');
  } else {
    text = decode(source, 0, len, kLatin1);
  }
  if (to === kLatin1) return toSingleBytes(text, 0xff);
  if (to === kAscii) return toSingleBytes(text, 0x7f);
  return fromStringEncoded(text, to);
}

// ---- exports -----------------------------------------------------------------------------------

function lazyBlob(name) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const value = require('internal/blob')[name];
      ObjectDefineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      ObjectDefineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
  };
}

module.exports = {
  Buffer,
  SlowBuffer: deprecatedSlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
  },
  Blob: lazyBlob('Blob'),
  resolveObjectURL: lazyBlob('resolveObjectURL'),
  File: lazyBlob('File'),
});

// internal/util/comparisons learns Buffers' shapes once there are any.
natives.bufferLoaded = true;
