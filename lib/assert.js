'use strict';
// node:assert. Three parts: the deep-equality algorithm (Node's "Comparison
// details", strict, legacy and partial), the text of AssertionError messages
// (including the line diff Node prints for strict comparisons), and the
// assertion functions themselves, which are also the methods of `Assert`.
//
// Everything here runs on user values, so the builtins it calls are captured
// when the module loads: a test that replaces Map.prototype.get or
// Object.keys must not change what counts as equal.

const {
  ERR_AMBIGUOUS_ARGUMENT,
  ERR_CONSTRUCT_CALL_REQUIRED,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_MISSING_ARGS,
  ERR_UNAVAILABLE_DURING_EXIT,
} = require('internal/errors').codes;
const { falsyCallMessage } = require('internal/assert/call_source');
const { hasPlainShape, havePlainShapes } = require('internal/util/comparisons');
const {
  validateFunction,
  validateObject,
  validateOneOf,
  validateUint32,
} = require('internal/validators');

// ---------------------------------------------------------------------------
// Captured builtins

// uncurryThis(fn)(self, a, b) is fn.call(self, a, b): `.call` on the captured
// function is the one lookup left, and Function.prototype.call is one no
// program can patch and still run. (The usual uncurrying, a bound `call`,
// costs JavaScriptCore six times as much per call, and deep equality makes
// several such calls per compared object; so does Reflect.apply.) No method
// captured here takes more than two arguments, and none minds an extra
// undefined one.
const uncurryThis = (fn) => (self, a, b) => fn.call(self, a, b);
const getterOf = (proto, name) => uncurryThis(Object.getOwnPropertyDescriptor(proto, name).get);

const {
  assign: ObjectAssign,
  create: ObjectCreate,
  defineProperty: ObjectDefineProperty,
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols,
  getPrototypeOf: ObjectGetPrototypeOf,
  is: ObjectIs,
  keys: ObjectKeys,
} = Object;
const hasOwn = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototype = Object.prototype;
const isEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const objectToString = uncurryThis(Object.prototype.toString);
const isPrototypeOf = uncurryThis(Object.prototype.isPrototypeOf);
const { isArray: ArrayIsArray } = Array;
const { isView: ArrayBufferIsView } = ArrayBuffer;
const { apply: ReflectApply } = Reflect;
const { isNaN: NumberIsNaN } = Number;
const SafeSet = Set;

const mapSize = getterOf(Map.prototype, 'size');
const mapHas = uncurryThis(Map.prototype.has);
const mapGet = uncurryThis(Map.prototype.get);
const mapEntries = uncurryThis(Map.prototype.entries);
const mapForEach = uncurryThis(Map.prototype.forEach);
const mapIteratorNext = uncurryThis(ObjectGetPrototypeOf(new Map().entries()).next);
const setSize = getterOf(Set.prototype, 'size');
const setHas = uncurryThis(Set.prototype.has);
const setAdd = uncurryThis(Set.prototype.add);
const setDelete = uncurryThis(Set.prototype.delete);
const setValues = uncurryThis(Set.prototype.values);
const setForEach = uncurryThis(Set.prototype.forEach);
const setIteratorNext = uncurryThis(ObjectGetPrototypeOf(new Set().values()).next);
const weakMapHas = uncurryThis(WeakMap.prototype.has);
const SafeWeakMap = WeakMap;
const ProxyCtor = Proxy;
const { freeze: ObjectFreeze } = Object;
const weakSetHas = uncurryThis(WeakSet.prototype.has);
const dateGetTime = uncurryThis(Date.prototype.getTime);
const regExpSource = getterOf(RegExp.prototype, 'source');
const regExpFlags = getterOf(RegExp.prototype, 'flags');
const regExpGlobal = getterOf(RegExp.prototype, 'global');
const regExpExec = uncurryThis(RegExp.prototype.exec);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const typedArrayName = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayBuffer = getterOf(TypedArrayPrototype, 'buffer');
const typedArrayByteOffset = getterOf(TypedArrayPrototype, 'byteOffset');
const typedArrayByteLength = getterOf(TypedArrayPrototype, 'byteLength');
const typedArrayLength = getterOf(TypedArrayPrototype, 'length');
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
const dataViewByteOffset = getterOf(DataView.prototype, 'byteOffset');
const dataViewByteLength = getterOf(DataView.prototype, 'byteLength');
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const numberValueOf = uncurryThis(Number.prototype.valueOf);
const stringValueOf = uncurryThis(String.prototype.valueOf);
const booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const bigIntValueOf = uncurryThis(BigInt.prototype.valueOf);
const symbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const errorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;
const errorCaptureStackTrace = typeof Error.captureStackTrace === 'function' ?
  Error.captureStackTrace : undefined;
const kWeakProbe = {};

// Message text is built from our own strings, but a test may have replaced
// String.prototype methods; these keep the text stable.
const StringPrototypeSplit = uncurryThis(String.prototype.split);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith);
const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf);
const ArrayPrototypeReverse = uncurryThis(Array.prototype.reverse);
const Int32ArrayPrototypeSlice = uncurryThis(Int32Array.prototype.slice);

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// util is loaded when the first message is built, never at module load.
let utilInspect;
function inspect(value, options) {
  if (utilInspect === undefined) utilInspect = require('util').inspect;
  return utilInspect(value, options);
}

// ---------------------------------------------------------------------------
// Brand checks. Each asks for an internal slot through a captured builtin
// that throws (or answers undefined) for anything else, so Symbol.toStringTag
// and prototype games cannot make a plain object pass as a Map or a Date.

function throwsOn(fn, value) {
  try {
    fn(value);
    return false;
  } catch {
    return true;
  }
}

const isMap = (v) => !throwsOn(mapSize, v);
const isSet = (v) => !throwsOn(setSize, v);
const isDate = (v) => !throwsOn(dateGetTime, v);
const isWeakMap = (v) => !throwsOn((x) => weakMapHas(x, kWeakProbe), v);
const isWeakSet = (v) => !throwsOn((x) => weakSetHas(x, kWeakProbe), v);
const isArrayBuffer = (v) => !throwsOn(arrayBufferByteLength, v);
const isSharedArrayBuffer = (v) => sharedArrayBufferByteLength !== undefined &&
  !throwsOn(sharedArrayBufferByteLength, v);
const isTypedArray = (v) => typedArrayName(v) !== undefined;

// RegExp.prototype answers `source` although it is no regexp; the `global`
// getter gives it undefined instead, and throws for non-regexps.
function isRegExp(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    return typeof regExpGlobal(v) === 'boolean';
  } catch {
    return false;
  }
}

function isNativeError(v) {
  if (v === null || typeof v !== 'object') return false;
  if (errorIsError !== undefined) return errorIsError(v);
  return objectToString(v) === '[object Error]';
}

function isError(v) {
  return isNativeError(v) || v instanceof Error;
}

// There is no side-effect-free brand check for promises in the language
// (`then` looks up species and can leave an unhandled rejection behind), so
// this one goes by the tag.
function isPromise(v) {
  return v !== null && typeof v === 'object' && objectToString(v) === '[object Promise]';
}

// The primitive a wrapper object holds, as [type, value], or undefined.
// Each wrong guess costs an exception, so the type the tag names is tried
// first.
const kUnboxers = [
  ['[object Number]', 'number', numberValueOf],
  ['[object String]', 'string', stringValueOf],
  ['[object Boolean]', 'boolean', booleanValueOf],
  ['[object BigInt]', 'bigint', bigIntValueOf],
  ['[object Symbol]', 'symbol', symbolValueOf],
];

function unbox(v, tag) {
  if (v === null || typeof v !== 'object') return undefined;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < kUnboxers.length; i++) {
      const unboxer = kUnboxers[i];
      if ((unboxer[0] === tag) !== (pass === 0)) continue;
      try {
        return [unboxer[1], unboxer[2](v)];
      } catch {
        // not this type
      }
    }
  }
  return undefined;
}

