'use strict';
// Terminal mode over plain streams: keys parsed from escape sequences,
// line editing (cursor moves, word and line deletion, yank, undo), history
// with prefix search, and the escape sequences of the cursor helpers.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
const keys = [];
input.on('keypress', (s, k) => keys.push([k.name, !!k.ctrl, !!k.meta, !!k.shift]));

input.write('ab\x1b[D\x1b[1;5C\x01\x1bOP\x1b[3~');
assert.deepStrictEqual(keys, [
  ['a', false, false, false],
  ['b', false, false, false],
  ['left', false, false, false],
  ['right', true, false, false],
  ['a', true, false, false],
  ['f1', false, false, false],
  ['delete', false, false, false],
]);
assert.strictEqual(rl.line, 'b');
assert.strictEqual(rl.cursor, 0);

const lines = [];
rl.on('line', (l) => lines.push(l));
input.write('\x05 foo bar\x17\x17');      // ctrl+e, text, ctrl+w twice
assert.strictEqual(rl.line, 'b ');
input.write('\x15');                       // ctrl+u kills the line
assert.strictEqual(rl.line, '');
input.write('\x19\x19');                   // ctrl+y yanks it, twice
assert.strictEqual(rl.line, 'b b ');
input.write('\x1f');                       // ctrl+_ undoes one yank
assert.strictEqual(rl.line, 'b ');
input.write('\x15first\r');                // ctrl+u, then a line
input.write('second\n');
input.write('fish\r\n');
assert.deepStrictEqual(lines, ['first', 'second', 'fish']);
assert.deepStrictEqual(rl.history, ['fish', 'second', 'first']);

// Up with 'f' typed searches history entries that start with 'f'.
input.write('f\x1b[A');
assert.strictEqual(rl.line, 'fish');
input.write('\x1b[A');
assert.strictEqual(rl.line, 'first');
input.write('\x1b[B\x1b[B');
assert.strictEqual(rl.line, 'f');
assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 3 });
rl.close();

const w = new PassThrough();
readline.cursorTo(w, 3);
readline.cursorTo(w, 3, 4);
readline.moveCursor(w, -2, 1);
readline.clearLine(w, -1);
readline.clearLine(w, 0);
readline.clearScreenDown(w);
assert.strictEqual(w.read().toString(), '\x1b[4G\x1b[5;4H\x1b[2D\x1b[1B\x1b[1K\x1b[2K\x1b[0J');
assert.throws(() => readline.cursorTo(w, 'x', 1), { code: 'ERR_INVALID_CURSOR_POS' });
assert.strictEqual(readline.cursorTo(null, 1), true);
