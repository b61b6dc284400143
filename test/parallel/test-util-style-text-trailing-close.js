'use strict';
// util.styleText re-opens its style after a close code inside the text,
// but leaves one that ends the text alone: Node's output for nested
// styleText calls whose inner text is last.
require('../common');
const assert = require('assert');
const { styleText } = require('util');

const plain = { validateStream: false };
const blue = styleText('blue', 'blue', plain);
assert.strictEqual(styleText('red', `red${blue}red${styleText('red', 'red', plain)}red${blue}`, plain),
                   '\u001b[31mred\u001b[34mblue\u001b[31mred\u001b[31mred\u001b[31mred\u001b[34mblue' +
                   '\u001b[39m\u001b[39m');
assert.strictEqual(styleText('red', 'x\u001b[39m', plain), '\u001b[31mx\u001b[39m\u001b[39m');
assert.strictEqual(styleText('red', '\u001b[39m', plain), '\u001b[31m\u001b[39m\u001b[39m');
// Not at the end: re-opened.
assert.strictEqual(styleText('red', '\u001b[39mx', plain), '\u001b[31m\u001b[31mx\u001b[39m');
assert.strictEqual(styleText('red', '\u001b[39m\u001b[39m', plain), '\u001b[31m\u001b[31m\u001b[39m\u001b[39m');
// Each style looks at the text as the styles before it left it.
assert.strictEqual(styleText(['red', 'underline'], 'a\u001b[24m\u001b[39mb\u001b[39m', plain),
                   '\u001b[31m\u001b[4ma\u001b[4m\u001b[31mb\u001b[39m\u001b[24m\u001b[39m');
assert.strictEqual(styleText(['bold', 'dim'], '\u001b[22m\u001b[22m', plain),
                   '\u001b[1m\u001b[2m\u001b[22m\u001b[2m\u001b[1m\u001b[22m\u001b[22m\u001b[22m');
