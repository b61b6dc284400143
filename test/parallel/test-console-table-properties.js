'use strict';
// console.table(data, properties): only the named columns, in the order
// named; no Values column; properties must be an array.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = new EventEmitter();
let written = [];
out.write = (s) => written.push(s);
const c = new Console(out);

function table(...args) {
  written = [];
  c.table(...args);
  return written.join('');
}
const lines = (...rows) => `${rows.join('\n')}\n`;

const rows = [{ a: 1, b: 2 }, { a: 3, c: 4 }];
assert.strictEqual(table(rows, ['a', 'c']), lines(
  '┌─────────┬───┬───┐',
  '│ (index) │ a │ c │',
  '├─────────┼───┼───┤',
  '│ 0       │ 1 │   │',
  '│ 1       │ 3 │ 4 │',
  '└─────────┴───┴───┘',
));
assert.strictEqual(table(rows, ['c', 'a']), lines(
  '┌─────────┬───┬───┐',
  '│ (index) │ c │ a │',
  '├─────────┼───┼───┤',
  '│ 0       │   │ 1 │',
  '│ 1       │ 4 │ 3 │',
  '└─────────┴───┴───┘',
));
// A named column no row has is still drawn, blank.
assert.strictEqual(table(rows, ['zz']), lines(
  '┌─────────┬────┐',
  '│ (index) │ zz │',
  '├─────────┼────┤',
  '│ 0       │    │',
  '│ 1       │    │',
  '└─────────┴────┘',
));
// No properties: the index column alone.
assert.strictEqual(table(rows, []), lines(
  '┌─────────┐', '│ (index) │', '├─────────┤', '│ 0       │', '│ 1       │', '└─────────┘',
));
// Primitive rows get blank cells, and no Values column.
assert.strictEqual(table([1, 'a', { x: 1 }], ['x']), lines(
  '┌─────────┬───┐',
  '│ (index) │ x │',
  '├─────────┼───┤',
  '│ 0       │   │',
  '│ 1       │   │',
  '│ 2       │ 1 │',
  '└─────────┴───┘',
));
assert.strictEqual(table({ a: 1, b: 2 }, ['a']), lines(
  '┌─────────┬───┐',
  '│ (index) │ a │',
  '├─────────┼───┤',
  '│ a       │   │',
  '│ b       │   │',
  '└─────────┴───┘',
));
// Inherited properties are not own: blank.
assert.strictEqual(table([Object.create({ p: 1 })], ['p']), lines(
  '┌─────────┬───┐',
  '│ (index) │ p │',
  '├─────────┼───┤',
  '│ 0       │   │',
  '└─────────┴───┘',
));
// Maps and Sets ignore properties.
assert.strictEqual(table(new Set([1]), ['x']), table(new Set([1])));

for (const bad of [5, 'a', {}, null, new Set(['a'])]) {
  assert.throws(() => c.table(rows, bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "properties" argument must be an instance of Array\. Received /,
  });
}
// Validated even when the data is not a table.
assert.throws(() => c.table(5, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
