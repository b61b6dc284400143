'use strict';
// Deep comparison stops where both sides loop back; a loop on one side only
// is a difference.
const assert = require('assert');

function cycle() {
  const o = { v: 1 };
  o.self = o;
  return o;
}
assert.deepStrictEqual(cycle(), cycle());
assert.deepEqual(cycle(), cycle());

const other = cycle();
other.v = 2;
assert.notDeepStrictEqual(cycle(), other);

// A loop of two objects against a loop of one.
const a = { v: 1 };
const b = { v: 1 };
a.self = b;
b.self = a;
assert.notDeepStrictEqual(cycle(), a);

const arr1 = [1];
arr1.push(arr1);
const arr2 = [1];
arr2.push(arr2);
assert.deepStrictEqual(arr1, arr2);
assert.notDeepStrictEqual(arr1, [1, [1, []]]);

const m1 = new Map();
m1.set('m', m1);
const m2 = new Map();
m2.set('m', m2);
assert.deepStrictEqual(m1, m2);

const s1 = new Set();
s1.add(s1);
const s2 = new Set();
s2.add(s2);
assert.deepStrictEqual(s1, s2);

// Shared (not circular) references are compared each time they appear.
const shared = { x: 1 };
assert.deepStrictEqual({ a: shared, b: shared }, { a: { x: 1 }, b: { x: 1 } });
assert.notDeepStrictEqual({ a: shared, b: shared }, { a: { x: 1 }, b: { x: 2 } });

// Failing on a circular structure still produces a message.
assert.throws(() => assert.deepStrictEqual(cycle(), other), {
  code: 'ERR_ASSERTION',
  message: /\[Circular \*1\]/,
});
