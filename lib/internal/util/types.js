'use strict';
// util.types, and the kind of an object as util.inspect needs it.
//
// JavaScript cannot tell a promise, an arguments object, a native error, a
// generator object or a Map iterator from a look-alike without side effects.
// The engine can: internalBinding('util').getCellType(v) returns the type
// byte JavaScriptCore keeps in every object's header. Its numbering is the
// engine's business, so it is learnt here, on first use, from objects of
// known kinds (base classes and subclasses both); nothing below names a
// number. A byte that two kinds share, or that plain objects also use, is
// never trusted alone: those kinds fall back to a brand check (a builtin
// that throws on the wrong receiver), as the boxed Symbol and BigInt must
// anyway, since the engine gives them the type of an ordinary object.

const { getCellType } = internalBinding('util');

const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectIsExtensible = Object.isExtensible;
// Builtins are called through `.call` on the captured function (a bound
// `call` is much slower in JavaScriptCore); see internal/util/inspect.js.
const uncurry = (fn) => (self, a) => fn.call(self, a);
const getter = (proto, name) => uncurry(ObjectGetOwnPropertyDescriptor(proto, name).get);

const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const typedArrayTagFn = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayTag = (v) => typedArrayTagFn.call(v);
const ArrayBufferIsView = ArrayBuffer.isView;
const functionToStringFn = Function.prototype.toString;
const FunctionPrototypeToString = (f) => functionToStringFn.call(f);
const endsWithFn = String.prototype.endsWith;
const StringPrototypeEndsWith = (s, x) => endsWithFn.call(s, x);

// RegExp.prototype's flag getters answer undefined for RegExp.prototype
// itself and throw for every other object that is not a regular expression.
const regExpGlobal = getter(RegExp.prototype, 'global');
function regExpBrand(v) {
  if (regExpGlobal(v) === undefined) throw new TypeError('not a RegExp');
}

// Brand checks: each throws unless its receiver has the internal slot.
const brands = {
  map: getter(Map.prototype, 'size'),
  set: getter(Set.prototype, 'size'),
  weakMap: uncurry(WeakMap.prototype.has),
  weakSet: uncurry(WeakSet.prototype.has),
  date: uncurry(Date.prototype.getTime),
  regExp: regExpBrand,
  number: uncurry(Number.prototype.valueOf),
  string: uncurry(String.prototype.valueOf),
  boolean: uncurry(Boolean.prototype.valueOf),
  bigint: uncurry(BigInt.prototype.valueOf),
  symbol: uncurry(Symbol.prototype.valueOf),
  arrayBuffer: getter(ArrayBuffer.prototype, 'byteLength'),
  dataView: getter(DataView.prototype, 'byteLength'),
};
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;

function hasBrand(check, v) {
  try {
    check(v, '');
    return true;
  } catch {
    return false;
  }
}

// Kinds. kNone: nothing special; kShared: a byte plain objects or several
// kinds use, where only a brand check can tell.
const kNone = 0;
const kShared = 1;
const kMap = 2;
const kSet = 3;
const kWeakMap = 4;
const kWeakSet = 5;
const kPromise = 6;
const kProxy = 7;
const kArguments = 8;
const kError = 9;
const kDate = 10;
const kRegExp = 11;
const kNumber = 12;
const kBoolean = 13;
const kString = 14;
const kGenerator = 15;
const kMapIterator = 16;
const kSetIterator = 17;
const kArrayBuffer = 18;
const kDataView = 19;

let table; // Uint8Array indexed by type byte, made on first use
let unsure; // kinds that share a type byte with something else
let wrapperTypes; // type bytes of boxed symbols and bigints

