'use strict';
// util.types (and require('util/types')): every function, on objects of
// its kind, of a subclass, on look-alikes and on primitives.

const assert = require('assert');
const util = require('util');
const types = require('util/types');

assert.strictEqual(types, util.types);
assert.deepStrictEqual(Object.keys(types), [
  'isArgumentsObject', 'isArrayBuffer', 'isAsyncFunction', 'isBigIntObject', 'isBooleanObject',
  'isDate', 'isExternal', 'isGeneratorFunction', 'isGeneratorObject', 'isMap', 'isMapIterator',
  'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise', 'isProxy',
  'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject',
  'isSymbolObject', 'isWeakMap', 'isWeakSet', 'isAnyArrayBuffer', 'isBoxedPrimitive',
  'isArrayBufferView', 'isDataView', 'isTypedArray', 'isUint8Array', 'isUint8ClampedArray',
  'isUint16Array', 'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array',
  'isFloat16Array', 'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array',
  'isKeyObject', 'isCryptoKey',
]);

/* eslint-disable no-new-wrappers */
function sloppyArguments() { return arguments; }
function strictArguments() { 'use strict'; return arguments; }
function scopedArguments(a) { (() => a); return arguments; }
const buffer = new ArrayBuffer(8);

// Each value with the functions that accept it; every other function must
// reject it.
const cases = [
  [sloppyArguments(), 'isArgumentsObject'],
  [strictArguments(1), 'isArgumentsObject'],
  [scopedArguments(1), 'isArgumentsObject'],
  [buffer, 'isArrayBuffer', 'isAnyArrayBuffer'],
  [new ArrayBuffer(0, { maxByteLength: 4 }), 'isArrayBuffer', 'isAnyArrayBuffer'],
  [async function() {}, 'isAsyncFunction'],
  [async () => {}, 'isAsyncFunction'],
  [{ async m() {} }.m, 'isAsyncFunction'],
  [async function* () {}, 'isAsyncFunction', 'isGeneratorFunction'],
  [function* () {}, 'isGeneratorFunction'],
  [{ *g() {} }.g, 'isGeneratorFunction'],
  [(function* () {})(), 'isGeneratorObject'],
  [(async function* () {})(), 'isGeneratorObject'],
  [Object(1n), 'isBigIntObject', 'isBoxedPrimitive'],
  [Object(Symbol('s')), 'isSymbolObject', 'isBoxedPrimitive'],
  [new Boolean(false), 'isBooleanObject', 'isBoxedPrimitive'],
  [new (class extends Boolean {})(true), 'isBooleanObject', 'isBoxedPrimitive'],
  [new Number(1), 'isNumberObject', 'isBoxedPrimitive'],
  [new (class extends Number {})(2), 'isNumberObject', 'isBoxedPrimitive'],
  [new String(''), 'isStringObject', 'isBoxedPrimitive'],
  [new (class extends String {})('x'), 'isStringObject', 'isBoxedPrimitive'],
  [new Date(), 'isDate'],
  [new (class extends Date {})(), 'isDate'],
  [new Map(), 'isMap'],
  [new (class extends Map {})(), 'isMap'],
  [new Set(), 'isSet'],
  [new (class extends Set {})(), 'isSet'],
  [new WeakMap(), 'isWeakMap'],
  [new (class extends WeakMap {})(), 'isWeakMap'],
  [new WeakSet(), 'isWeakSet'],
  [new (class extends WeakSet {})(), 'isWeakSet'],
  [new Map().keys(), 'isMapIterator'],
  [new Map().entries(), 'isMapIterator'],
  [new Map()[Symbol.iterator](), 'isMapIterator'],
  [new Set().values(), 'isSetIterator'],
  [new Set().entries(), 'isSetIterator'],
  [new Error(), 'isNativeError'],
  [new TypeError(), 'isNativeError'],
  [new SyntaxError(), 'isNativeError'],
  [new AggregateError([]), 'isNativeError'],
  [new (class extends Error {})(), 'isNativeError'],
  [(() => { try { null.x; } catch (e) { return e; } })(), 'isNativeError'],
  [Promise.resolve(), 'isPromise'],
  [new Promise(() => {}), 'isPromise'],
  [(async () => {})(), 'isPromise'],
  [new (class extends Promise {})(() => {}), 'isPromise'],
  [new Proxy({}, {}), 'isProxy'],
  [new Proxy(function() {}, {}), 'isProxy'],
  [/a/, 'isRegExp'],
  [new (class extends RegExp {})('c'), 'isRegExp'],
  [new DataView(buffer), 'isDataView', 'isArrayBufferView'],
  [new (class extends DataView {})(buffer), 'isDataView', 'isArrayBufferView'],
  [new Uint8Array(1), 'isUint8Array', 'isTypedArray', 'isArrayBufferView'],
  [new (class extends Uint8Array {})(1), 'isUint8Array', 'isTypedArray', 'isArrayBufferView'],
  [new Uint8ClampedArray(1), 'isUint8ClampedArray', 'isTypedArray', 'isArrayBufferView'],
  [new Uint16Array(1), 'isUint16Array', 'isTypedArray', 'isArrayBufferView'],
  [new Uint32Array(1), 'isUint32Array', 'isTypedArray', 'isArrayBufferView'],
  [new Int8Array(1), 'isInt8Array', 'isTypedArray', 'isArrayBufferView'],
  [new Int16Array(1), 'isInt16Array', 'isTypedArray', 'isArrayBufferView'],
  [new Int32Array(1), 'isInt32Array', 'isTypedArray', 'isArrayBufferView'],
  [new Float16Array(1), 'isFloat16Array', 'isTypedArray', 'isArrayBufferView'],
  [new Float32Array(1), 'isFloat32Array', 'isTypedArray', 'isArrayBufferView'],
  [new Float64Array(1), 'isFloat64Array', 'isTypedArray', 'isArrayBufferView'],
  [new BigInt64Array(1), 'isBigInt64Array', 'isTypedArray', 'isArrayBufferView'],
  [new BigUint64Array(1), 'isBigUint64Array', 'isTypedArray', 'isArrayBufferView'],
  // Three prototypes are wrappers, as the spec says; the rest are not.
  [Number.prototype, 'isNumberObject', 'isBoxedPrimitive'],
  [Boolean.prototype, 'isBooleanObject', 'isBoxedPrimitive'],
  [String.prototype, 'isStringObject', 'isBoxedPrimitive'],
  // Look-alikes: objects made from the right prototype, plain objects, and
  // the prototypes themselves, which are not instances.
  ...[
    undefined, null, 0, 1n, 'str', true, Symbol('s'), {}, [], function f() {}, () => {},
    class C {}, Object.create(null), Object.create(Map.prototype), Object.create(Date.prototype),
    Object.create(Error.prototype), Object.create(Promise.prototype), Object.create(RegExp.prototype),
    { then() {} }, { __proto__: Uint8Array.prototype }, Math, JSON, globalThis,
    Map.prototype, Set.prototype, Date.prototype, RegExp.prototype, Error.prototype,
    Symbol.prototype, BigInt.prototype,
    Promise.prototype, ArrayBuffer.prototype, DataView.prototype, Uint8Array.prototype,
    [1, 2].values(), 'str'[Symbol.iterator](), new WeakRef({}), Math.max, Math.max.bind(null),
    (function* () {}).bind(null), (async () => {}).bind(null), { length: 0 },
  ].map((v) => [v]),
];

