'use strict';
// util.inspect, printing what Node 24 prints, byte for byte: the same layout
// rules (entries combined on a line while they fit, long arrays set in
// columns), the same quoting and escaping, the same names for every kind of
// object. util.format (lib/util.js) calls it for what is not a string.
//
// What JavaScript cannot see, the engine tells through internalBinding
// ('util'): the state of a promise, the target of a proxy, and the kind of an
// object (internal/util/types.js). Where V8 shows Node something
// JavaScriptCore never shows (a proxy's handler, what a Map or Set iterator
// still holds, the entries of a WeakMap or WeakSet), kiln prints it as
// unknown, in Node's style for such things: `<handler unknown>`,
// `<items unknown>`. Other differences, all on purpose:
//   - Past kKeyScanLimit elements, an array's or typed array's own
//     string-keyed properties are not looked for (see
//     getOwnNonIndexProperties).
//   - Functions show the own properties JavaScriptCore gives them: a sloppy
//     function has no own `arguments` and `caller` (V8's have, as null).
//   - A native error's `stack` shows as V8's accessor with showHidden, and
//     JavaScriptCore's own line, column and sourceURL are left out.
//
// Everything called on a user's value is a builtin captured when this module
// loads, so that a program that patches a prototype does not change what
// inspect prints or make it throw.

const utilBinding = internalBinding('util');
const { getCellType, getProxyTarget, getPromiseDetails } = utilBinding;
const { kindOfCell, isWrapperCell, typedArrayTag, kinds } = require('internal/util/types');
// internal/stack (frames as Node prints them) only once an error is shown.
let stackModule;
const lazyStack = () => (stackModule ??= require('internal/stack'));

const {
  kMap, kSet, kWeakMap, kWeakSet, kPromise, kProxy, kArguments, kError, kDate,
  kRegExp, kNumber, kBoolean, kString, kMapIterator, kSetIterator, kArrayBuffer, kDataView,
} = kinds;

// ---- captured builtins -------------------------------------------------------

// Each method is called through `.call` on the captured function: the one
// lookup left, Function.prototype.call, is one no program can patch and
// still run. (A bound `call`, the usual uncurrying, costs JavaScriptCore
// over ten times as much per call; so does Reflect.apply.)
const FunctionPrototypeCallFn = Function.prototype.call;

const ObjectKeys = Object.keys;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectAssign = Object.assign;
const ObjectSeal = Object.seal;
const ObjectIs = Object.is;
const ObjectIsExtensible = Object.isExtensible;
const ObjectPrototype = Object.prototype;
const objectPrototypeToStringFn = Object.prototype.toString;
const ObjectPrototypeToString = (o) => objectPrototypeToStringFn.call(o);
const {
  hasOwnProperty: hasOwnPropertyFn,
  propertyIsEnumerable: propertyIsEnumerableFn,
  isPrototypeOf: isPrototypeOfFn,
} = Object.prototype;
const ObjectPrototypeHasOwnProperty = (o, k) => hasOwnPropertyFn.call(o, k);
const ObjectPrototypePropertyIsEnumerable = (o, k) => propertyIsEnumerableFn.call(o, k);
const ObjectPrototypeIsPrototypeOf = (p, o) => isPrototypeOfFn.call(p, o);
const ReflectOwnKeys = Reflect.ownKeys;
const ArrayIsArray = Array.isArray;
const {
  join: joinFn, sort: sortFn, splice: spliceFn, indexOf: arrayIndexOfFn, includes: arrayIncludesFn,
  pop: popFn,
} = Array.prototype;
// Shortening an array through its length is a slow path in JavaScriptCore;
// pop is not.
const ArrayPrototypePop = (a) => popFn.call(a);
const ArrayPrototypeJoin = (a, sep) => joinFn.call(a, sep);
const ArrayPrototypeSort = (a, cmp) => sortFn.call(a, cmp);
const ArrayPrototypeSplice = (a, start, count, item) => spliceFn.call(a, start, count, item);
const ArrayPrototypeIndexOf = (a, v) => arrayIndexOfFn.call(a, v);
const ArrayPrototypeIncludes = (a, v) => arrayIncludesFn.call(a, v);
const StringCtor = String;
const {
  slice: sliceFn, indexOf: indexOfFn, lastIndexOf: lastIndexOfFn, includes: includesFn,
  startsWith: startsWithFn, endsWith: endsWithFn, repeat: repeatFn, charCodeAt: charCodeAtFn,
  padStart: padStartFn, padEnd: padEndFn, toLowerCase: toLowerCaseFn, split: splitFn,
  replaceAll: replaceAllFn, valueOf: stringValueOfFn, normalize: normalizeFn,
} = String.prototype;
const StringPrototypeSlice = (s, a, b) => sliceFn.call(s, a, b);
const StringPrototypeIndexOf = (s, v, from) => indexOfFn.call(s, v, from);
const StringPrototypeLastIndexOf = (s, v) => lastIndexOfFn.call(s, v);
const StringPrototypeIncludes = (s, v) => includesFn.call(s, v);
const StringPrototypeStartsWith = (s, v) => startsWithFn.call(s, v);
const StringPrototypeEndsWith = (s, v) => endsWithFn.call(s, v);
const StringPrototypeRepeat = (s, n) => repeatFn.call(s, n);
const StringPrototypeCharCodeAt = (s, i) => charCodeAtFn.call(s, i);
const StringPrototypePadStart = (s, n, f) => padStartFn.call(s, n, f);
const StringPrototypePadEnd = (s, n, f) => padEndFn.call(s, n, f);
const StringPrototypeToLowerCase = (s) => toLowerCaseFn.call(s);
const StringPrototypeSplit = (s, sep) => splitFn.call(s, sep);
const StringPrototypeReplaceAll = (s, a, b) => replaceAllFn.call(s, a, b);
const StringPrototypeValueOf = (s) => stringValueOfFn.call(s);
const StringPrototypeNormalize = (s, form) => normalizeFn.call(s, form);
const regExpPrototypeExecFn = RegExp.prototype.exec;
const RegExpPrototypeExec = (s, a, b) => regExpPrototypeExecFn.call(s, a, b);
const regExpPrototypeToStringFn = RegExp.prototype.toString;
const RegExpPrototypeToString = (s, a, b) => regExpPrototypeToStringFn.call(s, a, b);
const regExpPrototypeSymbolReplaceFn = RegExp.prototype[Symbol.replace];
const RegExpPrototypeSymbolReplace = (s, a, b) => regExpPrototypeSymbolReplaceFn.call(s, a, b);
const RegExpCtor = RegExp;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const numberPrototypeToStringFn = Number.prototype.toString;
const NumberPrototypeToString = (s, a, b) => numberPrototypeToStringFn.call(s, a, b);
const numberPrototypeValueOfFn = Number.prototype.valueOf;
const NumberPrototypeValueOf = (s, a, b) => numberPrototypeValueOfFn.call(s, a, b);
const booleanPrototypeValueOfFn = Boolean.prototype.valueOf;
const BooleanPrototypeValueOf = (s, a, b) => booleanPrototypeValueOfFn.call(s, a, b);
const bigIntPrototypeValueOfFn = BigInt.prototype.valueOf;
const BigIntPrototypeValueOf = (s, a, b) => bigIntPrototypeValueOfFn.call(s, a, b);
const symbolPrototypeValueOfFn = Symbol.prototype.valueOf;
const SymbolPrototypeValueOf = (s, a, b) => symbolPrototypeValueOfFn.call(s, a, b);
const symbolPrototypeToStringFn = Symbol.prototype.toString;
const SymbolPrototypeToString = (s, a, b) => symbolPrototypeToStringFn.call(s, a, b);
const datePrototypeGetTimeFn = Date.prototype.getTime;
const DatePrototypeGetTime = (s, a, b) => datePrototypeGetTimeFn.call(s, a, b);
const datePrototypeToISOStringFn = Date.prototype.toISOString;
const DatePrototypeToISOString = (s, a, b) => datePrototypeToISOStringFn.call(s, a, b);
const datePrototypeToStringFn = Date.prototype.toString;
const DatePrototypeToString = (s, a, b) => datePrototypeToStringFn.call(s, a, b);
const errorPrototypeToStringFn = Error.prototype.toString;
const ErrorPrototypeToString = (s, a, b) => errorPrototypeToStringFn.call(s, a, b);
const ErrorPrototype = Error.prototype;
const functionPrototypeToStringFn = Function.prototype.toString;
const FunctionPrototypeToString = (s, a, b) => functionPrototypeToStringFn.call(s, a, b);
const MathMin = Math.min;
const MathMax = Math.max;
const MathFloor = Math.floor;
const MathRound = Math.round;
const MathSqrt = Math.sqrt;
const mapPrototypeGetSizeFn = ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get;
const MapPrototypeGetSize = (s) => mapPrototypeGetSizeFn.call(s);
// (As they were before any program ran: see internal/bootstrap.)
const collectionMethods = natives.collectionMethods;
const mapPrototypeEntriesFn = collectionMethods.mapEntries;
const MapPrototypeEntries = (s, a, b) => mapPrototypeEntriesFn.call(s, a, b);
const mapIteratorNextFn = ObjectGetPrototypeOf(mapPrototypeEntriesFn.call(new Map())).next;
const MapIteratorNext = (s, a, b) => mapIteratorNextFn.call(s, a, b);
const { get: mapGetFn, set: mapSetFn } = Map.prototype;
const MapPrototypeGet = (m, k) => mapGetFn.call(m, k);
const MapPrototypeSet = (m, k, v) => mapSetFn.call(m, k, v);
const { add: setAddFn, has: setHasFn } = Set.prototype;
const SetPrototypeAdd = (s, v) => setAddFn.call(s, v);
const SetPrototypeHas = (s, v) => setHasFn.call(s, v);
const setPrototypeGetSizeFn = ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get;
const SetPrototypeGetSize = (s) => setPrototypeGetSizeFn.call(s);
const setPrototypeValuesFn = collectionMethods.setValues;
const SetPrototypeValues = (s, a, b) => setPrototypeValuesFn.call(s, a, b);
const setIteratorNextFn = ObjectGetPrototypeOf(setPrototypeValuesFn.call(new Set())).next;
const SetIteratorNext = (s, a, b) => setIteratorNextFn.call(s, a, b);
const typedArrayPrototypeGetLengthFn = ObjectGetOwnPropertyDescriptor(ObjectGetPrototypeOf(Uint8Array.prototype), 'length').get;
const TypedArrayPrototypeGetLength = (s) => typedArrayPrototypeGetLengthFn.call(s);
const Uint8ArrayCtor = Uint8Array;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function() {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function*() {});
const NumberPrototype = Number.prototype;
const BooleanPrototype = Boolean.prototype;

