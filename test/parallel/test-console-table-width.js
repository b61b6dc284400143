'use strict';
// Columns line up in terminal columns, not UTF-16 units: East Asian wide
// characters and emoji take two, combining marks none, and the color
// escapes of a colored table none.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function tableOf(data, options = {}) {
  const out = new EventEmitter();
  const written = [];
  out.write = (s) => written.push(s);
  new Console({ stdout: out, ...options }).table(data);
  return written.join('');
}
const lines = (...rows) => `${rows.join('\n')}\n`;

// 'e\u0301' is é with a combining accent: one column, as is 'é'.
assert.strictEqual(tableOf([{ a: '中文字', b: 'é' }, { a: 'x', b: 'e\u0301' }]), lines(
  '┌─────────┬──────────┬─────┐',
  '│ (index) │ a        │ b   │',
  '├─────────┼──────────┼─────┤',
  "│ 0       │ '中文字' │ 'é' │",
  "│ 1       │ 'x'      │ 'e\u0301' │",
  '└─────────┴──────────┴─────┘',
));

// Fullwidth forms, emoji (inside and outside the old BMP-only ranges), a
// Hangul syllable, and wide keys in the header.
assert.strictEqual(tableOf([{ 'ü': '👍', '中': 'ｗ' }, { 'ü': '🚀', '中': '한' }]), lines(
  '┌─────────┬──────┬──────┐',
  '│ (index) │ ü    │ 中   │',
  '├─────────┼──────┼──────┤',
  "│ 0       │ '👍' │ 'ｗ' │",
  "│ 1       │ '🚀' │ '한' │",
  '└─────────┴──────┴──────┘',
));

// Zero-width characters and a ZWJ sequence, each emoji counted.
assert.strictEqual(tableOf([{ v: 'a\u200bb' }, { v: '👨‍👩' }, { v: 'abcdef' }]), lines(
  '┌─────────┬──────────┐',
  '│ (index) │ v        │',
  '├─────────┼──────────┤',
  "│ 0       │ 'a\u200bb'     │",
  "│ 1       │ '👨‍👩'   │",
  "│ 2       │ 'abcdef' │",
  '└─────────┴──────────┘',
));

// Colors: the escapes do not count.
assert.strictEqual(tableOf([{ a: 1, b: 'str' }], { colorMode: true }), lines(
  '┌─────────┬───┬───────┐',
  '│ (index) │ a │ b     │',
  '├─────────┼───┼───────┤',
  "│ 0       │ \u001b[33m1\u001b[39m │ \u001b[32m'str'\u001b[39m │",
  '└─────────┴───┴───────┘',
));
// The iteration index of a Map is inspected, so colored too.
assert.strictEqual(tableOf(new Map([['k', 1]]), { colorMode: true }), lines(
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  "│ \u001b[33m0\u001b[39m                 │ \u001b[32m'k'\u001b[39m │ \u001b[33m1\u001b[39m      │",
  '└───────────────────┴─────┴────────┘',
));
