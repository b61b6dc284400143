'use strict';
// util.inspect of Map, Set, WeakMap and WeakSet, and Map and Set iterators.

const assert = require('assert');
const { inspect } = require('util');

class MyMap extends Map {}
class Map2 extends Map {}
class MySet extends Set {}

assert.strictEqual(
  inspect(new Map([['a', 1], [{ k: 1 }, [1, 2]]])),
  "Map(2) { 'a' => 1, { k: 1 } => [ 1, 2 ] }");
assert.strictEqual(inspect(new Map()), "Map(0) {}");
assert.strictEqual(inspect(new Set([1, 'two', { three: 3 }])), "Set(3) { 1, 'two', { three: 3 } }");
assert.strictEqual(inspect(new Set()), "Set(0) {}");
assert.strictEqual(inspect(new MyMap([[1, 2]])), "MyMap(1) { 1 => 2 }");
assert.strictEqual(inspect(new Map2([[1, 2]])), "Map2(1) [Map] { 1 => 2 }");
assert.strictEqual(inspect(new MySet([1])), "MySet(1) { 1 }");
assert.strictEqual(inspect(new MySet()), "MySet(0) {}");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)),
  "[Map(1): null prototype] { 1 => 2 }");
assert.strictEqual(inspect(Object.setPrototypeOf(new Set([1]), null)), "[Set(1): null prototype] { 1 }");
assert.strictEqual(inspect({ a: { b: new Map([[1, { c: 1 }]]) } }, { depth: 1 }), "{ a: { b: [Map] } }");
assert.strictEqual(
  inspect(new Map([[{ a: 1 }, { b: { c: 1 } }]]), { depth: 0 }),
  "Map(1) { [Object] => [Object] }");
assert.strictEqual(inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }), "Set(3) { 1, ... 2 more items }");
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 0 }), "Map(2) { ... 2 more items }");
assert.strictEqual(
  inspect(Object.assign(new Map([[1, 2]]), { extra: true })),
  "Map(1) { 1 => 2, extra: true }");
assert.strictEqual(
  inspect(new Set(Array.from({ length: 30 }, (_, i) => i))),
  "Set(30) {\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29\n}");
assert.strictEqual(
  inspect(new Map([['k', 1], [true, null]]), { colors: true }),
  "Map(2) { \u001b[32m'k'\u001b[39m => \u001b[33m1\u001b[39m, \u001b[33mtrue\u001b[39m => \u001b[1mnull\u001b[22m }");
assert.strictEqual(inspect(new WeakMap([[{}, 1]])), "WeakMap { <items unknown> }");
assert.strictEqual(inspect(new WeakSet([{}])), "WeakSet { <items unknown> }");
assert.strictEqual(inspect(Object.assign(new WeakMap(), { x: 1 })), "WeakMap { <items unknown>, x: 1 }");
assert.strictEqual(
  inspect(new WeakSet(), { colors: true }),
  "WeakSet { \u001b[36m<items unknown>\u001b[39m }");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new WeakMap(), null)),
  "[WeakMap: null prototype] { <items unknown> }");
assert.strictEqual(
  inspect({ m: new Map([[1, 2]]), s: new Set([1]) }, { depth: 0 }),
  "{ m: [Map], s: [Set] }");