// URL lives outside this module and may be installed after it loads, so its
// href getter is looked up on first use. For a non-URL the getter throws.
let urlHref;
function urlHrefOf(v) {
  if (urlHref === undefined) {
    const URLCtor = globalThis.URL;
    const desc = typeof URLCtor === 'function' &&
      ObjectGetOwnPropertyDescriptor(URLCtor.prototype, 'href');
    urlHref = desc && typeof desc.get === 'function' ? uncurryThis(desc.get) : null;
  }
  if (urlHref === null) return undefined;
  try {
    return urlHref(v);
  } catch {
    return undefined;
  }
}

function mapToEntries(map) {
  const out = [];
  const it = mapEntries(map);
  for (let r = mapIteratorNext(it); !r.done; r = mapIteratorNext(it)) out[out.length] = r.value;
  return out;
}

function setToValues(set) {
  const out = [];
  const it = setValues(set);
  for (let r = setIteratorNext(it); !r.done; r = setIteratorNext(it)) out[out.length] = r.value;
  return out;
}

function bytesOf(v) {
  if (isTypedArray(v))
    return new Uint8Array(typedArrayBuffer(v), typedArrayByteOffset(v), typedArrayByteLength(v));
  if (ArrayBufferIsView(v))
    return new Uint8Array(dataViewBuffer(v), dataViewByteOffset(v), dataViewByteLength(v));
  return new Uint8Array(v);
}

// ---------------------------------------------------------------------------
// Deep equality

const kLoose = 0; // deepEqual: ==, prototypes and symbol keys ignored
const kStrict = 1; // deepStrictEqual
const kStrictAnyProto = 2; // deepStrictEqual of an Assert made with skipPrototype
const kPartial = 3; // partialDeepStrictEqual: expected is a subset of actual

// Which entries, besides own keys, a container compares.
const kNoEntries = 0;
const kArrayEntries = 1;
const kSetEntries = 2;
const kMapEntries = 3;

// In every comparison below `a` is the actual value and `b` the expected
// one; partial mode depends on the order.
// As Node does, a comparison first runs without tracking its path: a
// difference in a cyclic structure is found where unrolling the cycles meets
// it, and two equal cyclic structures recurse until the stack overflows.
// Then the comparison runs again with its path tracked (cycles met on both
// sides at once count as equal), and so does every later one in the process.
let trackCycles = false;

function isDeepEqual(actual, expected, mode) {
  if (!trackCycles) {
    try {
      return innerEqual(actual, expected, mode, null);
    } catch {
      trackCycles = true;
    }
  }
  try {
    return innerEqual(actual, expected, mode, { stack: [], depth: 0, deep: undefined });
  } catch (err) {
    throw withV8ProxyMessage(err);
  }
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function innerEqual(a, b, mode, memo) {
  if (a === b) return a !== 0 || mode === kLoose || ObjectIs(a, b);
  if (mode === kLoose) {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (NumberIsNaN(a) && NumberIsNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  } else {
    // Functions, symbols and the rest are equal only when identical.
    if (typeof a !== 'object') return typeof a === 'number' && NumberIsNaN(a) && NumberIsNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
  }
  return compareObjects(a, b, mode, memo);
}

function isIndexKey(key) {
  // A canonical uint32 below 2 ** 32 - 1.
  const n = +key;
  return n >= 0 && n < 4294967295 && `${n >>> 0}` === key;
}

// Whether the last array given to ownKeys had every index below its length
// as an own enumerable property (no holes): then its elements can be read
// without asking, index by index, whether they exist.
let keysDense = false;

// Not frozen, though never written to: a frozen array is held in another
// storage mode, and the JIT, having seen one where key lists go, would
// convert every other list reaching there to that mode.
const kNoKeys = [];
// Listing the keys of an array costs JavaScriptCore a string per index;
// from this length on, an array's shape is asked first (see
// internal/util/comparisons).
const kShapeCheckLength = 64;

// A Proxy whose ownKeys trap breaks an invariant makes Object.keys throw a
// TypeError, which the comparison lets through; JavaScriptCore words it
// differently from V8, and programs (Node's tests among them) match on V8's
// text. Rewritten as the error leaves the comparison (isDeepEqual), out of
// the hot path; a throw always ends up in the run that tracks cycles.
const kProxyKeysMessages = [
  [/^Proxy object's 'target' has the non-configurable property '(.*)' that was not in the result from the 'ownKeys' trap$/s,
    (m) => `'ownKeys' on proxy: trap result did not include '${m[1]}'`],
  [/^Proxy object's non-extensible 'target' has configurable property '(.*)' that was not in the result from the 'ownKeys' trap$/s,
    (m) => `'ownKeys' on proxy: trap result did not include '${m[1]}'`],
  [/^Proxy handler's 'ownKeys' method returned a key that was not present in its non-extensible target$/,
    () => "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible"],
  [/^Proxy handler's 'ownKeys' trap result must not contain any duplicate names$/,
    () => "'ownKeys' on proxy: trap returned duplicate entries"],
  [/^Proxy handler's 'ownKeys' method must return an object$/,
    () => 'CreateListFromArrayLike called on non-object'],
];

function withV8ProxyMessage(err) {
  if (err instanceof TypeError && typeof err.message === 'string') {
    for (let i = 0; i < kProxyKeysMessages.length; i++) {
      const m = regExpExec(kProxyKeysMessages[i][0], err.message);
      if (m !== null) {
        err.message = kProxyKeysMessages[i][1](m);
        break;
      }
    }
  }
  return err;
}

// What compareKeys is given, as far as keys go.
const kOrdinaryObject = 0;
const kArrayObject = 1;
const kTypedArrayObject = 2; // or DataView, which has no index keys

// Own enumerable string keys, without the indices of arrays and typed
// arrays, whose elements are compared separately.
function ownKeys(obj, type) {
  keysDense = false;
  if (type === kOrdinaryObject) return ObjectKeys(obj);
  const typed = type === kTypedArrayObject && isTypedArray(obj);
  const array = type === kArrayObject;
  // Short arrays are cheaper to list than to ask the engine about.
  if ((typed || array) && (typed ? typedArrayLength(obj) : obj.length) >= kShapeCheckLength &&
      hasPlainShape(obj)) {
    return kNoKeys;
  }
  const keys = ObjectKeys(obj);
  if (typed) {
    // Integer-indexed objects list exactly their indices first, in order.
    const length = typedArrayLength(obj);
    return length === 0 ? keys : ArrayPrototypeSlice(keys, length);
  }
  if (!array) return keys;
  // Index keys come first, ascending. If the one at length - 1 is the last
  // index, all `length` of them are there, and the rest are named keys.
  const length = obj.length;
  if (keys.length >= length && (length === 0 || keys[length - 1] === `${length - 1}`)) {
    keysDense = true;
    return keys.length === length ? kNoKeys : ArrayPrototypeSlice(keys, length);
  }
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (!isIndexKey(keys[i])) out[out.length] = keys[i];
  }
  return out;
}

function enumerableSymbols(obj) {
  const symbols = ObjectGetOwnPropertySymbols(obj);
  if (symbols.length === 0) return kNoKeys;
  const out = [];
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerable(obj, symbols[i])) out[out.length] = symbols[i];
  }
  return out;
}

// What kind of object a value is, for the comparison. Brand checks throw
// for the wrong kind, and an exception costs microseconds, so the tag picks
// the one check to run: '[object Map]' is checked for being a Map, and only
// an unusual tag goes through all of them. A builtin whose tag was changed
// to 'Object' compares as a plain object.
const kPlainKind = 0;
const kMapKind = 1;
const kSetKind = 2;
const kDateKind = 3;
const kRegExpKind = 4;
const kErrorKind = 5;
const kBoxedKind = 6;
const kArrayBufferKind = 7;
const kSharedArrayBufferKind = 8;
const kOpaqueKind = 9; // WeakMap, WeakSet, Promise: contents out of reach
const kURLKind = 10;