function arrayPush(arr, v) {
  arr[arr.length] = v;
}

// ---- options -----------------------------------------------------------------

const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// What formatProperty formats: a property, an array element (no name), a
// property of an array (grouped with the elements).
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Strings shorter than this are never split at their newlines.
const kMinLineWidth = 16;

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// The capitalised globals of a fresh process, whose prototypes Node treats as
// the language's own: the engine's, not the ones Node adds (URL, Blob,
// EventTarget, ...), which its inspect.js loads before. Taken without
// reading accessors, so lazily made globals stay unmade.
let builtInObjectsCache;
function builtInObjects() {
  if (builtInObjectsCache !== undefined) return builtInObjectsCache;
  builtInObjectsCache = new Set();
  const { isNodeGlobal } = require('internal/globals');
  const names = ObjectGetOwnPropertyNames(globalThis);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (isNodeGlobal(name)) continue;
    const c = StringPrototypeCharCodeAt(name, 0);
    if (c < 65 || c > 90 || name.length < 2) continue;
    let ok = true;
    for (let j = 1; j < name.length && ok; j++) {
      const d = StringPrototypeCharCodeAt(name, j);
      ok = (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122);
    }
    if (ok) SetPrototypeAdd(builtInObjectsCache, name);
  }
  return builtInObjectsCache;
}

// ---- styles ------------------------------------------------------------------

function stylizeNoColor(str) {
  return str;
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

// The length of a string as the terminal shows it, without SGR sequences
// (the only escapes inspect itself writes).
function removeColors(str) {
  let out = '';
  let last = 0;
  let i = StringPrototypeIndexOf(str, '\u001b[');
  while (i !== -1) {
    let j = i + 2;
    const d0 = StringPrototypeCharCodeAt(str, j);
    if (d0 >= 48 && d0 <= 57) {
      j++;
      const d1 = StringPrototypeCharCodeAt(str, j);
      if (d1 >= 48 && d1 <= 57) j++;
      if (StringPrototypeCharCodeAt(str, j) === 109) { // 'm'
        out += StringPrototypeSlice(str, last, i);
        last = j + 1;
      }
    }
    i = StringPrototypeIndexOf(str, '\u001b[', i + 1);
  }
  return last === 0 ? str : out + StringPrototypeSlice(str, last);
}

// removeColors(str).length, without building the string.
function colorlessLength(str) {
  let length = str.length;
  let i = StringPrototypeIndexOf(str, '\u001b[');
  while (i !== -1) {
    let j = i + 2;
    const d0 = StringPrototypeCharCodeAt(str, j);
    if (d0 >= 48 && d0 <= 57) {
      j++;
      const d1 = StringPrototypeCharCodeAt(str, j);
      if (d1 >= 48 && d1 <= 57) j++;
      if (StringPrototypeCharCodeAt(str, j) === 109) length -= j + 1 - i; // 'm'
    }
    i = StringPrototypeIndexOf(str, '\u001b[', i + 1);
  }
  return length;
}

// ---- strings -----------------------------------------------------------------

// The escape of each code unit below 160 that needs one ('' for none).
const meta = [];
for (let i = 0; i < 160; i++) {
  if (i < 32 || (i >= 127 && i < 160)) {
    meta[i] = `\\x${i < 16 ? '0' : ''}${NumberPrototypeToString(i, 16).toUpperCase()}`;
  } else {
    meta[i] = '';
  }
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

// Escapes control characters, backslashes, lone surrogates and (when
// `quote` is the single quote) single quotes. Returns the string itself
// when nothing needs escaping.
function escapeChars(str, quote) {
  let result = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 32 || c === 92 || (c > 126 && c < 160) || (c === 39 && quote === 39)) {
      result += StringPrototypeSlice(str, last, i) + meta[c];
      last = i + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const d = StringPrototypeCharCodeAt(str, i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${StringPrototypeSlice(str, last, i)}\\u${NumberPrototypeToString(c, 16)}`;
      last = i + 1;
    }
  }
  if (last === 0) return str;
  return result + StringPrototypeSlice(str, last);
}

// A string literal: single quotes, unless the string holds one; then double
// quotes, or backticks if it holds double quotes too (and no backtick or
// `${`); with all three it is single quotes and escaped single quotes.
function strEscape(str) {
  let quote = 39;
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) quote = 34;
    else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) quote = 96;
  }
  const body = escapeChars(str, quote);
  if (quote === 39) return `'${body}'`;
  if (quote === 34) return `"${body}"`;
  return `\`${body}\``;
}

function isIdentifierKey(key) {
  const len = key.length;
  if (len === 0) return false;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(key, i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) continue;
    if (i > 0 && c >= 48 && c <= 57) continue;
    return false;
  }
  return true;
}

// ---- primitives --------------------------------------------------------------

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = StringPrototypeCharCodeAt(integerString, 0) === 45 ? 1 : 0; // '-'
  for (; i >= start + 4; i -= 3) result = `_${StringPrototypeSlice(integerString, i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${StringPrototypeSlice(integerString, 0, i)}${result}`;
}

function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) result += `${StringPrototypeSlice(fraction, i, i + 3)}_`;
  return i === 0 ? fraction : `${result}${StringPrototypeSlice(fraction, i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (ObjectIs(number, -0)) return fn('-0', 'number');
  const str = `${number}`;
  if (!numericSeparator || !NumberIsFinite(number) || StringPrototypeIncludes(str, 'e')) {
    return fn(str, 'number');
  }
  const dot = StringPrototypeIndexOf(str, '.');
  if (dot === -1) return fn(addNumericSeparator(str), 'number');
  return fn(`${addNumericSeparator(StringPrototypeSlice(str, 0, dot))}.${
    addNumericSeparatorEnd(StringPrototypeSlice(str, dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = `${bigint}`;
  if (!numericSeparator) return fn(`${str}n`, 'bigint');
  return fn(`${addNumericSeparator(str)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // A long string is shown as the sum of its lines, each on its own line.
      // Like Node, this counts code units, not columns.
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const sep = ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`;
        let out = '';
        let start = 0;
        for (;;) {
          const nl = StringPrototypeIndexOf(value, '\n', start);
          const end = nl === -1 ? value.length : nl + 1;
          if (start !== 0) out += sep;
          out += fn(strEscape(StringPrototypeSlice(value, start, end)), 'string');
          start = end;
          if (nl === -1 || start === value.length) break;
        }
        return out + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(SymbolPrototypeToString(value), 'symbol');
  }
}

// ---- names -------------------------------------------------------------------

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && !tagInName(constructor, tag)) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// Node leaves out a tag that the constructor's name already says: the
// whole name, or a CamelCase word of it (MyMap, not Map2 or Mapper), judged
// at the tag's first occurrence.
function tagInName(constructor, tag) {
  const i = StringPrototypeIndexOf(constructor, tag);
  if (i === -1) return false;
  const next = constructor[i + tag.length];
  return next === undefined || next !== StringPrototypeToLowerCase(next);
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// V8 knows the class an object was made by even when its prototype chain
// says nothing; JavaScriptCore does not tell, so this names the kind.
function engineClassName(obj) {
  if (typeof obj === 'function') return 'Function';
  if (ArrayIsArray(obj)) return 'Array';
  switch (kindOfCell(getCellType(obj))) {
    case kMap: return 'Map';
    case kSet: return 'Set';
    case kWeakMap: return 'WeakMap';
    case kWeakSet: return 'WeakSet';
    case kPromise: return 'Promise';
    case kError: return 'Error';
    case kDate: return 'Date';
    case kRegExp: return 'RegExp';
    case kNumber: return 'Number';
    case kBoolean: return 'Boolean';
    case kString: return 'String';
    case kArrayBuffer: return 'ArrayBuffer';
    case kDataView: return 'DataView';
    default: {
      const tag = typedArrayTag(obj);
      return tag !== undefined ? tag : 'Object';
    }
  }
}

// The name of the nearest constructor whose instance obj is; null when the
// chain ends without one. With showHidden, collects the properties the
// prototypes in between define (protoProps).
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !SetPrototypeHas(builtInObjects(), descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return StringCtor(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = engineClassName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// The non-method properties of up to three user-defined prototypes, shown
// dimmed after the object's own with showHidden.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          SetPrototypeHas(builtInObjects(), descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (let i = 0; i < keys.length; i++) SetPrototypeAdd(keySet, keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    arrayPush(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && SetPrototypeHas(keySet, key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      arrayPush(output, ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.length--;
  } while (++depth !== 3);
}

// ---- keys --------------------------------------------------------------------

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) arrayPush(keys, symbols[i]);
  } else {
    keys = ObjectKeys(value);
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) arrayPush(keys, symbols[i]);
    }
  }
  return keys;
}