for (const [value, ...accepted] of cases) {
  for (const name of accepted) assert.strictEqual(typeof types[name], 'function', name);
  for (const name of Object.keys(types)) {
    assert.strictEqual(types[name](value), accepted.includes(name),
                       `${name}(${util.inspect(value, { depth: 0 })})`);
  }
}

// A proxy is a proxy, not what its target is; a revoked one is still one.
const target = new Map();
const proxy = new Proxy(target, {});
assert.strictEqual(types.isMap(proxy), false);
assert.strictEqual(types.isProxy(proxy), true);
const revocable = Proxy.revocable({}, {});
revocable.revoke();
assert.strictEqual(types.isProxy(revocable.proxy), true);

// Setting a prototype changes nothing.
assert.strictEqual(types.isMap(Object.setPrototypeOf(new Map(), null)), true);
assert.strictEqual(types.isDate(Object.setPrototypeOf(new Date(), Map.prototype)), true);
assert.strictEqual(types.isMap(Object.setPrototypeOf(new Date(), Map.prototype)), false);
assert.strictEqual(types.isNativeError(Object.setPrototypeOf(new Error(), null)), true);
assert.strictEqual(types.isPromise(Object.setPrototypeOf(Promise.resolve(), null)), true);

// No function calls a getter, a trap or user code.
const trapped = new Proxy({}, new Proxy({}, { get() { throw new Error('trap'); } }));
for (const name of Object.keys(types)) types[name](trapped);