function kindOf(v, tag) {
  // Most objects compared are plain ones, which are errors only if native
  // ones (under a Symbol.toStringTag of their own). Kept apart from the
  // other kinds, so the JIT can compile this small, hot part on its own.
  if (tag === '[object Object]') {
    if (ObjectGetPrototypeOf(v) === ObjectPrototype && !isNativeError(v)) return kPlainKind;
    return isError(v) ? kErrorKind : kPlainKind;
  }
  return kindOfTagged(v, tag);
}

function kindOfTagged(v, tag) {
  switch (tag) {
    case '[object Arguments]':
      return isError(v) ? kErrorKind : kPlainKind;
    case '[object Map]':
      if (isMap(v)) return kMapKind;
      break;
    case '[object Set]':
      if (isSet(v)) return kSetKind;
      break;
    case '[object Date]':
      if (isDate(v)) return kDateKind;
      break;
    case '[object RegExp]':
      if (isRegExp(v)) return kRegExpKind;
      break;
    case '[object Error]':
      if (isError(v)) return kErrorKind;
      break;
    case '[object Number]':
    case '[object String]':
    case '[object Boolean]':
    case '[object BigInt]':
    case '[object Symbol]':
      if (unbox(v, tag) !== undefined) return kBoxedKind;
      break;
    case '[object ArrayBuffer]':
      if (isArrayBuffer(v)) return kArrayBufferKind;
      break;
    case '[object SharedArrayBuffer]':
      if (isSharedArrayBuffer(v)) return kSharedArrayBufferKind;
      break;
    case '[object WeakMap]':
    case '[object WeakSet]':
    case '[object Promise]':
      if (isWeakMap(v) || isWeakSet(v) || isPromise(v)) return kOpaqueKind;
      break;
    case '[object URL]':
      if (urlHrefOf(v) !== undefined) return kURLKind;
      break;
  }
  return slowKindOf(v);
}

function slowKindOf(v) {
  if (isError(v)) return kErrorKind;
  if (isMap(v)) return kMapKind;
  if (isSet(v)) return kSetKind;
  if (isDate(v)) return kDateKind;
  if (isRegExp(v)) return kRegExpKind;
  if (unbox(v) !== undefined) return kBoxedKind;
  if (isArrayBuffer(v)) return kArrayBufferKind;
  if (isSharedArrayBuffer(v)) return kSharedArrayBufferKind;
  if (isWeakMap(v) || isWeakSet(v)) return kOpaqueKind;
  if (urlHrefOf(v) !== undefined) return kURLKind;
  return kPlainKind;
}

function compareObjects(a, b, mode, memo) {
  if (mode === kStrict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b)) return false;
    if (mode === kPartial ? b.length > a.length : a.length !== b.length) return false;
    return compareKeys(a, b, mode, memo, kArrayEntries, kArrayObject);
  }
  if (ArrayBufferIsView(a)) {
    if (!ArrayBufferIsView(b) || isTypedArray(a) !== isTypedArray(b)) return false;
    // The engine's type, not the tag a user may have defined over it.
    if (isTypedArray(a) && typedArrayName(a) !== typedArrayName(b)) return false;
    if (!compareViews(a, b, mode)) return false;
    return compareKeys(a, b, mode, memo, kNoEntries, kTypedArrayObject);
  }
  if (ArrayIsArray(b) || ArrayBufferIsView(b)) return false;
  if (tag === '[object KeyObject]' && !compareKeyObjects(a, b)) return false;
  if (tag === '[object CryptoKey]' && !compareCryptoKeys(a, b, mode, memo)) return false;
  const kind = kindOf(a, tag);
  if (kind !== kindOf(b, tag)) return false;
  switch (kind) {
    case kSetKind:
      if (mode === kPartial ? setSize(b) > setSize(a) : setSize(a) !== setSize(b)) return false;
      return compareKeys(a, b, mode, memo, kSetEntries, kOrdinaryObject);
    case kMapKind:
      if (mode === kPartial ? mapSize(b) > mapSize(a) : mapSize(a) !== mapSize(b)) return false;
      return compareKeys(a, b, mode, memo, kMapEntries, kOrdinaryObject);
    case kDateKind:
      if (!ObjectIs(dateGetTime(a), dateGetTime(b))) return false;
      break;
    case kRegExpKind:
      if (regExpSource(a) !== regExpSource(b) || regExpFlags(a) !== regExpFlags(b) ||
          a.lastIndex !== b.lastIndex) {
        return false;
      }
      break;
    case kErrorKind:
      if (!compareErrors(a, b, mode, memo)) return false;
      break;
    case kBoxedKind: {
      const boxedA = unbox(a, tag);
      const boxedB = unbox(b, tag);
      if (boxedA[0] !== boxedB[0] || !ObjectIs(boxedA[1], boxedB[1])) return false;
      break;
    }
    case kArrayBufferKind:
    case kSharedArrayBufferKind:
      if (!compareByteRuns(bytesOf(a), bytesOf(b), mode)) return false;
      break;
    case kOpaqueKind:
      // Identical values never get here.
      return false;
    case kURLKind:
      if (urlHrefOf(a) !== urlHrefOf(b)) return false;
      break;
  }
  return compareKeys(a, b, mode, memo, kNoEntries, kOrdinaryObject);
}

// crypto KeyObjects are equal when their key material is (the tag matched,
// so crypto is loaded only when such objects are compared).
function compareKeyObjects(a, b) {
  const { isKeyObject } = require('internal/crypto/keys');
  if (!isKeyObject(a)) return !isKeyObject(b);
  return isKeyObject(b) && a.equals(b);
}

// Web Crypto keys keep everything behind getters and internal slots: equal
// when type, extractability, algorithm, usages and key material are.
function compareCryptoKeys(a, b, mode, memo) {
  const { KeyObject } = require('crypto');
  // As in Node, only an actual value that is a key asks for one expected;
  // something else merely tagged 'CryptoKey' compares as an ordinary object.
  const keyA = keyObjectFrom(KeyObject, a);
  if (keyA === undefined) return true;
  const keyB = keyObjectFrom(KeyObject, b);
  if (keyB === undefined) return false;
  return a.type === b.type && a.extractable === b.extractable &&
    innerEqual(a.algorithm, b.algorithm, mode, memo) &&
    innerEqual(a.usages, b.usages, mode, memo) && keyA.equals(keyB);
}

function keyObjectFrom(KeyObject, key) {
  try {
    return KeyObject.from(key);
  } catch {
    return undefined; // not a CryptoKey, only tagged as one
  }
}

// Error name, message, cause and errors count even when not enumerable; the
// stack never does, since two otherwise identical errors differ there.
const kErrorKeys = ['cause', 'errors'];

function compareErrors(a, b, mode, memo) {
  const expectedMessage = b.message;
  // Node's partial comparison leaves out a message expected to be empty
  // (`new Error()`) or undefined; any other value must match.
  if (a.message !== expectedMessage &&
      (mode !== kPartial || (expectedMessage !== '' && expectedMessage !== undefined))) {
    return false;
  }
  if (a.name !== b.name) return false;
  for (let i = 0; i < kErrorKeys.length; i++) {
    const key = kErrorKeys[i];
    const inA = hasOwn(a, key);
    const inB = hasOwn(b, key);
    if (mode === kPartial) {
      // As in Node, an expected `cause: undefined` asks only that actual
      // has a cause at all.
      if (inB && (!inA || (b[key] !== undefined && !innerEqual(a[key], b[key], mode, memo))))
        return false;
    } else if (inA !== inB || (inA && !innerEqual(a[key], b[key], mode, memo))) {
      return false;
    }
  }
  return true;
}

