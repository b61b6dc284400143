'use strict';
// util.inspect of arrays: holes, maxArrayLength, extra properties, and
// long arrays set in columns.

const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect([]), '[]');
assert.strictEqual(inspect([1, 'two', null]), "[ 1, 'two', null ]");
assert.strictEqual(inspect([1, , 3]), '[ 1, <1 empty item>, 3 ]'); // eslint-disable-line no-sparse-arrays
assert.strictEqual(inspect(new Array(5)), '[ <5 empty items> ]');
assert.strictEqual(inspect([1, , , 4, , 6, 7, 8, 9, 10, 11]), // eslint-disable-line no-sparse-arrays
                   '[ 1, <2 empty items>, 4, <1 empty item>, 6, 7, 8, 9, 10, 11 ]');
const sparse = [];
sparse[200] = 1;
assert.strictEqual(inspect(sparse), '[ <200 empty items>, 1 ]');
const tail = [1, 2, 3];
tail[150] = 4;
assert.strictEqual(inspect(tail, { maxArrayLength: 3 }), '[ 1, 2, 3, ... 148 more items ]');
assert.strictEqual(inspect(tail, { maxArrayLength: 4 }), '[ 1, 2, 3, <147 empty items>, ... 1 more item ]');

assert.strictEqual(inspect(Array.from({ length: 101 }, () => 0)).split('\n').pop(), ']');
assert.match(inspect(Array.from({ length: 101 }, () => 0)), /\n {2}\.\.\. 1 more item\n\]$/);
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: 0 }), '[ ... 3 more items ]');
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: -1 }), '[ ... 3 more items ]');
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: 1 }), '[ 1, ... 2 more items ]');
assert.strictEqual(inspect(Array(103).fill(0), { maxArrayLength: null }).includes('more'), false);

const extra = Object.assign([1, 2], { foo: 'bar', [Symbol('s')]: 1 });
assert.strictEqual(inspect(extra), "[ 1, 2, foo: 'bar', Symbol(s): 1 ]");
assert.strictEqual(inspect([1, , 3], { showHidden: true }), '[ 1, <1 empty item>, 3, [length]: 3 ]'); // eslint-disable-line no-sparse-arrays
assert.strictEqual(inspect([], { showHidden: true }), '[ [length]: 0 ]');
assert.strictEqual(inspect([[[[[1]]]]]), '[ [ [ [Array] ] ] ]');
assert.strictEqual(inspect(Object.setPrototypeOf([1], null)), '[Array(1): null prototype] [ 1 ]');
assert.strictEqual(inspect({ a: Object.setPrototypeOf([1], null) }, { depth: 0 }), '{ a: [Array: null prototype] }');
class MyArray extends Array {}
assert.strictEqual(inspect(MyArray.from([1, 2])), 'MyArray(2) [ 1, 2 ]');

// More than six entries are set in columns when they are short enough;
// numbers right-aligned, anything else left-aligned.
assert.strictEqual(inspect(Array.from({ length: 30 }, (_, i) => i * 3)),
                   '[\n' +
                   '   0,  3,  6,  9, 12, 15, 18, 21, 24,\n' +
                   '  27, 30, 33, 36, 39, 42, 45, 48, 51,\n' +
                   '  54, 57, 60, 63, 66, 69, 72, 75, 78,\n' +
                   '  81, 84, 87\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 10 }, (_, i) => `item${i}`)),
                   "[\n  'item0', 'item1',\n  'item2', 'item3',\n  'item4', 'item5',\n  'item6', 'item7',\n  'item8', 'item9'\n]");
assert.strictEqual(inspect([100, 200, 300, 400, 500, 600]), '[ 100, 200, 300, 400, 500, 600 ]');
assert.strictEqual(inspect(['a', 'b', 'c', 'd', 'e', 'f', 'g']),
                   "[\n  'a', 'b', 'c',\n  'd', 'e', 'f',\n  'g'\n]");
assert.strictEqual(inspect(Array.from({ length: 8 }, (_, i) => ({ a: i }))),
                   '[\n  { a: 0 }, { a: 1 },\n  { a: 2 }, { a: 3 },\n  { a: 4 }, { a: 5 },\n  { a: 6 }, { a: 7 }\n]');
assert.strictEqual(inspect([1, 2, 3, 4, 5, 6, 'x'.repeat(40)]),
                   `[ 1, 2, 3, 4, 5, 6, '${'x'.repeat(40)}' ]`);
assert.strictEqual(inspect(Array.from({ length: 12 }, (_, i) => i), { compact: 1 }),
                   '[\n  0, 1,  2,  3,\n  4, 5,  6,  7,\n  8, 9, 10, 11\n]');
const colored = inspect(Array.from({ length: 8 }, (_, i) => i * 100), { colors: true });
assert.strictEqual(colored.replace(/\u001b\[\d+m/g, ''),
                   '[\n    0, 100, 200, 300,\n  400, 500, 600, 700\n]');