function isIndexKey(key) {
  if (typeof key !== 'string') return false;
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const c0 = StringPrototypeCharCodeAt(key, 0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && len > 1)) return false;
  for (let i = 1; i < len; i++) {
    const c = StringPrototypeCharCodeAt(key, i);
    if (c < 48 || c > 57) return false;
  }
  return len < 10 || +key < 4294967295;
}

// The own keys of an array or typed array that are not indices.
//
// JavaScript can only list them with the indices, and JavaScriptCore makes
// a string of every index (over a microsecond each past a few thousand), so
// a large array would take seconds where Node takes nothing. Up to
// kKeyScanLimit elements the keys are listed (the engine puts the indices
// first, so a binary search finds where the rest starts); past it, unless
// the binding can list them directly, kiln shows only the symbols (and,
// with showHidden, an array's length): a string-keyed property added to an
// array that long is not shown.
const kKeyScanLimit = 8192;
let hasPlainShapeFn;
function hasPlainShape(value) {
  hasPlainShapeFn ??= require('internal/util/comparisons').hasPlainShape;
  return hasPlainShapeFn(value);
}
const bindingNonIndexKeys = utilBinding.getOwnNonIndexProperties;
// The keys of such an array: none, and a sign for formatArray that its
// elements are plain data properties (an accessor on an index changes the
// shape). Never written to.
const kPlainArrayKeys = [];

function getOwnNonIndexProperties(value, showHidden, length) {
  if (typeof bindingNonIndexKeys === 'function') return bindingNonIndexKeys(value, showHidden ? 0 : 1);
  // An array or typed array whose shape says it has nothing but elements:
  // one call into the engine, where listing keys makes a string per index
  // and listing symbols of even a short array costs more than that call.
  if (!showHidden && length !== 0 && hasPlainShape(value)) return kPlainArrayKeys;
  const keys = [];
  if (length <= kKeyScanLimit) {
    const names = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (isIndexKey(names[mid])) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < names.length; i++) arrayPush(keys, names[i]);
  } else if (showHidden && ArrayIsArray(value)) {
    arrayPush(keys, 'length');
  }
  const symbols = ObjectGetOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (showHidden || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) arrayPush(keys, symbols[i]);
  }
  return keys;
}