// Typed arrays and DataViews. Strict modes compare bytes, so -0 and 0
// differ and a NaN equals the same NaN; legacy mode compares float elements
// as numbers, where the opposite holds.
function compareViews(a, b, mode) {
  const typed = isTypedArray(a);
  if (mode === kPartial) {
    if (!typed) return compareByteRuns(bytesOf(a), bytesOf(b), mode);
    const lenA = typedArrayLength(a);
    const lenB = typedArrayLength(b);
    return lenB <= lenA && isSubsequence(a, b, lenA, lenB, ObjectIs);
  }
  if (mode === kLoose && typed) {
    const name = typedArrayName(a);
    if (name === 'Float64Array' || name === 'Float32Array' || name === 'Float16Array') {
      const len = typedArrayLength(a);
      if (len !== typedArrayLength(b)) return false;
      for (let i = 0; i < len; i++) {
        if (a[i] !== b[i]) return false;
      }
      return true;
    }
  }
  return compareByteRuns(bytesOf(a), bytesOf(b), mode);
}

// Byte runs from this length on are compared by the buffer binding
// (memcmp); shorter ones are cheaper to walk here than to hand over.
const kNativeCompareBytes = 128;
let bufferCompare;

function compareByteRuns(x, y, mode) {
  if (mode === kPartial) return y.length <= x.length && isSubsequence(x, y, x.length, y.length, ObjectIs);
  if (x.length !== y.length) return false;
  if (x.length >= kNativeCompareBytes) {
    bufferCompare ??= internalBinding('buffer').compare;
    return bufferCompare(x, 0, x.length, y, 0, y.length) === 0;
  }
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

// Whether b's elements appear in a in order, matched greedily. As in Node,
// a match may not start so late that the rest of b could no longer fit.
function isSubsequence(a, b, lenA, lenB, equal) {
  let pos = 0;
  for (let i = 0; i < lenB; i++) {
    while (!equal(a[pos], b[i])) {
      pos++;
      if (pos > lenA - lenB + i) return false;
    }
    pos++;
  }
  return true;
}

function compareKeys(a, b, mode, memo, kind, type) {
  let keys;
  let dense = false;
  if (type !== kOrdinaryObject && havePlainShapes(a, b)) {
    // Arrays or typed arrays with nothing but their elements on both sides:
    // no keys and no symbols to compare.
    return compareAfterKeys(a, b, mode, memo, kind, kNoKeys, kNoKeys, false);
  }
  if (mode === kPartial) {
    // Only what expected has must be present in actual.
    keys = ownKeys(b, type);
    for (let i = 0; i < keys.length; i++) {
      if (!isEnumerable(a, keys[i])) return false;
    }
  } else {
    keys = ownKeys(a, type);
    dense = keysDense;
    const keysB = ownKeys(b, type);
    if (keys.length !== keysB.length) return false;
    dense = dense && keysDense;
    // Keys listed in the same order are all own and enumerable on b; from
    // the first one out of order on, each is looked up.
    let i = 0;
    while (i < keys.length && keys[i] === keysB[i]) i++;
    for (; i < keys.length; i++) {
      if (!isEnumerable(b, keys[i])) return false;
    }
  }
  let symbols;
  if (mode !== kLoose) {
    const symbolsB = enumerableSymbols(b);
    if (mode === kPartial) {
      symbols = symbolsB;
      for (let i = 0; i < symbols.length; i++) {
        if (!isEnumerable(a, symbols[i])) return false;
      }
    } else {
      symbols = enumerableSymbols(a);
      if (symbols.length !== symbolsB.length) return false;
      for (let i = 0; i < symbols.length; i++) {
        if (!isEnumerable(b, symbols[i])) return false;
      }
    }
  }
  return compareAfterKeys(a, b, mode, memo, kind, keys, symbols, dense);
}

function compareAfterKeys(a, b, mode, memo, kind, keys, symbols, dense) {
  if (keys.length === 0 && (symbols === undefined || symbols.length === 0) &&
      (kind === kNoEntries ||
       (kind === kArrayEntries && b.length === 0) ||
       (kind === kSetEntries && setSize(b) === 0) ||
       (kind === kMapEntries && mapSize(b) === 0))) {
    return true;
  }

  if (memo === null) return compareEntries(a, b, mode, memo, kind, keys, symbols, dense);
  // The memo holds every object on the current comparison path, from both
  // sides. Meeting two of them again means both sides looped back: equal as
  // far as this branch goes. Meeting only one means the shapes differ.
  const seenA = onPath(memo, a);
  const seenB = onPath(memo, b);
  if (seenA || seenB) return seenA && seenB;
  pushPath(memo, a, b);
  const equal = compareEntries(a, b, mode, memo, kind, keys, symbols, dense);
  popPath(memo, a, b);
  return equal;
}

// The comparison path: its first kPathInline objects in an array, searched
// from the end, and any deeper ones in a Set. Paths are short, and a short
// array is much cheaper than a Set to add to and take from.
const kPathInline = 64;

function onPath(memo, v) {
  const stack = memo.stack;
  const inline = memo.depth < kPathInline ? memo.depth : kPathInline;
  for (let i = inline - 1; i >= 0; i--) {
    if (stack[i] === v) return true;
  }
  return memo.depth > kPathInline && setHas(memo.deep, v);
}

function pushPath(memo, a, b) {
  if (memo.depth < kPathInline) {
    memo.stack[memo.depth] = a;
    memo.stack[memo.depth + 1] = b;
  } else {
    if (memo.deep === undefined) memo.deep = new SafeSet();
    setAdd(memo.deep, a);
    setAdd(memo.deep, b);
  }
  memo.depth += 2;
}

function popPath(memo, a, b) {
  memo.depth -= 2;
  if (memo.depth < kPathInline) {
    memo.stack[memo.depth] = undefined;
    memo.stack[memo.depth + 1] = undefined;
  } else {
    setDelete(memo.deep, a);
    setDelete(memo.deep, b);
  }
}

function compareEntries(a, b, mode, memo, kind, keys, symbols, dense) {
  if (kind === kArrayEntries) {
    if (mode === kPartial) {
      if (!partialArrayEquiv(a, b, memo)) return false;
    } else if (dense) {
      // Every element is an own enumerable property on both sides.
      for (let i = 0; i < a.length; i++) {
        if (!innerEqual(a[i], b[i], mode, memo)) return false;
      }
    } else if (!arrayEquiv(a, b, mode, memo)) {
      return false;
    }
  } else if (kind === kSetEntries) {
    if (!setEquiv(a, b, mode, memo)) return false;
  } else if (kind === kMapEntries) {
    if (!mapEquiv(a, b, mode, memo)) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerEqual(a[key], b[key], mode, memo)) return false;
  }
  if (symbols !== undefined) {
    for (let i = 0; i < symbols.length; i++) {
      const key = symbols[i];
      if (!innerEqual(a[key], b[key], mode, memo)) return false;
    }
  }
  return true;
}

// Elements are read first; only an undefined one is asked whether it is
// there at all.
function arrayEquiv(a, b, mode, memo) {
  const len = a.length;
  for (let i = 0; i < len; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined) {
      if (!innerEqual(x, y, mode, memo)) return false;
    } else if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerEqual(x, y, mode, memo)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // A hole on both sides: the array is sparse, possibly huge, so walk
      // the indices that exist rather than the length.
      const keysA = ObjectKeys(a);
      if (keysA.length !== ObjectKeys(b).length) return false;
      for (let k = 0; k < keysA.length; k++) {
        const key = keysA[k];
        if (isIndexKey(key) && +key > i) {
          if (!hasOwn(b, key) || !innerEqual(a[key], b[key], mode, memo)) return false;
        }
      }
      return true;
    }
  }
  return true;
}

