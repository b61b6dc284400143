'use strict';
// The comparisons use the builtins as they were when assert loaded:
// replacing prototype methods or statics afterwards changes nothing.
const assert = require('assert');

function withPatch(owner, key, replacement, check) {
  const desc = Object.getOwnPropertyDescriptor(owner, key);
  Object.defineProperty(owner, key, { ...desc, value: replacement });
  try {
    check();
  } finally {
    Object.defineProperty(owner, key, desc);
  }
}

function checks() {
  assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]));
  assert.notDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]));
  assert.deepStrictEqual(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }]));
  assert.notDeepStrictEqual(new Set([1]), new Set([2]));
  assert.deepStrictEqual({ a: [1, 2], b: { c: 3 } }, { b: { c: 3 }, a: [1, 2] });
  assert.notDeepStrictEqual({ a: 1 }, { a: 2 });
  assert.deepStrictEqual(new Date(5), new Date(5));
  assert.notDeepStrictEqual(new Date(5), new Date(6));
  assert.notDeepStrictEqual(/a/g, /a/i);
  assert.deepEqual([1, 2], ['1', '2']);
  assert.throws(() => { throw new TypeError('x'); }, { message: /x/ });
  // The message goes through util.inspect, which is not covered here.
  assert.throws(() => assert.deepStrictEqual([1, 2], [1, 3]), {
    code: 'ERR_ASSERTION',
    operator: 'deepStrictEqual',
  });
}

const broken = () => { throw new Error('patched builtin called'); };
const lying = () => true;
const lyingFalse = () => false;

withPatch(Map.prototype, 'has', lyingFalse, checks);
withPatch(Map.prototype, 'entries', broken, checks);
withPatch(Set.prototype, Symbol.iterator, broken, checks);
withPatch(Object, 'keys', () => [], checks);
withPatch(Object, 'is', lying, checks);
withPatch(Object, 'getPrototypeOf', () => null, checks);
withPatch(Object, 'getOwnPropertySymbols', () => [], checks);
withPatch(Object.prototype, 'hasOwnProperty', lying, checks);
withPatch(Object.prototype, 'propertyIsEnumerable', lying, checks);
withPatch(Object.prototype, 'toString', () => '[object Object]', checks);
withPatch(Date.prototype, 'getTime', () => 0, checks);
withPatch(RegExp.prototype, 'exec', () => null, checks);
withPatch(Array, 'isArray', lyingFalse, checks);
withPatch(Array.prototype, 'join', broken, checks);
withPatch(String.prototype, 'split', broken, checks);
withPatch(Function.prototype, 'apply', broken, checks);