// ---- the value ---------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  let cell = getCellType(value);
  let isProxy = false;
  if (kindOfCell(cell) === kProxy) {
    // A module namespace (a Proxy in kiln, not in V8) shows as one, from
    // its bindings.
    const bindings = require('internal/modules/esm/namespace').namespaceBindings(value);
    if (bindings !== undefined) {
      value = bindings;
      cell = getCellType(value);
    } else {
      const target = getProxyTarget(value);
      if (target === undefined || isRevoked(value)) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) return formatProxy(ctx, target, recurseTimes);
      // Like Node, look at the target from here on, so no trap runs.
      value = target;
      cell = getCellType(value);
      isProxy = true;
    }
  }

  if (ctx.customInspect) {
    const maybeCustom = value[inspectCustom];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = isProxy || !ObjectPrototypeIsPrototypeOf(ObjectPrototype, context);
      const ret = FunctionPrototypeCallFn.call(maybeCustom, context, depth,
                                                getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return StringPrototypeReplaceAll(ret, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  const seen = ctx.seen;
  for (let i = 0; i < seen.length; i++) {
    if (seen[i] === value) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        MapPrototypeSet(ctx.circular, value, index);
      } else {
        index = MapPrototypeGet(ctx.circular, value);
        if (index === undefined) {
          index = MapPrototypeGetSize(ctx.circular) + 1;
          MapPrototypeSet(ctx.circular, value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }
  }

  return formatRaw(ctx, value, recurseTimes, typedArray, cell);
}

// A revoked proxy keeps its target in JavaScriptCore; what tells is that
// Array.isArray throws for it (and, on a live proxy, runs no trap).
function isRevoked(proxy) {
  try {
    ArrayIsArray(proxy);
    return false;
  } catch {
    return true;
  }
}

// The options a custom inspect function receives: the effective options,
// the user's own extra keys, and stylize. An object from "elsewhere" (a
// proxy, or an object without Object.prototype) gets a copy without
// prototype or object values, and a stylize that cannot throw.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    const keys = ObjectKeys(ret);
    for (let i = 0; i < keys.length; i++) {
      const v = ret[keys[i]];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) delete ret[keys[i]];
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // The caller gets the plain text.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

// showProxy: Node prints `Proxy [ target, handler ]`. JavaScriptCore gives
// no way to reach a proxy's handler, so kiln prints the target and marks
// the handler unknown.
function formatProxy(ctx, target, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, target, recurseTimes), ctx.stylize('<handler unknown>', 'special')];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// What a formatter produces before the properties (see formatRaw).
const kFmtNone = 0;
const kFmtArray = 1;
const kFmtSet = 2;
const kFmtMap = 3;
const kFmtTypedArray = 4;
const kFmtIterator = 5;
const kFmtArrayBuffer = 6;
const kFmtDataView = 7;
const kFmtPromise = 8;
const kFmtWeak = 9;
const kFmtNamespace = 10;
const kFmtByteLength = 11; // an ArrayBuffer inside a typed array: no bytes
const kFmtSetIterator = 12;

// The href of a real URL (checked through its brand, not its shape), else
// undefined. The getter is looked up once, from kiln's own URL class; only
// objects that inherit from it are tried, since the getter throws for
// anything else and an exception is costly. Before internal/url has loaded
// there is no URL (loading it would cost the first inspection of an object
// milliseconds).
let urlPrototype;
let urlHrefGetter;
function urlHref(value) {
  if (urlHrefGetter === undefined) {
    if (!natives.isBuiltinLoaded('internal/url')) return undefined;
    urlPrototype = require('internal/url').URL.prototype;
    urlHrefGetter = ObjectGetOwnPropertyDescriptor(urlPrototype, 'href').get;
  }
  if (!ObjectPrototypeIsPrototypeOf(urlPrototype, value)) return undefined;
  try {
    return FunctionPrototypeCallFn.call(urlHrefGetter, value);
  } catch {
    return undefined;
  }
}

function formatRaw(ctx, value, recurseTimes, typedArray, cell) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  // Reset the variable to check for this later on.
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = '';
  try {
    tag = value[SymbolToStringTag];
  } catch {
    // A getter that throws: no tag.
  }
  // Only a tag the keys do not show already.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? ObjectPrototypeHasOwnProperty(value, SymbolToStringTag) :
        ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag)))) {
    tag = '';
  }

  const kind = kindOfCell(cell);
  let base = '';
  let formatter = kFmtNone;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let fallback = 'Object';
  let size = 0;

  // Like Node, the iterable kinds are recognised only on objects that are
  // iterable or have no constructor.
  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      fallback = 'Array';
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden, value.length);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = kFmtArray;
    } else if (kind === kSet) {
      fallback = 'Set';
      size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = kFmtSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === kMap) {
      fallback = 'Map';
      size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = kFmtMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (typedArrayTag(value) !== undefined) {
      const name = typedArrayTag(value);
      fallback = name;
      size = TypedArrayPrototypeGetLength(value);
      keys = getOwnNonIndexProperties(value, ctx.showHidden, size);
      const prefix = getPrefix(constructor, tag, constructor === null ? name : '', `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = kFmtTypedArray;
      extrasType = kArrayExtrasType;
    } else if (kind === kMapIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = kFmtIterator;
    } else if (kind === kSetIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = kFmtSetIterator;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      fallback = 'Function';
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (kind === kArguments) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (kind === kRegExp) {
      fallback = 'RegExp';
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExpCtor(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (kind === kDate) {
      fallback = 'Date';
      if (NumberIsNaN(DatePrototypeGetTime(value))) base = DatePrototypeToString(value);
      else base = DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (kind === kError || isErrorLike(value)) {
      fallback = 'Error';
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (kind === kArrayBuffer) {
      fallback = 'ArrayBuffer';
      const prefix = getPrefix(constructor, tag, 'ArrayBuffer');
      if (typedArray === undefined) {
        formatter = kFmtArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      } else {
        formatter = kFmtByteLength;
      }
      braces[0] = `${prefix}{`;
    } else if (kind === kDataView) {
      fallback = 'DataView';
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      formatter = kFmtDataView;
    } else if (kind === kPromise) {
      fallback = 'Promise';
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = kFmtPromise;
    } else if (kind === kWeakSet) {
      fallback = 'WeakSet';
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = kFmtWeak;
    } else if (kind === kWeakMap) {
      fallback = 'WeakMap';
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = kFmtWeak;
    } else if (isNamespace(value, constructor)) {
      fallback = 'Module';
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = kFmtNamespace;
    } else {
      const boxed = boxedType(value, kind, cell);
      if (boxed !== '') {
        fallback = boxed;
        base = getBoxedBase(value, boxed, ctx, keys, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if ((recurseTimes <= ctx.depth || ctx.depth === null) && urlHref(value) !== undefined) {
        // A URL that reaches here (customInspect off, as assert's messages
        // have it) shows as its href, as in Node: `http://foo/ { x: 1 }`.
        base = urlHref(value);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) {
          return `${getPrefix(constructor, tag, 'Object')}{}`;
        }
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen[ctx.seen.length] = value;
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = runFormatter(formatter, ctx, value, recurseTimes, keys, braces, size);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      // V8 keeps an error's stack behind an accessor; kiln turns it into
      // data once read. Shown as V8's.
      const desc = key === 'stack' && fallback === 'Error' ? stackDescriptor(value) : undefined;
      arrayPush(output, formatProperty(ctx, value, recurseTimes, key, extrasType, desc));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) arrayPush(output, protoProps[i]);
    }
  } catch (err) {
    const constructorName = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      // Add reference always to the very beginning of the output.
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      const start = output.length - keys.length;
      const tail = [];
      for (let i = start; i < output.length; i++) arrayPush(tail, output[i]);
      ArrayPrototypeSort(tail, comparator);
      for (let i = 0; i < tail.length; i++) output[start + i] = tail[i];
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Stop descending once the output of one level grows past 128 MiB.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function runFormatter(formatter, ctx, value, recurseTimes, keys, braces, size) {
  switch (formatter) {
    case kFmtNone: return [];
    case kFmtArray: return formatArray(ctx, value, recurseTimes, keys === kPlainArrayKeys);
    case kFmtSet: return formatSet(ctx, value, recurseTimes, size);
    case kFmtMap: return formatMap(ctx, value, recurseTimes, size);
    case kFmtTypedArray: return formatTypedArray(ctx, value, recurseTimes, size);
    case kFmtIterator: return formatIterator(ctx, value, recurseTimes, braces, false);
    case kFmtSetIterator: return formatIterator(ctx, value, recurseTimes, braces, true);
    case kFmtArrayBuffer: {
      const output = formatArrayBuffer(ctx, value);
      arrayPush(output, formatExtraProperty(ctx, 'byteLength', value.byteLength, recurseTimes));
      return output;
    }
    case kFmtByteLength:
      return [formatExtraProperty(ctx, 'byteLength', value.byteLength, recurseTimes)];
    case kFmtDataView:
      return [
        formatExtraProperty(ctx, 'byteLength', dataViewProperty(ctx, value, 'byteLength'), recurseTimes),
        formatExtraProperty(ctx, 'byteOffset', dataViewProperty(ctx, value, 'byteOffset'), recurseTimes),
        formatExtraProperty(ctx, 'buffer', value.buffer, recurseTimes),
      ];
    case kFmtPromise: return formatPromise(ctx, value, recurseTimes);
    case kFmtWeak: return [ctx.stylize('<items unknown>', 'special')];
    case kFmtNamespace: return formatNamespaceObject(ctx, value, recurseTimes, keys);
  }
  return [];
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (err !== null && typeof err === 'object' && err instanceof RangeError &&
      StringPrototypeIncludes(`${err.message}`, 'call stack')) {
    ctx.seen.length--;
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// What a Map or Set iterator has left, without taking it (V8 lets Node
// read it; JavaScriptCore has no such call): the binding
// makes a copy at the same place (src/binding/util.c), read here with the
// engine's own next(). An engine whose iterators it does not understand
// gives undefined: then `<items unknown>`.
const mapPrototypeKeysFn = collectionMethods.mapKeys;
const mapPrototypeValuesFn = collectionMethods.mapValues;
const setPrototypeEntriesFn = collectionMethods.setEntries;
const kIterKeys = 0;
const kIterEntries = 2;
function makeMapIterator(map, kind) {
  return (kind === kIterKeys ? mapPrototypeKeysFn : kind === kIterEntries ? mapPrototypeEntriesFn :
    mapPrototypeValuesFn).call(map);
}
function makeSetIterator(set, kind) {
  return (kind === kIterEntries ? setPrototypeEntriesFn : setPrototypeValuesFn).call(set);
}

// [entries, isKeyValue] (pairs flattened: key, value, key, value, ...), or
// undefined when unknown.
function previewIterator(value, isSet) {
  const copy = utilBinding.cloneIterator(value, isSet, isSet ? makeSetIterator : makeMapIterator);
  if (copy === undefined) return undefined;
  if (copy === null) return [[], false];
  const it = copy[0];
  const isKeyValue = copy[1] === kIterEntries;
  const next = isSet ? setIteratorNextFn : mapIteratorNextFn;
  const entries = [];
  for (;;) {
    const step = next.call(it);
    if (step.done) break;
    if (isKeyValue) {
      arrayPush(entries, step.value[0]);
      arrayPush(entries, step.value[1]);
    } else {
      arrayPush(entries, step.value);
    }
  }
  return [entries, isKeyValue];
}

function formatIterator(ctx, value, recurseTimes, braces, isSet) {
  const preview = previewIterator(value, isSet);
  if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
  const entries = preview[0];
  const isKeyValue = preview[1];
  const count = isKeyValue ? entries.length / 2 : entries.length;
  const maxLength = MathMin(MathMax(ctx.maxArrayLength, 0), count);
  const output = [];
  ctx.indentationLvl += 2;
  if (isKeyValue) {
    // Entries: "[Map Entries]", each pair an array.
    braces[0] = RegExpPrototypeSymbolReplace(/ Iterator] {$/, braces[0], ' Entries] {');
    for (let i = 0; i < maxLength; i++) {
      const pair = [formatValue(ctx, entries[2 * i], recurseTimes), formatValue(ctx, entries[2 * i + 1], recurseTimes)];
      arrayPush(output, reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
    }
  } else {
    for (let i = 0; i < maxLength; i++) arrayPush(output, formatValue(ctx, entries[i], recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (count > maxLength) arrayPush(output, remainingText(count - maxLength));
  return output;
}

function isErrorLike(value) {
  return ObjectPrototypeIsPrototypeOf(ErrorPrototype, value);
}

function isNamespace(value, constructor) {
  if (constructor !== null) return false;
  const d = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
  return d !== undefined && d.value === 'Module' && !d.writable && !d.enumerable &&
    !d.configurable && !ObjectIsExtensible(value);
}

function boxedType(value, kind, cell) {
  if (kind === kNumber) return value === NumberPrototype ? '' : 'Number';
  if (kind === kBoolean) return value === BooleanPrototype ? '' : 'Boolean';
  if (kind === kString) return 'String';
  if (isWrapperCell(cell) && typeof value === 'object') {
    // Boxed symbols and bigints share their type byte with plain objects.
    try {
      SymbolPrototypeValueOf(value);
      return 'Symbol';
    } catch {
      // not a Symbol object
    }
    try {
      BigIntPrototypeValueOf(value);
      return 'BigInt';
    } catch {
      // not a BigInt object
    }
  }
  return '';
}

function getBoxedBase(value, type, ctx, keys, constructor, tag) {
  let primitive;
  switch (type) {
    case 'Number': primitive = NumberPrototypeValueOf(value); break;
    case 'String': {
      primitive = StringPrototypeValueOf(value);
      // The indices only repeat the string.
      const n = primitive.length;
      let j = 0;
      for (let i = n; i < keys.length; i++) keys[j++] = keys[i];
      keys.length = MathMax(0, keys.length - n);
      break;
    }
    case 'Boolean': primitive = BooleanPrototypeValueOf(value); break;
    case 'BigInt': primitive = BigIntPrototypeValueOf(value); break;
    default: primitive = SymbolPrototypeValueOf(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

// ---- functions ---------------------------------------------------------------

// Removes // and /* */ comments, for the class test below.
function stripComments(src) {
  let out = '';
  let i = 0;
  for (;;) {
    const line = StringPrototypeIndexOf(src, '//', i);
    const block = StringPrototypeIndexOf(src, '/*', i);
    if (line === -1 && block === -1) break;
    if (block === -1 || (line !== -1 && line < block)) {
      const end = StringPrototypeIndexOf(src, '\n', line);
      if (end === -1) break;
      out += StringPrototypeSlice(src, i, line);
      i = end + 1;
    } else {
      const end = StringPrototypeIndexOf(src, '*/', block + 2);
      if (end === -1) break;
      out += StringPrototypeSlice(src, i, block);
      i = end + 2;
    }
  }
  return out + StringPrototypeSlice(src, i);
}

// Whether a function's source is a class: it reads `class ... {...}` and no
// parenthesis comes before the body's brace (a method named `class` has
// one), unless, comments removed, what follows `class` is a space and a
// heritage without a call.
function isClassSource(src) {
  if (!StringPrototypeStartsWith(src, 'class') || !StringPrototypeEndsWith(src, '}')) return false;
  const rest = StringPrototypeSlice(src, 5, -1);
  const brace = StringPrototypeIndexOf(rest, '{');
  if (brace === -1) return false;
  if (!StringPrototypeIncludes(StringPrototypeSlice(rest, 0, brace), '(')) return true;
  const plain = stripComments(rest);
  const c = StringPrototypeCharCodeAt(plain, 0);
  if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 ||
        c === 0x2029)) {
    return false;
  }
  const b = StringPrototypeIndexOf(plain, '{');
  return b !== -1 && !StringPrototypeIncludes(StringPrototypeSlice(plain, 0, b), '(');
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  const source = FunctionPrototypeToString(value);
  if (isClassSource(source)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  const proto = ObjectGetPrototypeOf(value);
  const native = StringPrototypeEndsWith(source, '[native code]\n}');
  if (!native && (proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype)) {
    type = `Generator${type}`;
  }
  if (!native && (proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype)) {
    type = `Async${type}`;
  }
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---- errors ------------------------------------------------------------------

// A JavaScriptCore frame: `fn@file:line:col`, `@file:line:col`, `fn@[native code]`.
const kEngineFrame = /^[^\n@]*@(?:\[native code\]|[^\n]*:\d+:\d+)$/;

function firstLine(str) {
  const nl = StringPrototypeIndexOf(str, '\n');
  return nl === -1 ? str : StringPrototypeSlice(str, 0, nl);
}

// The header V8 writes at the top of a stack: `name: message`, either
// alone when the other is empty.
function stackHeader(err) {
  const header = lazyStack().errorHeader(err);
  return StringPrototypeStartsWith(header, ': ') ? StringPrototypeSlice(header, 2) : header;
}

// err.stack as V8 writes it. JavaScriptCore's own stacks are frames alone,
// `fn@file:line:col`; they get the header and Node's `    at` form. Like
// V8's (written on first read of .stack), the header reflects the name and
// message as they are now. A stack someone assigned is left as it is.
function nodeStack(err, stack) {
  const first = firstLine(stack);
  if (RegExpPrototypeExec(kEngineFrame, first) !== null) {
    const frames = lazyStack().convertStack(stack);
    const header = stackHeader(err);
    return frames === '' ? header : `${header}\n${frames}`;
  }
  return stack;
}

function getStackString(ctx, err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    // A getter that throws: the error shows as if it had no stack.
  }
  if (stack) {
    if (typeof stack === 'string') return nodeStack(err, stack);
    // Node shows a stack that is not a string under the error's header,
    // laid out four columns in with every level on lines of its own
    // (the NaN depth makes each comparison that would shorten it false).
    ctx.indentationLvl += 4;
    const str = formatValue(ctx, stack, NaN);
    ctx.indentationLvl -= 4;
    return `${ErrorPrototypeToString(err)}\n    ${str}`;
  }
  return ErrorPrototypeToString(err);
}

// Without showHidden, an own `stack` key is not listed, nor `name` and
// `message` when the stack shows them already; `values` holds the name and
// message as formatError read them, kThrew for a getter that threw (such
// a key stays listed).
const kThrew = Symbol('kThrew');
function removeDuplicateErrorKeys(ctx, keys, stack, values) {
  if (!ctx.showHidden && keys.length !== 0) {
    const names = ['name', 'message', 'stack'];
    for (let n = 0; n < 3; n++) {
      const index = ArrayPrototypeIndexOf(keys, names[n]);
      if (index === -1) continue;
      const v = n < 2 ? values[n] : undefined;
      if (v === kThrew) continue;
      if (n === 2 || typeof v !== 'string' || StringPrototypeIncludes(stack, v)) {
        for (let i = index; i < keys.length - 1; i++) keys[i] = keys[i + 1];
        keys.length--;
      }
    }
  }
}

function stackDescriptor(err) {
  const desc = ObjectGetOwnPropertyDescriptor(err, 'stack');
  if (desc === undefined || desc.enumerable || !ObjectPrototypeHasOwnProperty(desc, 'value')) return desc;
  return { get: kStackGetter, set: kStackSetter, enumerable: false, configurable: true };
}
function kStackGetter() {
  return this.stack;
}
function kStackSetter() {}

// With showHidden, the own properties of a native error are V8's: `stack`
// first, and not JavaScriptCore's line, column and sourceURL.
function fixHiddenErrorKeys(keys, err) {
  let j = 0;
  let hasStack = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if ((key === 'line' || key === 'column' || key === 'sourceURL') &&
        !ObjectPrototypePropertyIsEnumerable(err, key)) {
      continue;
    }
    if (key === 'stack') {
      hasStack = true;
      continue;
    }
    keys[j++] = key;
  }
  keys.length = j;
  if (hasStack) {
    for (let i = keys.length; i > 0; i--) keys[i] = keys[i - 1];
    keys[0] = 'stack';
  }
}

// The name a stack starts with, for errors without a prototype: a
// capitalised name followed by `:` or by the frames, or a whole stack that
// is a name ending in "Error".
const kStackNameRe = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/;
const kErrorNameRe = /^([a-z_A-Z0-9-]*Error)$/;

function improveStack(stack, constructor, name, tag) {
  // A name that is not a string (a number, an array, ...) gets the class
  // after it where the stack first shows it: `404 [RangeError]: foo`.
  if (typeof name !== 'string') {
    const text = `${name}`;
    const at = StringPrototypeIndexOf(stack, text);
    if (at !== -1) {
      const cls = StringPrototypeSlice(getPrefix(constructor, tag, 'Error'), 0, -1);
      stack = `${StringPrototypeSlice(stack, 0, at)}${text} [${cls}]${StringPrototypeSlice(stack, at + text.length)}`;
    }
  }
  // A stack trace may contain arbitrary data. Only manipulate the output
  // for errors that look normal.
  let len = name.length;
  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') && StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(kStackNameRe, stack) ||
        RegExpPrototypeExec(kErrorNameRe, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        if (len === 0) stack = `${prefix}: ${stack}`;
        else stack = `${prefix}${StringPrototypeSlice(stack, len)}`;
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

// The first run of more than three frames the two stacks share, as
// [length, offset in a]; [0, 0] when there is none.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    const maxLen = MathMin(a.length - i, rest);
    let len = 1;
    while (len < maxLen && a[i + len] === b[pos + len]) len++;
    if (len > 3) return [len, i];
  }
  return [0, 0];
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing getter: nothing to compare with.
  }
  // Frames the cause's stack shows as well are left out.
  if (cause != null && typeof cause === 'object' && isAnError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = StringPrototypeSplit(StringPrototypeSlice(causeStack, causeStackStart + 1), '\n');
      const range = identicalSequenceRange(frames, causeFrames);
      const len = range[0];
      if (len > 0) {
        const offset = range[1];
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function isAnError(value) {
  return kindOfCell(getCellType(value)) === kError || isErrorLike(value);
}

// `    at fn (node:x:1:2)` or `    at node:x:1:2`: a frame of the runtime.
function isCoreFrame(line) {
  if (!StringPrototypeStartsWith(line, '    at ')) return false;
  let loc = StringPrototypeSlice(line, 7);
  if (StringPrototypeEndsWith(loc, ')')) {
    const open = StringPrototypeIndexOf(loc, ' (');
    if (open === -1) return false;
    const fn = StringPrototypeSlice(loc, 0, open);
    if (StringPrototypeIncludes(fn, '/') || StringPrototypeIncludes(fn, '\\') ||
        StringPrototypeIncludes(fn, '(')) {
      return false;
    }
    loc = StringPrototypeSlice(loc, open + 2, -1);
  }
  return StringPrototypeStartsWith(loc, 'node:') && RegExpPrototypeExec(kLineColumnRe, loc) !== null;
}
const kLineColumnRe = /:\d+:\d+$/;

function isSeparator(c) {
  return c === 47 || c === 92; // '/' '\'
}

// Underlines the package names in a frame's node_modules paths.
function markNodeModules(ctx, line) {
  // Each package's name after a node_modules path segment: to the next
  // separator of the kind that came before node_modules (a scoped one's,
  // "@scope/name", to the one after), or to the end of the line.
  let out = '';
  let pos = 0;
  let from = 0;
  for (;;) {
    const i = StringPrototypeIndexOf(line, 'node_modules', from);
    if (i === -1) break;
    const before = i > 0 ? StringPrototypeCharCodeAt(line, i - 1) : 0;
    if (!isSeparator(before) || !isSeparator(StringPrototypeCharCodeAt(line, i + 12))) {
      from = i + 1;
      continue;
    }
    const sep = line[i - 1];
    const start = i + 13;
    let end = StringPrototypeIndexOf(line, sep, start);
    if (end === -1) {
      end = line.length;
    } else if (line[start] === '@') {
      end = StringPrototypeIndexOf(line, sep, end + 1);
      if (end === -1) end = line.length;
    }
    out += StringPrototypeSlice(line, pos, start) + ctx.stylize(StringPrototypeSlice(line, start, end), 'module');
    pos = end;
    from = end;
  }
  return pos === 0 ? line : out + StringPrototypeSlice(line, pos);
}

// The working directory at the start of a frame's place (as a path, or as
// a file: URL in an ES module's frame) greyed out, with the parenthesis
// before it and the one that closes the line.
let cwdUrl;
function markCwd(ctx, line, cwd) {
  if (cwd === undefined) return line;
  let dir = cwd;
  let pos = StringPrototypeIndexOf(line, dir);
  if (pos === -1) {
    if (!StringPrototypeIncludes(line, 'file://')) return line;
    if (cwdUrl === undefined || cwdUrl[0] !== cwd) cwdUrl = [cwd, require('internal/url').pathToFileURL(cwd).href];
    dir = cwdUrl[1];
    pos = StringPrototypeIndexOf(line, dir);
    if (pos === -1) return line;
  }
  let len = dir.length;
  if (pos >= 7 && StringPrototypeSlice(line, pos - 7, pos) === 'file://') {
    pos -= 7;
    len += 7;
  }
  const start = line[pos - 1] === '(' ? pos - 1 : pos;
  const closes = start !== pos && StringPrototypeEndsWith(line, ')');
  const dirEnd = pos + len + 1; // with the separator after it
  let out = StringPrototypeSlice(line, 0, start) + ctx.stylize(StringPrototypeSlice(line, start, dirEnd), 'undefined');
  out += StringPrototypeSlice(line, dirEnd, closes ? -1 : line.length);
  if (closes) out += ctx.stylize(')', 'undefined');
  return out;
}

function formatError(err, constructor, tag, ctx, keys) {
  // Without a stack, the header is Error.prototype.toString's, which calls
  // the name and message getters: when one throws, the error is shown as
  // Object.prototype.toString shows it, as Node does.
  let stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return ObjectPrototypeToString(err);
  }
  // Each read once; a getter that throws leaves no name (below) or message
  // (the stack is shown whole).
  let name;
  let message;
  try {
    name = err.name;
  } catch {
    name = kThrew;
  }
  try {
    message = err.message;
  } catch {
    message = kThrew;
  }
  if (ctx.showHidden) fixHiddenErrorKeys(keys, err);
  removeDuplicateErrorKeys(ctx, keys, stack, [name, message]);
  if (name === kThrew || name == null) name = 'Error';
  if (message === kThrew) message = undefined;

  if (ObjectPrototypeHasOwnProperty(err, 'cause') &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
    arrayPush(keys, 'cause');
  }
  // The errors an AggregateError holds (a getter that throws: none).
  try {
    if (ObjectPrototypeHasOwnProperty(err, 'errors') && ArrayIsArray(err.errors) &&
        (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
      arrayPush(keys, 'errors');
    }
  } catch {
    // Not listed.
  }

  stack = improveStack(stack, constructor, name, tag);

  // Ignore the error message if it's contained in the stack.
  let pos = (message && StringPrototypeIndexOf(stack, message)) || -1;
  if (pos !== -1) pos += message.length;
  // Wrap the error in brackets in case it has no stack trace.
  const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = StringPrototypeSlice(stack, 0, stackStart);
    const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
    if (ctx.colors) {
      // Grey out the runtime's frames and the working directory's part of
      // the others' paths, underline the packages.
      let cwd;
      try {
        cwd = process.cwd();
      } catch {
        // Gone: nothing to grey out.
      }
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (isCoreFrame(line)) newStack += `\n${ctx.stylize(line, 'undefined')}`;
        else newStack += `\n${markCwd(ctx, markNodeModules(ctx, line), cwd)}`;
      }
    } else {
      newStack += `\n${ArrayPrototypeJoin(lines, '\n')}`;
    }
    stack = newStack;
  }
  // The message and the stack have to be indented as well.
  if (ctx.indentationLvl !== 0) {
    stack = StringPrototypeReplaceAll(stack, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
  }
  return stack;
}

// ---- contents ----------------------------------------------------------------

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes, plain) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  if (plain) {
    // Elements are data properties: read without a descriptor each.
    for (let i = 0; i < len; i++) {
      if (!ObjectPrototypeHasOwnProperty(value, i)) {
        return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      }
      const element = value[i];
      if (element === undefined) {
        arrayPush(output, ctx.stylize('undefined', 'undefined'));
      } else {
        ctx.indentationLvl += 2;
        arrayPush(output, formatValue(ctx, element, recurseTimes));
        ctx.indentationLvl -= 2;
      }
    }
    if (remaining > 0) arrayPush(output, remainingText(remaining));
    return output;
  }
  for (let i = 0; i < len; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    // Sparse arrays are shown with their holes counted.
    if (desc === undefined) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    arrayPush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
  }
  if (remaining > 0) arrayPush(output, remainingText(remaining));
  return output;
}

function isCanonicalNumber(key) {
  const len = key.length;
  if (len === 0) return false;
  const c0 = StringPrototypeCharCodeAt(key, 0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && len > 1)) return false;
  for (let i = 1; i < len; i++) {
    const c = StringPrototypeCharCodeAt(key, i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// The array from the first hole on: runs of holes become one entry each,
// and count towards maxArrayLength as one.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Arrays can only have up to 2^32 - 1 entries.
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!isCanonicalNumber(key)) break;
      const emptyItems = tmp - index;
      const message = `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`;
      arrayPush(output, ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    arrayPush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const message = `<${remaining} empty item${remaining > 1 ? 's' : ''}>`;
      arrayPush(output, ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    arrayPush(output, remainingText(remaining));
  }
  return output;
}

const hexDigits = '0123456789abcdef';

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new Uint8ArrayCtor(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const n = MathMin(MathMax(0, ctx.maxArrayLength), buffer.length);
  let str = '';
  for (let i = 0; i < n; i++) {
    const b = buffer[i];
    if (i !== 0) str += ' ';
    str += hexDigits[b >> 4] + hexDigits[b & 15];
  }
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

// A DataView's byteLength or byteOffset; over a detached buffer, whose
// getters throw, the buffer's property of that name (byteLength 0,
// byteOffset undefined), as Node shows it. Node's failed attempt leaves the
// two columns of indentation it had added behind, for the rest of that
// inspection: so does this, for the same text.
function dataViewProperty(ctx, view, key) {
  try {
    return view[key];
  } catch {
    ctx.indentationLvl += 2;
    return view.buffer[key];
  }
}

// The properties Node shows for ArrayBuffer, DataView and (with
// showHidden) typed arrays: bracketed names, styled as strings.
function formatExtraProperty(ctx, key, value, recurseTimes, typedArray) {
  const name = ctx.stylize(`[${key}]`, 'string');
  if (value === undefined) return `${name}: ${ctx.stylize('undefined', 'undefined')}`;
  const diff = ctx.compact !== true ? 2 : 3;
  ctx.indentationLvl += diff;
  const str = formatValue(ctx, value, recurseTimes, typedArray);
  let extra = ' ';
  if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
    extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
  }
  ctx.indentationLvl -= diff;
  return `${name}:${extra}${str}`;
}

function formatTypedArray(ctx, value, recurseTimes, length) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  if (maxLength > 0) {
    const isNumber = typeof value[0] === 'number';
    for (let i = 0; i < maxLength; ++i) {
      output[i] = isNumber ? formatNumber(ctx.stylize, value[i], ctx.numericSeparator) :
        formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
    }
  }
  if (remaining > 0) arrayPush(output, remainingText(remaining));
  if (ctx.showHidden) {
    // The buffer shows its length only (`true` below), not its bytes.
    ctx.indentationLvl += 2;
    const extras = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (let i = 0; i < extras.length; i++) {
      const key = extras[i];
      const str = formatValue(ctx, value[key], recurseTimes, true);
      arrayPush(output, `${ctx.stylize(`[${key}]`, 'string')}: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes, length) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = SetPrototypeValues(value);
  for (let i = 0; i < maxLength; i++) {
    const step = SetIteratorNext(it);
    if (step.done) break;
    arrayPush(output, formatValue(ctx, step.value, recurseTimes));
  }
  if (remaining > 0) arrayPush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes, length) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = MapPrototypeEntries(value);
  for (let i = 0; i < maxLength; i++) {
    const step = MapIteratorNext(it);
    if (step.done) break;
    const entry = step.value;
    arrayPush(output, `${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
  }
  if (remaining > 0) arrayPush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined || details[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(ctx, value, recurseTimes, keys) {
  const output = [];
  for (let i = 0; i < keys.length; i++) {
    try {
      // Exports are read through getters (live bindings); shown as values.
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType,
                                 { value: value[keys[i]], enumerable: typeof keys[i] === 'string' });
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // A binding not yet initialised: laid out as a property, with the
      // value marked.
      const tmp = { [keys[i]]: '' };
      const str = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = StringPrototypeLastIndexOf(str, ' ');
      output[i] = StringPrototypeSlice(str, 0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys are done; formatRaw must not show them again.
  keys.length = 0;
  return output;
}

// ---- properties --------------------------------------------------------------

function formatPropertyName(ctx, key) {
  if (typeof key === 'symbol') {
    return ctx.stylize(escapeChars(SymbolPrototypeToString(key), 39), 'symbol');
  }
  if (isIdentifierKey(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const tmp = FunctionPrototypeCallFn.call(desc.get, original);
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
      } catch (err) {
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (key === '__proto__') {
    name = "['__proto__']";
  } else {
    name = formatPropertyName(ctx, key);
    if (desc.enumerable === false) name = `[${name}]`;
  }
  return `${name}:${extra}${str}`;
}

// The columns a string takes in a terminal, as Node (with ICU) counts
// them: East Asian wide and fullwidth characters take two, combining marks,
// format characters and other zero-width ones none, the rest one.
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeColors(str);
  const len = str.length;
  // ASCII, the usual case, needs no normalization: printable characters
  // are one column, control characters (a multi-line entry's newlines)
  // none.
  let width = 0;
  let i = 0;
  for (; i < len; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 0x80) break;
    if (code >= 0x20 && code !== 0x7f) width++;
  }
  if (i === len) return width;
  str = StringPrototypeNormalize(str, 'NFC');
  width = 0;
  for (i = 0; i < str.length; i++) {
    let code = StringPrototypeCharCodeAt(str, i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
      const low = StringPrototypeCharCodeAt(str, i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
        i++;
      }
    }
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

// Unicode's East Asian Width W and F ranges (wide and fullwidth), as pairs.
const kWideRanges = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0,
  0x23f3, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5,
  0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5,
  0x26fa, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728,
  0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
  0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55,
  0x2e80, 0x303e, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0xa4cf, 0xa960, 0xa97f,
  0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f, 0xff00, 0xff60,
  0xffe0, 0xffe6, 0x16fe0, 0x16fe4, 0x17000, 0x18cd5, 0x1aff0, 0x1b2fb, 0x1f004, 0x1f004,
  0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f200, 0x1f202, 0x1f210, 0x1f23b,
  0x1f240, 0x1f248, 0x1f250, 0x1f251, 0x1f260, 0x1f265, 0x1f300, 0x1f320, 0x1f32d, 0x1f335,
  0x1f337, 0x1f37c, 0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0,
  0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d,
  0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4,
  0x1f5fb, 0x1f64f, 0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d7,
  0x1f6dc, 0x1f6df, 0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0,
  0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1faff, 0x20000, 0x2fffd,
  0x30000, 0x3fffd,
];

// Zero-width: controls, combining marks, format characters, variation
// selectors, Hangul medial and final jamo.
const kZeroRanges = [
  0x0000, 0x001f, 0x007f, 0x009f, 0x00ad, 0x00ad, 0x0300, 0x036f, 0x0483, 0x0489,
  0x0591, 0x05bd, 0x05bf, 0x05bf, 0x05c1, 0x05c2, 0x05c4, 0x05c5, 0x05c7, 0x05c7,
  0x0600, 0x0605, 0x0610, 0x061a, 0x061c, 0x061c, 0x064b, 0x065f, 0x0670, 0x0670,
  0x06d6, 0x06dd, 0x06df, 0x06e4, 0x06e7, 0x06e8, 0x06ea, 0x06ed, 0x0900, 0x0902,
  0x093a, 0x093a, 0x093c, 0x093c, 0x0941, 0x0948, 0x094d, 0x094d, 0x0951, 0x0957,
  0x0e31, 0x0e31, 0x0e34, 0x0e3a, 0x0e47, 0x0e4e, 0x1160, 0x11ff, 0x1ab0, 0x1aff,
  0x1dc0, 0x1dff, 0x200b, 0x200f, 0x2028, 0x202e, 0x2060, 0x2064, 0x206a, 0x206f,
  0x20d0, 0x20ff, 0x302a, 0x302d, 0x3099, 0x309a, 0xd7b0, 0xd7ff, 0xfe00, 0xfe0f,
  0xfe20, 0xfe2f, 0xfeff, 0xfeff, 0xfff9, 0xfffb, 0x1d167, 0x1d169, 0x1d173, 0x1d182,
  0xe0000, 0xe007f, 0xe0100, 0xe01ef,
];

function inRanges(ranges, code) {
  // Binary search over the pairs.
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < ranges[mid * 2]) hi = mid - 1;
    else if (code > ranges[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && inRanges(kWideRanges, code);
}

function isZeroWidthCodePoint(code) {
  return inRanges(kZeroRanges, code);
}

// ---- layout ------------------------------------------------------------------

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry is followed by a separator: the number of entries plus the start.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? colorlessLength(output[i]) : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Do not line up properties on the same line if `base` contains line breaks.
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

// Sets the entries of a long array in columns, numbers right-aligned, as
// close to a square as a character's 2.5:1 height allows, at most 15 (and
// 4 x compact) wide, within breakLength; gives up when entries differ too
// much in length.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry stays on its own line.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    // Columns as the terminal shows them (Node's choice), not code units.
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      arrayPush(maxLineLength, lineLength + separatorSpace);
    }
    // Numbers line up on the right, anything else on the left.
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const tmp = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // The padding counts the invisible color codes in.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ? StringPrototypePadStart(`${output[j]}, `, padding, ' ') :
          StringPrototypePadEnd(`${output[j]}, `, padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += StringPrototypePadStart(output[j], padding, ' ');
      } else {
        str += output[j];
      }
      arrayPush(tmp, str);
    }
    if (ctx.maxArrayLength < output.length) arrayPush(tmp, output[outputLength]);
    output = tmp;
  }
  return output;
}

// Joins the entries: on one line with the braces when they fit (and, with a
// numeric `compact`, when the object is at most that many levels above the
// innermost one just printed), otherwise one entry per line.
// The entries of a multi-line object, joined. Array.prototype.join makes a
// flat copy of everything, so every level of a deeply nested object would
// copy all the levels inside it again (quadratic: minutes for Node's
// long-running test). Concatenation leaves the engine's ropes, which are
// flattened once, when the whole result is used.
function joinLines(list, separator) {
  if (list.length === 0) return '';
  let s = list[0];
  for (let i = 1; i < list.length; i++) s = s + separator + list[i];
  return s;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        // The start of the output, the entries and their separators.
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = ArrayPrototypeJoin(output, ', ');
          if (!StringPrototypeIncludes(joinedOutput, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      joinLines(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true, the layout of Node before 12.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${ArrayPrototypeJoin(output, ', ')} ${braces[1]}`;
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  // A wide opening brace like "Set {" pushes the first entry to a line of
  // its own, so that the entries line up.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---- inspect -----------------------------------------------------------------

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    circular: undefined,
    userOptions: undefined,
  };
  if (arguments.length > 1) {
    // The legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = ObjectKeys(opts);
      for (let i = 0; i < optKeys.length; ++i) {
        const key = optKeys[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Custom inspect functions see the user's other keys too.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = inspectCustom;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object' || ArrayIsArray(options)) {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// Escape codes: [open, close] per name.
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22], // Alias: faint
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27], // Alias: swapcolors, swapColors
  hidden: [8, 28], // Alias: conceal
  strikethrough: [9, 29], // Alias: strikeThrough, crossedout, crossedOut
  doubleunderline: [21, 24], // Alias: doubleUnderline
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39], // Alias: grey, blackBright
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49], // Alias: bgGrey, bgBlackBright
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

// Aliases read and write the color they stand for; hidden from Object.keys.
function defineColorAlias(target, alias) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

// The color of each kind of text; `name` (property names) is deliberately
// left unstyled.
inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// ---- util.format's helper ------------------------------------------------------

// Whether String(value) would use a toString of the language's own, so
// that %s shows the object with inspect instead.
function hasBuiltInToString(value) {
  // Proxies count as built-in objects; their traps are not run.
  if (kindOfCell(getCellType(value)) === kProxy) {
    const target = getProxyTarget(value);
    if (target === undefined || isRevoked(value)) return true;
    value = target;
  }
  // An object that converts itself is not, unless the conversion is the
  // language's own (Date.prototype's, Symbol.prototype's).
  if (typeof value[SymbolToPrimitive] === 'function' && !isBuiltInMember(value, SymbolToPrimitive)) {
    return false;
  }
  // Objects without a toString are.
  if (typeof value.toString !== 'function') return true;
  // An own toString is the object's own.
  if (ObjectPrototypeHasOwnProperty(value, 'toString')) return false;
  // Otherwise, it is built-in if the prototype that defines toString
  // belongs to a builtin constructor.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!ObjectPrototypeHasOwnProperty(pointer, 'toString'));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    SetPrototypeHas(builtInObjects(), descriptor.value.name);
}

// Whether the prototype that holds `key` for value belongs to a builtin
// constructor (false when value holds it itself).
function isBuiltInMember(value, key) {
  if (ObjectPrototypeHasOwnProperty(value, key)) return false;
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (pointer !== null && !ObjectPrototypeHasOwnProperty(pointer, key));
  if (pointer === null) return false;
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    SetPrototypeHas(builtInObjects(), descriptor.value.name);
}

// ---- terminal text -----------------------------------------------------------

// ECMA-48 control sequences: CSI (ESC [ or 0x9B, parameter bytes,
// intermediate bytes, a final byte); OSC and the other string controls
// (ESC ] P ^ _ or 0x9D, up to BEL, ESC \\ or 0x9C); and two-byte escapes
// (ESC, intermediates, a final byte).
const kAnsiRe = new RegExp(
  '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]' +
  '|(?:\\u001b[\\]P^_]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)' +
  '|\\u001b[ -/]*[0-~]', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return RegExpPrototypeSymbolReplace(kAnsiRe, str, '');
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  formatNumber,
  formatBigInt,
  hasBuiltInToString,
  stripVTControlCharacters,
  stylizeWithColor,
  getStringWidth,
  removeColors,
};