// partialDeepStrictEqual on arrays: expected's elements must appear in
// actual in the same order. Once a hole turns up (in expected at the element
// sought, or in actual where the search stands) the rest is matched on
// present elements only, holes skipped on both sides. Node then counts both
// places as positions in the lists of present keys although they are array
// indices, so after a hole the match can start earlier or later than the
// element reached; done the same here, since which arrays pass depends on it.
function partialArrayEquiv(a, b, memo) {
  let pos = 0;
  for (let i = 0; i < b.length; i++) {
    if (!hasOwn(b, i)) return partialSparseEquiv(a, b, memo, pos, i);
    for (;;) {
      if (!hasOwn(a, pos)) return partialSparseEquiv(a, b, memo, pos, i);
      if (innerEqual(a[pos], b[i], kPartial, memo)) break;
      pos++;
      if (pos > a.length - b.length + i) return false;
    }
    pos++;
  }
  return true;
}

function partialSparseEquiv(a, b, memo, startA, startB) {
  const keysA = ObjectKeys(a);
  const keysB = ObjectKeys(b);
  const wanted = keysB.length - startB;
  if (keysA.length - startA < wanted) return false;
  let pos = startA;
  for (let i = 0; i < wanted; i++) {
    const keyB = keysB[startB + i];
    while (!innerEqual(a[keysA[pos]], b[keyB], kPartial, memo)) {
      pos++;
      if (pos > keysA.length - wanted + i) return false;
    }
    pos++;
  }
  return true;
}

// Values of one side still waiting for a partner on the other. Pairing is
// greedy: the first waiting value that matches is taken. In the strict modes
// any matching partner is as good as another, so the two ends are tried
// first, which keeps collections in the same or in reverse order linear.
// Legacy and partial matching are not symmetric enough for that, and keep
// Node's front-to-back order.
const kTaken = {};

class Pending {
  #items = [];
  #head = 0;
  #tail = -1;
  #left = 0;

  get size() {
    return this.#left;
  }

  add(value) {
    this.#items[this.#items.length] = value;
    this.#tail = this.#items.length - 1;
    this.#left++;
  }

  // Removes the first waiting value that `matches`; whether there was one.
  take(matches, endsFirst) {
    const items = this.#items;
    while (this.#head <= this.#tail && items[this.#head] === kTaken) this.#head++;
    while (this.#tail >= this.#head && items[this.#tail] === kTaken) this.#tail--;
    let from = this.#head;
    let to = this.#tail;
    if (endsFirst && from <= to) {
      if (matches(items[from])) return this.#takeAt(from);
      if (to > from && matches(items[to])) return this.#takeAt(to);
      from++;
      to--;
    }
    for (let i = from; i <= to; i++) {
      if (items[i] !== kTaken && matches(items[i])) return this.#takeAt(i);
    }
    return false;
  }

  #takeAt(i) {
    this.#items[i] = kTaken;
    this.#left--;
    return true;
  }
}

// Set members match by identity (SameValueZero) first; what is left over
// on each side is then paired by deep equality, and in legacy mode
// primitives pair with their == counterparts ('1' with 1).
function setEquiv(a, b, mode, memo) {
  const pending = new Pending();
  const endsFirst = mode === kStrict || mode === kStrictAnyProto;
  if (mode === kPartial) {
    const valuesB = setToValues(b);
    // Every member of expected needs a member of actual of its own.
    for (let i = 0; i < valuesB.length; i++) {
      const v = valuesB[i];
      if (setHas(a, v)) continue;
      if (isPrimitive(v)) return false;
      pending.add(v);
    }
    if (pending.size === 0) return true;
    const valuesA = setToValues(a);
    for (let i = 0; i < valuesA.length && pending.size > 0; i++) {
      const v = valuesA[i];
      if (isPrimitive(v) || setHas(b, v)) continue;
      pending.take((w) => innerEqual(v, w, mode, memo), false);
    }
    return pending.size === 0;
  }
  // forEach, a builtin that neither allocates per member nor looks at the
  // iterator a program may have replaced, rather than an iteration.
  let missing = false;
  setForEach(a, (v) => {
    if (missing || setHas(b, v)) return;
    if (isPrimitive(v) && mode !== kLoose) missing = true;
    else pending.add(v);
  });
  if (missing) return false;
  // The sizes are equal: if all of a is in b, so is all of b in a.
  if (pending.size === 0) return true;
  const valuesB = setToValues(b);
  for (let i = 0; i < valuesB.length; i++) {
    const w = valuesB[i];
    if (setHas(a, w)) continue;
    if (isPrimitive(w) && mode !== kLoose) return false;
    if (!pending.take((v) => innerEqual(v, w, mode, memo), endsFirst)) return false;
  }
  return pending.size === 0;
}

// Map entries match by key identity first, then, for object keys (and in
// legacy mode primitive keys), by a deep-equal key with a deep-equal value.
function mapEquiv(a, b, mode, memo) {
  const pending = new Pending();
  const endsFirst = mode === kStrict || mode === kStrictAnyProto;
  let differs = false;
  mapForEach(a, (value, key) => {
    if (differs) return;
    const other = mapGet(b, key);
    if ((other !== undefined || mapHas(b, key)) && innerEqual(value, other, mode, memo)) return;
    if (isPrimitive(key)) {
      if (mode === kPartial) return;
      if (mode !== kLoose) {
        differs = true;
        return;
      }
    }
    pending.add([key, value]);
  });
  if (differs) return false;
  // The sizes are equal: if every key of a found its value in b, b has no
  // other key. (Partial mode still has expected's keys to look for.)
  if (pending.size === 0 && mode !== kPartial) return true;
  const entriesB = mapToEntries(b);
  for (let i = 0; i < entriesB.length; i++) {
    const key = entriesB[i][0];
    const value = entriesB[i][1];
    const other = mapGet(a, key);
    if ((other !== undefined || mapHas(a, key)) && innerEqual(other, value, mode, memo)) continue;
    if (isPrimitive(key) && mode !== kLoose) return false;
    const matched = pending.take((entry) =>
      innerEqual(entry[0], key, mode, memo) && innerEqual(entry[1], value, mode, memo), endsFirst);
    if (!matched) return false;
  }
  return mode === kPartial || pending.size === 0;
}

// ---------------------------------------------------------------------------
// Messages

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Operators whose message is a diff of the two values; a custom message
// replaces only its first line.
const kDiffOperators = new SafeSet(['strictEqual', 'deepStrictEqual', 'partialDeepStrictEqual']);

const kMaxShortLength = 12; // "1 !== 2" rather than a stacked diff up to this
const kMaxLongLength = 512; // legacy messages cut each value here
const kMaxCharDiff = 2000; // longest pair of strings diffed by character
const kContextLines = 5; // unchanged lines kept around a change in 'simple' diffs

function inspectValue(value) {
  try {
    return inspectForDiff(value);
  } catch {
    // A util.inspect that cannot show the value must not turn the failed
    // assertion into some other error.
    try {
      return String(value);
    } catch {
      return objectToString(value);
    }
  }
}

function inspectForDiff(value) {
  // Sorted keys and one property per line make the lines of both sides
  // line up in the diff.
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

function terminalWidth() {
  const proc = globalThis.process;
  const stderr = proc && proc.stderr;
  if (stderr && stderr.isTTY && stderr.columns > 0) return stderr.columns;
  return 80;
}

// When both values are errors, the message (and the error's actual and
// expected) use shallow copies, so that the stacks, which always differ,
// stay out of the diff.
function isStackedError(v) {
  return isError(v) && 'stack' in v;
}

function copyError(source) {
  const target = ObjectAssign(ObjectCreate(ObjectGetPrototypeOf(source)), source);
  ObjectDefineProperty(target, 'message', {
    __proto__: null,
    value: source.message, writable: true, enumerable: false, configurable: true,
  });
  if (hasOwn(source, 'cause')) {
    const cause = isStackedError(source.cause) ? copyError(source.cause) : source.cause;
    ObjectDefineProperty(target, 'cause', {
      __proto__: null,
      value: cause, writable: true, enumerable: false, configurable: true,
    });
  }
  return target;
}

function linesMatch(lineA, lineB, commaTolerant) {
  if (lineA === lineB) return true;
  // The last property of an object has no trailing comma: one property more
  // or fewer on the other side must not flag that line as changed.
  return commaTolerant && (`${lineA},` === lineB || lineA === `${lineB},`);
}

// Myers' O(ND) shortest edit script between two arrays of lines, as a list
// of [op, line] in order: op is '+' (only in actual), '-' (only in
// expected) or ' ' (in both).
function diffLines(actual, expected, commaTolerant) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const offset = max + 1;
  // frontier[offset + k]: the furthest x reached on diagonal k = x - y.
  const frontier = new Int32Array(2 * max + 3);
  const history = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    // Round d reads diagonals -d-1 .. d+1 only; the walk back needs the same.
    history[d] = Int32ArrayPrototypeSlice(frontier, offset - d - 1, offset + d + 2);
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]))
        x = frontier[offset + k + 1];
      else
        x = frontier[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaTolerant)) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  // Walk back from the end through the frontier saved before each round.
  const ops = [];
  let x = n;
  let y = m;
  for (let d = history.length - 1; d >= 0; d--) {
    const v = history[d]; // v[k + d + 1] is diagonal k
    const k = x - y;
    const prevK = (k === -d || (k !== d && v[k + d] < v[k + d + 2])) ? k + 1 : k - 1;
    const prevX = v[prevK + d + 1];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Show the line with its comma when only one side had it.
      ops[ops.length] = [' ', commaTolerant && !StringPrototypeEndsWith(line, ',') ? expected[y - 1] : line];
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        ops[ops.length] = ['+', actual[x - 1]];
        x--;
      } else {
        ops[ops.length] = ['-', expected[y - 1]];
        y--;
      }
    }
  }
  return ArrayPrototypeReverse(ops);
}

