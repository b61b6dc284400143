'use strict';
// console.table's layout: box-drawing borders, an (index) column, one
// column per key, a Values column for rows that are primitives; cells
// padded on the right.
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
  assert.strictEqual(written.length, 1);
  return written[0];
}

function lines(...rows) {
  return `${rows.join('\n')}\n`;
}

assert.strictEqual(table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]), lines(
  '\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2510',
  '\u2502 (index) \u2502 a   \u2502 b   \u2502',
  '\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2524',
  "\u2502 0       \u2502 1   \u2502 'Y' \u2502",
  "\u2502 1       \u2502 'Z' \u2502 2   \u2502",
  '\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2518',
));

// The same table as a readable literal, to check the rest against.
assert.strictEqual(table([1, 2, 3]), lines(
  '┌─────────┬────────┐',
  '│ (index) │ Values │',
  '├─────────┼────────┤',
  '│ 0       │ 1      │',
  '│ 1       │ 2      │',
  '│ 2       │ 3      │',
  '└─────────┴────────┘',
));

// Object rows: keys as they are in the index column; columns in the order
// keys are first seen; a Values column after them for primitive rows.
assert.strictEqual(table({ x: { a: 1 }, y: { b: 2 }, z: 3 }), lines(
  '┌─────────┬───┬───┬────────┐',
  '│ (index) │ a │ b │ Values │',
  '├─────────┼───┼───┼────────┤',
  '│ x       │ 1 │   │        │',
  '│ y       │   │ 2 │        │',
  '│ z       │   │   │ 3      │',
  '└─────────┴───┴───┴────────┘',
));

// Arrays of arrays: the inner indices are the columns.
assert.strictEqual(table([[1, 2], [3, 4, 5]]), lines(
  '┌─────────┬───┬───┬───┐',
  '│ (index) │ 0 │ 1 │ 2 │',
  '├─────────┼───┼───┼───┤',
  '│ 0       │ 1 │ 2 │   │',
  '│ 1       │ 3 │ 4 │ 5 │',
  '└─────────┴───┴───┴───┘',
));

// Integer-like keys come first, as an object orders them.
assert.strictEqual(table([{ b: 1, 2: 'two', a: 3 }]), lines(
  '┌─────────┬───────┬───┬───┐',
  '│ (index) │ 2     │ b │ a │',
  '├─────────┼───────┼───┼───┤',
  "│ 0       │ 'two' │ 1 │ 3 │",
  '└─────────┴───────┴───┴───┘',
));

// Wide headers and cells.
assert.strictEqual(table([{ 'long key name': 1, x: 'a longer value here' }]), lines(
  '┌─────────┬───────────────┬───────────────────────┐',
  '│ (index) │ long key name │ x                     │',
  '├─────────┼───────────────┼───────────────────────┤',
  "│ 0       │ 1             │ 'a longer value here' │",
  '└─────────┴───────────────┴───────────────────────┘',
));

// Empty data: the header alone.
const empty = lines('┌─────────┐', '│ (index) │', '├─────────┤', '└─────────┘');
assert.strictEqual(table([]), empty);
assert.strictEqual(table({}), empty);
assert.strictEqual(table([[]]), lines('┌─────────┐', '│ (index) │', '├─────────┤', '│ 0       │', '└─────────┘'));

// Symbol keys are left out; primitive cells of every type.
assert.strictEqual(table([{ [Symbol('s')]: 1, v: null }, { v: undefined }, { v: -0 }, { v: 10n },
                          { v: Symbol('t') }, { v: true }, { v: 'a\nb' }]), lines(
  '┌─────────┬───────────┐',
  '│ (index) │ v         │',
  '├─────────┼───────────┤',
  '│ 0       │ null      │',
  '│ 1       │ undefined │',
  '│ 2       │ -0        │',
  '│ 3       │ 10n       │',
  '│ 4       │ Symbol(t) │',
  '│ 5       │ true      │',
  "│ 6       │ 'a\\nb'    │",
  '└─────────┴───────────┘',
));

// Functions as rows contribute their own keys; boxed strings and typed
// arrays are objects whose elements are primitive rows.
assert.strictEqual(table([function f() {}, Object.assign(() => {}, { p: 1 })]), lines(
  '┌─────────┬───┐',
  '│ (index) │ p │',
  '├─────────┼───┤',
  '│ 0       │   │',
  '│ 1       │ 1 │',
  '└─────────┴───┘',
));
assert.strictEqual(table(new String('ab')), lines(
  '┌─────────┬────────┐',
  '│ (index) │ Values │',
  '├─────────┼────────┤',
  "│ 0       │ 'a'    │",
  "│ 1       │ 'b'    │",
  '└─────────┴────────┘',
));
assert.strictEqual(table(new Uint8Array([7, 8])), lines(
  '┌─────────┬────────┐',
  '│ (index) │ Values │',
  '├─────────┼────────┤',
  '│ 0       │ 7      │',
  '│ 1       │ 8      │',
  '└─────────┴────────┘',
));
