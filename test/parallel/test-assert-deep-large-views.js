'use strict';
// Deep equality of large typed arrays and arrays: bytes and elements are
// compared, and a property besides the elements still counts.
const assert = require('assert');
const util = require('util');

let a = new Uint8Array(8 << 20);
let b = new Uint8Array(8 << 20);
a[a.length - 1] = b[b.length - 1] = 7;
assert.deepStrictEqual(a, b);
assert.ok(util.isDeepStrictEqual(a, b));
b[1 << 20] = 1;
assert.notDeepStrictEqual(a, b);
b[1 << 20] = 0;
assert.deepStrictEqual(a, b);

// A named property on one side only, or different values on both. (An
// array that has or had one is compared by listing its keys, which takes
// JavaScriptCore seconds for megabytes: these are smaller.)
a = new Uint8Array(4096);
b = new Uint8Array(4096);
a.extra = 1;
assert.notDeepStrictEqual(a, b);
assert.notDeepEqual(a, b);
b.extra = 2;
assert.notDeepStrictEqual(a, b);
b.extra = 1;
assert.ok(util.isDeepStrictEqual(a, b));
delete a.extra;
delete b.extra;
assert.ok(util.isDeepStrictEqual(a, b));
a[Symbol.for('s')] = 1;
assert.notDeepStrictEqual(a, b);
assert.deepEqual(a, b); // Symbols are not compared loosely.

// Same bytes, different element types.
assert.notDeepEqual(new Int8Array(300), new Uint8Array(300));
const fake = new Int8Array(300);
Object.setPrototypeOf(fake, Uint8Array.prototype);
Object.defineProperty(fake, Symbol.toStringTag, { value: 'Uint8Array' });
assert.notDeepEqual(new Uint8Array(300), fake);

// Buffers, with and without an extra property; a subclass.
const x = Buffer.alloc(100000, 1);
const y = Buffer.alloc(100000, 1);
assert.deepStrictEqual(x, y);
y.foo = 'bar';
assert.notDeepStrictEqual(x, y);
class Bytes extends Uint8Array {}
assert.deepStrictEqual(new Bytes(1000), new Bytes(1000));
assert.notDeepStrictEqual(new Bytes(1000), new Uint8Array(1000));
const z = new Bytes(1000);
z.n = 1;
assert.notDeepStrictEqual(new Bytes(1000), z);

// Float arrays: strict compares bytes, loose compares numbers.
const f = new Float64Array(1000);
const g = new Float64Array(1000);
g[500] = -0;
assert.notDeepStrictEqual(f, g);
assert.deepEqual(f, g);

// Large arrays: holes, extra properties, and elements.
const arr1 = Array.from({ length: 5000 }, (_, i) => i);
const arr2 = Array.from({ length: 5000 }, (_, i) => i);
assert.deepStrictEqual(arr1, arr2);
arr2.name = 'x';
assert.notDeepStrictEqual(arr1, arr2);
delete arr2.name;
delete arr2[500];
assert.notDeepStrictEqual(arr1, arr2);
arr2[500] = undefined;
assert.notDeepStrictEqual(arr1, arr2);
arr2[500] = 500;
assert.deepStrictEqual(arr1, arr2);
const holes1 = new Array(1000);
const holes2 = new Array(1000);
holes1[999] = holes2[999] = 1;
assert.deepStrictEqual(holes1, holes2);
holes2[3] = undefined;
assert.notDeepStrictEqual(holes1, holes2);