// Renders the edit script: a run of unchanged lines shows its first
// kContextLines lines and, before the next change, its last one, with "..."
// where lines were left out. Node 24 collapses like this in 'full' mode too;
// there, only single-value messages are left uncut.
function renderDiff(ops, colors, partial) {
  const out = [];
  const same = colors ? `${colors.white}  ` : '  ';
  const added = colors ? (partial ? `${colors.gray}  ` : `${colors.green}+${colors.white} `) : '+ ';
  const addedEnd = colors && partial ? colors.white : '';
  const removed = colors ? `${colors.red}-${colors.white} ` : '- ';
  const skip = colors ? `${colors.blue}...${colors.white}` : '...';
  let skipped = false;
  let run = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i][0];
    const line = ops[i][1];
    if (op !== ' ' && run > 0) {
      const hidden = run - kContextLines;
      if (hidden === 1) {
        out[out.length] = `${same}${ops[i - 1][1]}`;
      } else if (hidden === 2) {
        out[out.length] = `${same}${ops[i - 2][1]}`;
        out[out.length] = `${same}${ops[i - 1][1]}`;
      } else if (hidden > 2) {
        out[out.length] = skip;
        out[out.length] = `${same}${ops[i - 1][1]}`;
        skipped = true;
      }
      run = 0;
    }
    if (op === '+') {
      out[out.length] = `${added}${line}${addedEnd}`;
    } else if (op === '-') {
      out[out.length] = `${removed}${line}`;
    } else {
      if (run < kContextLines) out[out.length] = `${same}${line}`;
      run++;
    }
  }
  return { text: ArrayPrototypeJoin(out, '\n'), skipped };
}

// The message of strictEqual, deepStrictEqual and partialDeepStrictEqual.
function diffMessage(actual, expected, operator, customMessage, diff) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const shownActual = inspectValue(actual);
  const shownExpected = inspectValue(expected);
  const linesActual = StringPrototypeSplit(shownActual, '\n');
  const linesExpected = StringPrototypeSplit(shownExpected, '\n');
  const colors = diffColors();
  const partial = operator === 'partialDeepStrictEqual';
  let header = '+ actual - expected';
  if (colors) {
    header = `${partial ? `${colors.gray}actual` : `${colors.green}+ actual`}${colors.white} ` +
      `${colors.red}- expected${colors.white}`;
  }
  const title = (op) => (customMessage ? String(customMessage) : kReadableOperator[op]);

  if (linesActual.length === 1 && linesExpected.length === 1 &&
      (!isObjectLike(actual) || !isObjectLike(expected))) {
    let length = shownActual.length + shownExpected.length;
    if (typeof actual === 'string') length -= 2;
    if (typeof expected === 'string') length -= 2;
    if (length <= kMaxShortLength && (actual !== 0 || expected !== 0))
      return `${title(operator)}\n\n${shownActual} !== ${shownExpected}\n`;
    // In color, two strings are diffed character by character; not beyond
    // kMaxCharDiff characters, where the edit script's memory grows with the
    // square of the difference (Node diffs them all, for seconds).
    if (colors && typeof actual === 'string' && typeof expected === 'string' &&
        shownActual.length + shownExpected.length <= kMaxCharDiff)
      return `${title(operator)}\n${colors.green}actual${colors.white} ${colors.red}expected${colors.white}\n\n` +
        `${charDiff(shownActual, shownExpected, colors)}\n`;
    let text = colors ?
      `${title(operator)}\n${header}\n\n${colors.green}+${colors.white} ${shownActual}\n` +
        `${colors.red}- ${colors.white}${shownExpected}` :
      `${title(operator)}\n${header}\n\n+ ${shownActual}\n- ${shownExpected}`;
    if (shownActual.length + shownExpected.length <= terminalWidth()) {
      // Point at the first differing character, unless it is so close to
      // the start that the difference is obvious anyway.
      for (let i = 0; i < shownActual.length; i++) {
        if (shownActual[i] !== shownExpected[i]) {
          if (i >= 3) text += `\n${StringPrototypeRepeat(' ', i + 2)}^`;
          break;
        }
      }
    }
    return `${text}\n`;
  }
  if (shownActual === shownExpected) {
    let body = shownActual;
    let note = '';
    if (linesActual.length > 50 && diff !== 'full') {
      body = `${ArrayPrototypeJoin(ArrayPrototypeSlice(linesActual, 0, 50), '\n')}\n...}`;
      note = '\n... Skipped lines';
    }
    return `${title('notIdentical')}\n${note}\n${body}\n`;
  }
  const ops = diffLines(linesActual, linesExpected, isObjectLike(actual));
  const rendered = renderDiff(ops, colors, partial);
  const note = rendered.skipped ? '\n... Skipped lines' : '';
  return `${title(operator)}\n${header}${note}\n\n${rendered.text}\n`;
}

// Node's colors for diffs, when a message written to stderr would show them
// (a TTY with colors, or FORCE_COLOR); looked at for each message, as the
// environment may change in between. Undefined without colors.
const kColors = { green: '\x1b[32m', red: '\x1b[31m', blue: '\x1b[34m', gray: '\x1b[90m', white: '\x1b[39m' };
let shouldColorize;
function diffColors() {
  shouldColorize ??= require('internal/util/misc').shouldColorize;
  const proc = globalThis.process;
  return proc && shouldColorize(proc.stderr) ? kColors : undefined;
}

