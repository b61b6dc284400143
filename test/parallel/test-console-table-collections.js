'use strict';
// console.table for Maps, Sets and their iterators: an (iteration index)
// column, then Key and Values for maps, Values for sets.
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

const mapTable = lines(
  '┌───────────────────┬──────┬──────────┐',
  '│ (iteration index) │ Key  │ Values   │',
  '├───────────────────┼──────┼──────────┤',
  "│ 0                 │ 'k1' │ { a: 1 } │",
  "│ 1                 │ 'k2' │ 5        │",
  '└───────────────────┴──────┴──────────┘',
);
const map = new Map([['k1', { a: 1 }], ['k2', 5]]);
assert.strictEqual(table(map), mapTable);
assert.strictEqual(table(map.entries()), mapTable);
// The map is not changed.
assert.strictEqual(map.size, 2);

const setTable = lines(
  '┌───────────────────┬──────────┐',
  '│ (iteration index) │ Values   │',
  '├───────────────────┼──────────┤',
  '│ 0                 │ 1        │',
  "│ 1                 │ 'two'    │",
  '│ 2                 │ { a: 3 } │',
  '└───────────────────┴──────────┘',
);
assert.strictEqual(table(new Set([1, 'two', { a: 3 }])), setTable);
assert.strictEqual(table(new Set([1, 'two', { a: 3 }]).values()), setTable);

assert.strictEqual(table(new Map([['a', 1], ['b', 2]]).keys()), lines(
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  "│ 0                 │ 'a'    │",
  "│ 1                 │ 'b'    │",
  '└───────────────────┴────────┘',
));

// A set's entries() yields [v, v]; the table shows both, one per row.
assert.strictEqual(table(new Set([1, 2]).entries()), lines(
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  '│ 0                 │ 1      │',
  '│ 1                 │ 1      │',
  '│ 2                 │ 2      │',
  '│ 3                 │ 2      │',
  '└───────────────────┴────────┘',
));

// An iterator already advanced shows what is left.
const iterator = new Map([['a', 1], ['b', 2]]).entries();
iterator.next();
assert.strictEqual(table(iterator), lines(
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  "│ 0                 │ 'b' │ 2      │",
  '└───────────────────┴─────┴────────┘',
));

assert.strictEqual(table(new Map()), lines(
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  '└───────────────────┴─────┴────────┘',
));
assert.strictEqual(table(new Set()), lines(
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  '└───────────────────┴────────┘',
));
