'use strict';
// util.inspect's layout: breakLength, compact (3, a number, false, true),
// sorted, and where entries go on one line.

const assert = require('assert');
const { inspect } = require('util');

const obj = { a: 1, b: 'two', c: [1, 2, { d: 4 }], e: { f: { g: 1 } }, m: new Map([['k', { v: 1 }]]) };
const wide = Object.fromEntries(Array.from({ length: 12 }, (_, i) => ['key' + i, i * 11]));

assert.strictEqual(
  inspect(obj),
  "{\n  a: 1,\n  b: 'two',\n  c: [ 1, 2, { d: 4 } ],\n  e: { f: { g: 1 } },\n  m: Map(1) { 'k' => { v: 1 } }\n}");
assert.strictEqual(
  inspect(wide),
  "{\n  key0: 0,\n  key1: 11,\n  key2: 22,\n  key3: 33,\n  key4: 44,\n  key5: 55,\n  key6: 66,\n  key7: 77,\n  key8: 88,\n  key9: 99,\n  key10: 110,\n  key11: 121\n}");
assert.strictEqual(
  inspect(wide, { breakLength: 120 }),
  "{\n  key0: 0,\n  key1: 11,\n  key2: 22,\n  key3: 33,\n  key4: 44,\n  key5: 55,\n  key6: 66,\n  key7: 77,\n  key8: 88,\n  key9: 99,\n  key10: 110,\n  key11: 121\n}");
assert.strictEqual(
  inspect(wide, { breakLength: Infinity }),
  "{ key0: 0, key1: 11, key2: 22, key3: 33, key4: 44, key5: 55, key6: 66, key7: 77, key8: 88, key9: 99, key10: 110, key11: 121 }");
assert.strictEqual(
  inspect(obj, { breakLength: Infinity }),
  "{ a: 1, b: 'two', c: [ 1, 2, { d: 4 } ], e: { f: { g: 1 } }, m: Map(1) { 'k' => { v: 1 } } }");
assert.strictEqual(
  inspect({ a: 'x'.repeat(70), b: 1 }),
  "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 1\n}");
assert.strictEqual(
  inspect(obj, { compact: false }),
  "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    {\n      d: 4\n    }\n  ],\n  e: {\n    f: {\n      g: 1\n    }\n  },\n  m: Map(1) {\n    'k' => {\n      v: 1\n    }\n  }\n}");
assert.strictEqual(
  inspect(obj, { compact: true }),
  "{ a: 1,\n  b: 'two',\n  c: [ 1, 2, { d: 4 } ],\n  e: { f: { g: 1 } },\n  m: Map(1) { 'k' => { v: 1 } } }");
assert.strictEqual(
  inspect({ key: 'x'.repeat(90), other: 1 }, { compact: true }),
  "{ key:\n   'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  other: 1 }");
assert.strictEqual(
  inspect(obj, { compact: 1 }),
  "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    { d: 4 }\n  ],\n  e: {\n    f: { g: 1 }\n  },\n  m: Map(1) {\n    'k' => { v: 1 }\n  }\n}");
assert.strictEqual(
  inspect(obj, { compact: 0 }),
  "{\n  a: 1,\n  b: 'two',\n  c: [\n    1,\n    2,\n    {\n      d: 4\n    }\n  ],\n  e: {\n    f: {\n      g: 1\n    }\n  },\n  m: Map(1) {\n    'k' => {\n      v: 1\n    }\n  }\n}");
// With compact: 3, an object is on one line only if it is at most three levels above the innermost.
assert.strictEqual(inspect({ a: { b: { c: {} } }, x: 1 }), "{ a: { b: { c: {} } }, x: 1 }");
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }, { depth: 5 }), "{\n  a: { b: { c: { d: 1 } } }\n}");
assert.strictEqual(
  inspect({ c: 3, a: 1, b: 2, [Symbol('z')]: 0 }, { sorted: true }),
  "{ Symbol(z): 0, a: 1, b: 2, c: 3 }");
assert.strictEqual(
  inspect({ a: 1, c: 3, b: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) }),
  "{ c: 3, b: 2, a: 1 }");
assert.strictEqual(
  inspect(Object.assign([3, 1, 2], { z: 1, y: 2 }), { sorted: true }),
  "[ 3, 1, 2, y: 2, z: 1 ]");
assert.strictEqual(inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }), "Map(2) { 'a' => 2, 'b' => 1 }");
assert.strictEqual(inspect(new Set(['b', 'a']), { sorted: true }), "Set(2) { 'a', 'b' }");