// Two one-line values, character by character: actual's characters green,
// expected's red, the common ones uncolored.
function charDiff(shownActual, shownExpected, colors) {
  const ops = diffLines(StringPrototypeSplit(shownActual, ''), StringPrototypeSplit(shownExpected, ''), false);
  let out = '';
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i][0];
    const color = op === '+' ? colors.green : op === '-' ? colors.red : colors.white;
    out += `${color}${ops[i][1]}${colors.white}`;
  }
  return out;
}

// The message of notStrictEqual and notDeepStrictEqual: a single value.
function sameValueMessage(actual, operator, diff) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function'))
    base = kReadableOperator.notStrictEqualObject;
  const lines = StringPrototypeSplit(inspectValue(actual), '\n');
  if (lines.length > 50 && diff !== 'full') {
    const colors = diffColors();
    lines[46] = colors ? `${colors.blue}...${colors.white}` : '...';
    lines.length = 47;
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
}

function truncate(text, max) {
  return text.length > max ? `${StringPrototypeSlice(text, 0, max - 3)}...` : text;
}

// Legacy operators: ==, !=, deepEqual, notDeepEqual, and fail()'s own.
// With diff: 'full' nothing is cut short.
function legacyMessage(actual, expected, operator, diff) {
  const shownActual = inspectValue(actual);
  const shownExpected = inspectValue(expected);
  const full = diff === 'full';
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    const text = `${kReadableOperator.notDeepEqual}\n\n${shownActual}`;
    return full ? text : truncate(text, 1024);
  }
  const a = full ? shownActual : truncate(shownActual, kMaxLongLength);
  const b = full ? shownExpected : truncate(shownExpected, kMaxLongLength);
  if (operator === 'deepEqual')
    return `${kReadableOperator.deepEqual}\n\n${a}\n\nshould loosely deep-equal\n\n${b}`;
  if (operator === 'notDeepEqual')
    return `${kReadableOperator.notDeepEqualUnequal}\n\n${a}\n\nshould not loosely deep-equal\n\n${b}`;
  return `${a} ${operator} ${b}`;
}

function buildMessage(actual, expected, operator, message, diff) {
  if (setHas(kDiffOperators, operator)) return diffMessage(actual, expected, operator, message, diff);
  if (message != null) return String(message);
  if (operator === 'notStrictEqual' || operator === 'notDeepStrictEqual')
    return sameValueMessage(actual, operator, diff);
  return legacyMessage(actual, expected, operator, diff);
}

// ---------------------------------------------------------------------------
// AssertionError

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, diff = 'simple' } = options;
    let { actual, expected } = options;
    const stackStartFn = options.stackStartFn || options.stackStartFunction;
    if (isStackedError(actual) && isStackedError(expected)) {
      actual = copyError(actual);
      expected = copyError(expected);
    }
    // Node builds the message under a stack trace limit of 0. Not here: an
    // Error made under a limit of 0 leaves later captures empty once the JIT
    // has compiled the path (kiln's Error wrapper and JavaScriptCore's
    // cached limit then disagree), and the stack below would be lost.
    const text = (message != null && !setHas(kDiffOperators, operator)) ? String(message) :
      buildMessage(actual, expected, operator, message, diff);
    super(text);
    this.generatedMessage = !message;
    // The stack's first line reads "AssertionError [ERR_ASSERTION]: ..." as
    // in Node; the name seen afterwards is the plain one.
    ObjectDefineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    const { details } = options;
    if (details) {
      // CallTracker.verify(): one set of numbered fields per failed check.
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    if (errorCaptureStackTrace !== undefined) {
      // JavaScriptCore leaves an existing own `stack` in place.
      delete this.stack;
      errorCaptureStackTrace(this, typeof stackStartFn === 'function' ? stackStartFn : AssertionError);
    }
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // util.inspect shows the error with long string values cut short.
  [kInspectCustom](recurseTimes, ctx) {
    const { actual, expected } = this;
    const shorten = (v) => {
      if (typeof v !== 'string') return v;
      const lines = StringPrototypeSplit(v, '\n');
      if (lines.length > 10) return `${ArrayPrototypeJoin(ArrayPrototypeSlice(lines, 0, 10), '\n')}\n...`;
      // Node keeps what follows the first 512 characters, not what precedes
      // them; shown here as it does.
      return v.length > kMaxLongLength ? `${StringPrototypeSlice(v, kMaxLongLength)}...` : v;
    };
    this.actual = shorten(actual);
    this.expected = shorten(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

// ---------------------------------------------------------------------------
// Assertions

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    // The source text of the failing call; without one, the message is
    // made from the value ("false == true").
    message = falsyCallMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

// Options of the Assert a method was called on. Module-level calls,
// destructured methods and assert.strict find none in `this`.
const kDefaults = { diff: 'simple', strict: true, skipPrototype: false };
const assertOptions = new WeakMap();
const weakMapGet = uncurryThis(WeakMap.prototype.get);
const weakMapSet = uncurryThis(WeakMap.prototype.set);

function optionsOf(self) {
  return (self !== null && typeof self === 'object' && weakMapGet(assertOptions, self)) || kDefaults;
}

// A function rather than a class so that a call without `new` gets Node's
// error code, not the engine's TypeError.
function Assert(options) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  const { diff = 'simple', strict = true, skipPrototype = false } = options ?? {};
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  weakMapSet(assertOptions, this, { diff, strict: !!strict, skipPrototype: !!skipPrototype });
  this.AssertionError = AssertionError;
  // In strict mode (the default) the loose names are own properties holding
  // the strict methods; a loose Assert inherits the loose ones.
  if (strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

let warnedFailArguments = false;
function warnFailArguments() {
  if (warnedFailArguments) return;
  warnedFailArguments = true;
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning('assert.fail() with more than one argument is deprecated. ' +
      'Please use assert.strictEqual() instead or only pass a message.',
    'DeprecationWarning', 'DEP0094');
  }
}

function fail(actual, expected, message, operator, stackStartFn) {
  const argLen = arguments.length;
  let internalMessage = false;
  if (argLen <= 1 && actual == null) {
    internalMessage = true;
    message = 'Failed';
  } else if (argLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    warnFailArguments();
    if (argLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: optionsOf(this).diff,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, args[0], args[1]);
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: optionsOf(this).diff });
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: optionsOf(this).diff });
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected, kLoose)) {
    innerFail({
      actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: optionsOf(this).diff,
    });
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected, kLoose)) {
    innerFail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: optionsOf(this).diff,
    });
  }
}

function strictMode(options) {
  return options.skipPrototype ? kStrictAnyProto : kStrict;
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  const options = optionsOf(this);
  if (!isDeepEqual(actual, expected, strictMode(options))) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual, diff: options.diff,
    });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  const options = optionsOf(this);
  if (isDeepEqual(actual, expected, strictMode(options))) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual, diff: options.diff,
    });
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!ObjectIs(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: optionsOf(this).diff,
    });
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (ObjectIs(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual, diff: optionsOf(this).diff,
    });
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected, kPartial)) {
    innerFail({
      actual, expected, message, operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual, diff: optionsOf(this).diff,
    });
  }
}

// --- throws / rejects and their negations

const kNoException = Symbol('no exception');

// Where the stack of a failed throws() or rejects() starts. V8 continues
// the stack of an awaiting function with its async callers ("at async
// rejects"); JavaScriptCore does not, so for the async assertions the stack
// starts below them and keeps their own frame, which a cut at rejects()
// would leave empty.
function stackStartOf(fn) {
  if (fn === rejects) return expectsError;
  if (fn === doesNotReject) return expectsNoError;
  return fn;
}