// Iterators: V8 lets Node list what is left, JavaScriptCore does not (kiln
// prints <items unknown>); either way inspecting does not advance them.
{
  const it = new Map([['a', 1], ['b', 2]]).keys();
  assert.match(inspect(it), /^\[Map Iterator\] \{ /);
  assert.deepStrictEqual(it.next(), { value: 'a', done: false });
  const sit = new Set([1]).entries();
  assert.match(inspect(sit), /^\[Set (Iterator|Entries)\] \{ /);
  assert.deepStrictEqual(sit.next(), { value: [1, 1], done: false });
}
assert.strictEqual(inspect({ a: new Set([1]).values() }, { depth: 0 }), "{ a: [Object [Set Iterator]] }");

// Map and Set iterators show what they have left, without taking it:
// entries as pairs ("[Map Entries]"), after next() calls, changes to the
// collection, when finished, with maxArrayLength and properties.
{
  const m = new Map([['foo', 'bar'], ['a', 1], [{ x: 1 }, [1, 2]]]);
  const s = new Set([1, 3, 'x']);
  assert.strictEqual(inspect(m.keys()), "[Map Iterator] { 'foo', 'a', { x: 1 } }");
  assert.strictEqual(inspect(m.values()), "[Map Iterator] { 'bar', 1, [ 1, 2 ] }");
  assert.strictEqual(inspect(m.entries()), "[Map Entries] { [ 'foo', 'bar' ], [ 'a', 1 ], [ { x: 1 }, [ 1, 2 ] ] }");
  assert.strictEqual(inspect(m[Symbol.iterator]()), inspect(m.entries()));
  assert.strictEqual(inspect(s.values()), "[Set Iterator] { 1, 3, 'x' }");
  assert.strictEqual(inspect(s.keys()), "[Set Iterator] { 1, 3, 'x' }");
  assert.strictEqual(inspect(s.entries()), "[Set Entries] { [ 1, 1 ], [ 3, 3 ], [ 'x', 'x' ] }");
  const k = m.keys();
  k.next();
  assert.strictEqual(inspect(k), "[Map Iterator] { 'a', { x: 1 } }");
  assert.strictEqual(inspect(k), "[Map Iterator] { 'a', { x: 1 } }");
  assert.deepStrictEqual([...k], ['a', { x: 1 }]);
  assert.strictEqual(inspect(k), '[Map Iterator] {  }');
  const done = s.values();
  [...done];
  assert.strictEqual(inspect(done), '[Set Iterator] {  }');
  assert.strictEqual(inspect(m.keys(), { maxArrayLength: 1 }), "[Map Iterator] { 'foo', ... 2 more items }");
  assert.strictEqual(inspect(m.entries(), { maxArrayLength: 0 }), '[Map Entries] { ... 3 more items }');
  assert.strictEqual(inspect(Object.assign(m.keys(), { extra: true })), "[Map Iterator] { 'foo', 'a', { x: 1 }, extra: true }");
  assert.strictEqual(inspect(m.entries(), { depth: 0 }), "[Map Entries] { [ 'foo', 'bar' ], [ 'a', 1 ], [ [Object], [Array] ] }");
  // Changes after the iterator was made: what it would still yield.
  const changing = new Map([[1, 2]]);
  const ki = changing.keys();
  changing.set(5, 6);
  changing.delete(1);
  assert.strictEqual(inspect(ki), '[Map Iterator] { 5 }');
  assert.deepStrictEqual([...ki], [5]);
  const many = new Map(Array.from({ length: 300 }, (_, i) => [i, i]));
  const mi = many.keys();
  for (let i = 0; i < 150; i++) mi.next();
  many.clear();
  assert.strictEqual(inspect(mi), '[Map Iterator] {  }');
  const grown = new Map();
  const gi = grown.keys();
  for (let i = 0; i < 100; i++) grown.set(i, i);
  for (let i = 0; i < 98; i++) grown.delete(i);
  assert.strictEqual(inspect(gi), '[Map Iterator] { 98, 99 }');
  assert.deepStrictEqual([...gi], [98, 99]);
  class Foo extends Map {}
  assert.strictEqual(inspect(new Foo([['bar', 1]]).keys()), "[Map Iterator] { 'bar' }");
  assert.strictEqual(inspect({ it: s.entries() }, { colors: true }),
                     "{ it: [Set Entries] { [ \u001b[33m1\u001b[39m, \u001b[33m1\u001b[39m ], [ \u001b[33m3\u001b[39m, \u001b[33m3\u001b[39m ], " +
                     "[ \u001b[32m'x'\u001b[39m, \u001b[32m'x'\u001b[39m ] } }");
}

// A program that replaces the collections' methods does not break inspect
// (which loads lazily) or the printing of errors.
{
  const { execFileSync } = require('child_process');
  const out = execFileSync(process.execPath, ['-e', `
    Map.prototype.keys = function() { throw new Error('patched'); };
    Set.prototype.values = function() { throw new Error('patched'); };
    const util = require('util');
    console.log(util.inspect({ a: new Map([[1, 2]]), s: new Set([3]) }));
    console.log(util.inspect(Map.prototype.entries.call(new Map([[1, 2]]))).startsWith('[Map '));
  `], { encoding: 'utf8' });
  assert.strictEqual(out, '{ a: Map(1) { 1 => 2 }, s: Set(1) { 3 } }\ntrue\n');
}
