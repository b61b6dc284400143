'use strict';
// util.styleText and util.stripVTControlCharacters.

const assert = require('assert');
const util = require('util');

const noStream = { validateStream: false };
assert.strictEqual(util.styleText('red', 'x', noStream), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'underline'], 'y', noStream), '\u001b[1m\u001b[4my\u001b[24m\u001b[22m');
assert.strictEqual(util.styleText('grey', 'z', noStream), '\u001b[90mz\u001b[39m');
assert.strictEqual(util.styleText('bgBlueBright', 'w', noStream), '\u001b[104mw\u001b[49m');
assert.strictEqual(util.styleText('none', 'plain', noStream), 'plain');
assert.strictEqual(util.styleText(['none', 'red'], 'x', noStream), '\u001b[31mx\u001b[39m');

// A stream that is no terminal gets the text alone.
const pipe = { isTTY: false, write() {}, on() {} };
assert.strictEqual(util.styleText('red', 'x', { stream: pipe }), 'x');
const tty = { isTTY: true, getColorDepth() { return 8; }, write() {}, on() {} };
if (process.env.FORCE_COLOR === undefined && process.env.NO_COLOR === undefined) {
  assert.strictEqual(util.styleText('red', 'x', { stream: tty }), '\u001b[31mx\u001b[39m');
  const mono = { isTTY: true, getColorDepth() { return 1; }, write() {}, on() {} };
  assert.strictEqual(util.styleText('red', 'x', { stream: mono }), 'x');
}

assert.throws(() => util.styleText('nope', 'x', noStream), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: /^The argument 'format' must be one of: 'reset', 'bold', .*'doubleUnderline'\. Received 'nope'$/,
});
assert.throws(() => util.styleText(['red', 5], 'x', noStream), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});
assert.throws(() => util.styleText('red', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { stream: {} }), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1;4mbold\u001b[0m plain'), 'bold plain');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(util.stripVTControlCharacters('\u009b1mcsi'), 'csi');
assert.strictEqual(util.stripVTControlCharacters('no escapes'), 'no escapes');
assert.strictEqual(util.stripVTControlCharacters(util.inspect({ a: [1, 'x'] }, { colors: true })),
                   util.inspect({ a: [1, 'x'] }));
assert.throws(() => util.stripVTControlCharacters(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (5)',
});