// Holds just the compared keys of a thrown error or of the validation
// object, so the diff shows only what was checked. Node names the class in
// the message ("Comparison {"), so this one is named the same.
class Comparison {
  constructor(obj, keys, actual) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            regExpExec(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepEqual(actual[key], expected[key], kStrict)) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: stackStartOf(fn) });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: stackStartOf(fn) });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let mismatch = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regExpExec(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      mismatch = true;
    } else if (actual === null || typeof actual !== 'object') {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: stackStartOf(fn) });
      err.operator = fn.name;
      throw err;
    } else {
      // Every own key of the validation object must match; for an Error
      // instance its name and message as well. A RegExp value passes when
      // it matches a string property.
      const keys = ObjectKeys(expected);
      if (expected instanceof Error) {
        keys[keys.length] = 'name';
        keys[keys.length] = 'message';
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            regExpExec(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (isPrototypeOf(Error, expected)) {
    // An Error class the thrown value is not an instance of.
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    mismatch = true;
  } else {
    // Any other function validates: it must return true.
    const result = ReflectApply(expected, {}, [actual]);
    if (result !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      mismatch = true;
    }
  }
  if (mismatch) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: stackStartOf(fn) });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function expectsError(fn, actual, args) {
  let error = args[0];
  let message = args[1];
  if (typeof error === 'string') {
    if (args.length === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    // throws(fn, 'text') takes the string as the message, which is easily
    // meant as the expected error message: refuse when the two coincide.
    if (actual !== kNoException && actual !== null && typeof actual === 'object') {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === kNoException) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name,
      message: `Missing expected ${kind}${details}`, stackStartFn: stackStartOf(fn),
    });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

// doesNotThrow(fn, expected): whether the thrown value is of the kind the
// caller said must not be thrown. Anything else is rethrown untouched.
function matchesUnwanted(actual, expected) {
  if (isRegExp(expected)) return regExpExec(expected, String(actual)) !== null;
  if (typeof expected !== 'function')
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (isPrototypeOf(Error, expected)) return false;
  return ReflectApply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, args) {
  if (actual === kNoException) return;
  let error = args[0];
  let message = args[1];
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesUnwanted(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`,
      stackStartFn: stackStartOf(fn),
    });
  }
  throw actual;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return kNoException;
}

function isThenable(v) {
  return isPromise(v) ||
    (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    // A synchronous throw here rejects rejects() itself: it is not the
    // rejection under test.
    promise = promiseFn();
    if (!isThenable(promise))
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return kNoException;
}

function throws(fn, ...args) {
  expectsError(throws, getActual(fn), args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), args);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // Continue the new stack with the frames of the error passed in, from the
  // first frame the two share. Only V8's "    at" format is recognised;
  // other stacks are left as they are.
  const origStack = err.stack;
  if (typeof origStack === 'string' && typeof newErr.stack === 'string') {
    const start = StringPrototypeIndexOf(origStack, '\n    at');
    if (start !== -1) {
      const origFrames = StringPrototypeSplit(StringPrototypeSlice(origStack, start + 1), '\n');
      let newFrames = StringPrototypeSplit(newErr.stack, '\n');
      for (let i = 0; i < origFrames.length; i++) {
        const pos = ArrayPrototypeIndexOf(newFrames, origFrames[i]);
        if (pos !== -1) {
          newFrames = ArrayPrototypeSlice(newFrames, 0, pos);
          break;
        }
      }
      newErr.stack = `${ArrayPrototypeJoin(newFrames, '\n')}\n${ArrayPrototypeJoin(origFrames, '\n')}`;
    }
  }
  throw newErr;
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wanted = fn === match;
  if (typeof string !== 'string' || (regExpExec(regexp, string) !== null) !== wanted) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          `${typeof string} (${inspect(string)})`;
      } else {
        message = (wanted ? 'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

// The assertion functions are also Assert's methods; called as
// `assert.x(...)` they find no Assert in `this` and use the defaults.
// Assert.prototype.ok is a function of its own: the module's ok() carries
// the other assertions as properties, an instance's does not.
const methods = {
  fail,
  ok: function ok(...args) { innerOk(ok, args.length, args[0], args[1]); },
  equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, partialDeepStrictEqual, throws, rejects, doesNotThrow,
  doesNotReject, ifError, match, doesNotMatch,
};
for (const name of ObjectKeys(methods)) {
  ObjectDefineProperty(Assert.prototype, name, {
    __proto__: null,
    value: methods[name], writable: true, enumerable: false, configurable: true,
  });
}

require('internal/util/comparisons').setImplementation({
  isDeepEqual: (a, b) => isDeepEqual(a, b, kLoose),
  isDeepStrictEqual: (a, b, skipPrototype) => isDeepEqual(a, b, skipPrototype ? kStrictAnyProto : kStrict),
  isPartialStrictEqual: (a, b) => isDeepEqual(a, b, kPartial),
});

// ---------------------------------------------------------------------------
// Exports: the module is ok() itself, with the rest as its properties.

const assert = ok;
assert.AssertionError = AssertionError;
assert.CallTracker = undefined; // defined below; the key keeps Node's place
assert.ok = ok;
assert.fail = fail;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.partialDeepStrictEqual = partialDeepStrictEqual;
assert.match = match;
assert.doesNotMatch = doesNotMatch;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;

// ---------------------------------------------------------------------------
// CallTracker (deprecated, DEP0173): functions that count their calls, and
// a check that each was called as often as expected.

// One tracked function's expectation and calls.
class CallCheck {
  #name;
  #expected;
  #calledAt;
  #calls = [];

  constructor(name, expected, calledAt) {
    this.#name = name;
    this.#expected = expected;
    this.#calledAt = calledAt;
  }

  record(thisArg, args) {
    const call = { thisArg, arguments: ObjectFreeze(ArrayPrototypeSlice(args)) };
    this.#calls[this.#calls.length] = ObjectFreeze(call);
  }

  reset() {
    this.#calls = [];
  }

  calls() {
    return ObjectFreeze(ArrayPrototypeSlice(this.#calls));
  }

  // undefined when the count is right, else what verify() reports.
  report() {
    const count = this.#calls.length;
    if (count === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
        `but was executed ${count} time(s).`,
      actual: count,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#calledAt,
    };
  }
}

// What calls() tracks without a function: nameless, so reports say 'calls'.
const noop = Function.prototype;

class CallTracker {
  #checks = new SafeSet();
  #byFunction = new SafeWeakMap();

  #checkOf(tracked) {
    const check = weakMapGet(this.#byFunction, tracked);
    if (check === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return check;
  }

  // A function that calls fn (a no-op by default) and counts its calls,
  // expected to happen `expected` times.
  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    // eslint-disable-next-line no-restricted-syntax
    const check = new CallCheck(fn.name || 'calls', expected, new Error());
    const tracked = new ProxyCtor(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        check.record(thisArg, args);
        return ReflectApply(target, thisArg, args);
      },
    });
    setAdd(this.#checks, check);
    weakMapSet(this.#byFunction, tracked, check);
    return tracked;
  }

  getCalls(tracked) {
    return this.#checkOf(tracked).calls();
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const check of setToValues(this.#checks)) check.reset();
      return;
    }
    this.#checkOf(tracked).reset();
  }

  report() {
    const errors = [];
    for (const check of setToValues(this.#checks)) {
      const failure = check.report();
      if (failure !== undefined) errors[errors.length] = failure;
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    throw new AssertionError({
      message: errors.length === 1 ? errors[0].message :
        'Functions were not called the expected number of times',
      details: errors,
    });
  }
}

assert.CallTracker = require('util').deprecate(CallTracker, 'assert.CallTracker is deprecated.',
                                               'DEP0173');

// assert.strict: the same functions, the loose names pointing at the strict
// ones, and a default call that is ok() under its own name.
function strict(...args) {
  innerOk(strict, args.length, args[0], args[1]);
}
ObjectAssign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
strict.Assert = Assert;
strict.strict = strict;
assert.strict = strict;
assert.Assert = Assert;

module.exports = assert;