function calibrate() {
  table = new Uint8Array(256);
  unsure = new Uint8Array(32);
  wrapperTypes = new Uint8Array(256);
  const generic = [{}, Object.create(null), Math, [], function f() {}, Error.prototype,
    Symbol.prototype, Object(Symbol()), Object(0n)];
  // Index loops: a program may have replaced the array iterator.
  for (let i = 0; i < generic.length; i++) {
    const t = getCellType(generic[i]);
    if (t >= 0 && t < 256) table[t] = kShared;
  }
  const wrappers = [Object(Symbol()), Object(0n)];
  for (let i = 0; i < wrappers.length; i++) {
    const t = getCellType(wrappers[i]);
    if (t >= 0 && t < 256) wrapperTypes[t] = 1;
  }
  const claim = (kind, values) => {
    for (let i = 0; i < values.length; i++) {
      const t = getCellType(values[i]);
      if (t < 0 || t > 255) continue;
      if (table[t] === kNone || table[t] === kind) {
        table[t] = kind;
      } else {
        unsure[kind] = 1;
        unsure[table[t]] = 1;
        table[t] = kShared;
      }
    }
  };
  /* eslint-disable no-new-wrappers */
  // One object of each kind: an instance of a subclass has its base's type
  // (test-util-types checks that), and each class made here would cost
  // startup time.
  claim(kMap, [new Map()]);
  claim(kSet, [new Set()]);
  claim(kWeakMap, [new WeakMap()]);
  claim(kWeakSet, [new WeakSet()]);
  claim(kPromise, [Promise.resolve(), (async () => {})()]);
  claim(kProxy, [new Proxy({}, {}), new Proxy(function f() {}, {})]);
  // Sloppy functions (made with Function, this module being strict) have
  // the engine's other two kinds of arguments object.
  claim(kArguments, [
    (function() { return arguments; })(),
    Function('return arguments')(),
    Function('a', '(() => a); return arguments')(1),
  ]);
  claim(kError, [new TypeError()]);
  claim(kDate, [new Date(0)]);
  claim(kRegExp, [/a/]);
  claim(kNumber, [new Number(0)]);
  claim(kBoolean, [new Boolean(false)]);
  claim(kString, [new String(''), String.prototype]); // the prototype has a type of its own
  claim(kGenerator, [(function* g() {})(), (async function* g() {})()]);
  claim(kMapIterator, [Reflect.apply(natives.collectionMethods.mapKeys, new Map(), [])]);
  claim(kSetIterator, [Reflect.apply(natives.collectionMethods.setValues, new Set(), [])]);
  claim(kArrayBuffer, [new ArrayBuffer(0)]);
  claim(kDataView, [new DataView(new ArrayBuffer(0))]);
  /* eslint-enable no-new-wrappers */
}

// The kind of an object from its type byte (kNone for primitives).
function kindOfCell(t) {
  if (table === undefined) calibrate();
  return t >= 0 && t < 256 ? table[t] : kNone;
}

function kindOf(v) {
  return kindOfCell(getCellType(v));
}

// A kind learnt from the type byte; where calibration found that byte
// shared, the brand check, which is sound but throws (slowly) on a miss.
function is(kind, brand) {
  return function(v) {
    const k = kindOf(v);
    if (k === kind) return true;
    return k === kShared && unsure[kind] === 1 && brand !== undefined && hasBrand(brand, v);
  };
}

const isMap = is(kMap, brands.map);
const isSet = is(kSet, brands.set);
const isWeakMap = is(kWeakMap, brands.weakMap);
const isWeakSet = is(kWeakSet, brands.weakSet);
const isDate = is(kDate, brands.date);
const isRegExp = is(kRegExp, brands.regExp);
const isPromise = is(kPromise);
const isArgumentsObject = is(kArguments);
const isNativeError = is(kError);
const isGeneratorObject = is(kGenerator);
const isMapIterator = is(kMapIterator);
const isSetIterator = is(kSetIterator);
const isDataView = is(kDataView, brands.dataView);

const isNumberObject = is(kNumber, brands.number);
const isBooleanObject = is(kBoolean, brands.boolean);
const isStringObject = is(kString, brands.string);

// The engine gives boxed symbols and bigints the type byte of some plain
// objects, so a brand check decides, and only for objects of that type.
function isWrapperCell(t) {
  if (table === undefined) calibrate();
  return t >= 0 && t < 256 && wrapperTypes[t] === 1;
}
function isSymbolObject(v) {
  return isWrapperCell(getCellType(v)) && hasBrand(brands.symbol, v);
}
function isBigIntObject(v) {
  return isWrapperCell(getCellType(v)) && hasBrand(brands.bigint, v);
}

function isBoxedPrimitive(v) {
  const t = getCellType(v);
  switch (kindOfCell(t)) {
    case kNumber:
    case kBoolean:
    case kString:
      return true;
    default:
      return isNumberObject(v) || isBooleanObject(v) || isStringObject(v) ||
        (isWrapperCell(t) && (hasBrand(brands.symbol, v) || hasBrand(brands.bigint, v)));
  }
}

