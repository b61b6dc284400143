'use strict';
// Cells are util.inspect renderings one level deep: an object with more
// than two keys shows as [Object], others with their first level; arrays
// show at most three elements; nothing breaks across lines.
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');
const { Console } = require('console');

const out = new EventEmitter();
let written = [];
out.write = (s) => written.push(s);
const c = new Console(out);

function cells(data) {
  written = [];
  c.table(data);
  return written[0].split('\n').slice(3, -2).map((row) => row.split('\u2502').slice(2, -1).map((s) => s.trim()));
}

assert.deepStrictEqual(cells([{ a: { b: { c: { d: 1 } } } }]), [['{ b: [Object] }']]);
assert.deepStrictEqual(cells([{ v: { a: 1, b: 2, c: 3 } }, { v: { a: 1, b: 2 } }]),
                       [['[Object]'], ['{ a: 1, b: 2 }']]);
assert.deepStrictEqual(cells([{ v: [1, 2, 3, 4, 5] }]), [['[ 1, 2, 3, ... 2 more items ]']]);
assert.deepStrictEqual(cells([{ v: [1, [2, [3]]] }]), [['[ 1, [Array] ]']]);
assert.deepStrictEqual(cells([{ v: { a: { x: 1 }, b: 2 } }]), [['{ a: [Object], b: 2 }']]);
assert.deepStrictEqual(cells({ r: [1, 2, 3, 4, 5] }), [['1', '2', '3', '4', '5']]);

// The same as util.inspect with those options, for any value.
const values = [
  { long: 'x'.repeat(100), more: { deeper: { still: 1 } } },
  [1, 2, 3, 4, 5, 6],
  new Map([[1, { a: 1 }]]),
  { a: 1, b: 'two', c: [3], d: null },
  [[1, 2], [3, 4]],
];
for (const v of values) {
  const depth = typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
  const expected = util.inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
  assert.deepStrictEqual(cells([{ v }]), [[expected]]);
}

// Map keys and values are shown the same way.
written = [];
c.table(new Map([[{ x: 1 }, [1, 2, 3, 4, 5]]]));
assert.match(written[0], /│ 0 {17}│ \{ x: 1 \} │ \[ 1, 2, 3, \.\.\. 2 more items \] │/);