// Not getProxyTarget: that also sees through the engine's proxy for the
// global object, which is no Proxy.
function isProxy(v) {
  return kindOf(v) === kProxy && namespaceBindings(v) === undefined;
}

// Module namespaces are Proxies in kiln (lib/internal/modules/esm/namespace.js).
let namespaceModule;
function namespaceBindings(v) {
  namespaceModule ??= require('internal/modules/esm/namespace');
  return namespaceModule.namespaceBindings(v);
}

// The engine may give ArrayBuffer and SharedArrayBuffer one type byte; the
// byteLength getter of each accepts only its own.
function isArrayBuffer(v) {
  const k = kindOf(v);
  if (k === kArrayBuffer) return sabByteLength === undefined || hasBrand(brands.arrayBuffer, v);
  return k === kShared && unsure[kArrayBuffer] === 1 && hasBrand(brands.arrayBuffer, v);
}

function isSharedArrayBuffer(v) {
  if (sabByteLength === undefined || v === null || typeof v !== 'object') return false;
  return hasBrand(sabByteLength, v);
}

function isAnyArrayBuffer(v) {
  return isArrayBuffer(v) || isSharedArrayBuffer(v);
}

function isArrayBufferView(v) {
  return ArrayBufferIsView(v);
}

function isTypedArray(v) {
  return typedArrayTag(v) !== undefined;
}

function typedArrayIs(name) {
  return (v) => typedArrayTag(v) === name;
}

// A function's kind is fixed at creation; V8 reads it from the function,
// JavaScript from the prototype the engine gave it. Bound and native
// functions never count, as in V8.
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function() {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function*() {});
const kNativeCodeEnd = '{\n    [native code]\n}';

function functionPrototype(v) {
  if (typeof v !== 'function' || kindOf(v) === kProxy) return null;
  const proto = ObjectGetPrototypeOf(v);
  if (proto !== AsyncFunctionPrototype && proto !== GeneratorFunctionPrototype &&
      proto !== AsyncGeneratorFunctionPrototype) return null;
  if (StringPrototypeEndsWith(FunctionPrototypeToString(v), kNativeCodeEnd)) return null;
  return proto;
}

function isAsyncFunction(v) {
  const proto = functionPrototype(v);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorFunction(v) {
  const proto = functionPrototype(v);
  return proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

// kiln has no JSC module loader; its ES modules' namespace objects are
// Proxies the loader makes, and their bindings objects (what a namespace
// method called as ns.f() sees as `this`) are made to the spec's shape,
// which is what the rest checks: no prototype, not extensible, and a fixed,
// hidden @@toStringTag of 'Module'.
function isModuleNamespaceObject(v) {
  if (v === null || typeof v !== 'object') return false;
  const k = kindOf(v);
  if (k === kProxy) return namespaceBindings(v) !== undefined;
  if ((k !== kShared && k !== kNone) || ObjectGetPrototypeOf(v) !== null || ObjectIsExtensible(v)) return false;
  const d = ObjectGetOwnPropertyDescriptor(v, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.writable && !d.enumerable && !d.configurable;
}

function isExternal() {
  return false; // kiln has no V8 externals
}

// Both are crypto's objects; kiln has no crypto module yet.
// KeyObjects and CryptoKeys come from node:crypto; asking loads it.
function isKeyObject(v) {
  if (v === null || typeof v !== 'object') return false;
  return require('internal/crypto/keys').isKeyObject(v);
}
// No CryptoKey exists before internal/crypto/webcrypto loads; it hands
// over its check then, so asking does not load it (nor libcrypto).
let cryptoKeyCheck;
function isCryptoKey(v) {
  return cryptoKeyCheck !== undefined && cryptoKeyCheck(v);
}

const types = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isInt8Array: typedArrayIs('Int8Array'),
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isFloat16Array: typedArrayIs('Float16Array'),
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};

module.exports = {
  setCryptoKeyCheck(fn) {
    cryptoKeyCheck = fn;
  },
  types,
  kindOf,
  kindOfCell,
  isWrapperCell,
  typedArrayTag,
  kinds: {
    kNone, kShared, kMap, kSet, kWeakMap, kWeakSet, kPromise, kProxy, kArguments,
    kError, kDate, kRegExp, kNumber, kBoolean, kString, kGenerator, kMapIterator,
    kSetIterator, kArrayBuffer, kDataView,
  },
};
