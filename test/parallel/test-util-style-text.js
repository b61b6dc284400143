'use strict';
// util.styleText with validateStream: false: the escape codes of each
// format, outermost first; codes already in the text are re-opened.
const assert = require('assert');
const util = require('util');
const { styleText } = util;

const plain = { validateStream: false };
assert.strictEqual(styleText.length, 3);
assert.strictEqual(styleText('red', 'x', plain), '\u001b[31mx\u001b[39m');
assert.strictEqual(styleText(['bold', 'red'], 'x', plain), '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
assert.strictEqual(styleText('none', 'x', plain), 'x');
assert.strictEqual(styleText(['none', 'red'], 'x', plain), '\u001b[31mx\u001b[39m');
assert.strictEqual(styleText([], 'x', plain), 'x');
// Aliases work.
assert.strictEqual(styleText('grey', 'x', plain), '\u001b[90mx\u001b[39m');
assert.strictEqual(styleText('faint', 'x', plain), '\u001b[2mx\u001b[22m');
// Every key of inspect.colors is a format.
for (const [name, [open, close]] of Object.entries(util.inspect.colors)) {
  assert.strictEqual(styleText(name, 't', plain), `\u001b[${open}mt\u001b[${close}m`);
}

// Nesting: an inner close code is followed by the outer style again; bold
// and dim share a close code, so it is re-sent with the open code.
assert.strictEqual(styleText('red', `a${styleText('blue', 'b', plain)}c`, plain),
                   '\u001b[31ma\u001b[34mb\u001b[31mc\u001b[39m');
assert.strictEqual(styleText('bold', `a${styleText('dim', 'b', plain)}c`, plain),
                   '\u001b[1ma\u001b[2mb\u001b[22m\u001b[1mc\u001b[22m');
assert.strictEqual(styleText(['red', 'underline'], 'a\u001b[39mb', plain),
                   '\u001b[31m\u001b[4ma\u001b[31mb\u001b[24m\u001b[39m');
assert.strictEqual(styleText(['red', 'bgBlue', 'italic'], 'a\u001b[39mb\u001b[49mc\u001b[23md', plain),
                   '\u001b[31m\u001b[44m\u001b[3ma\u001b[31mb\u001b[44mc\u001b[3md\u001b[23m\u001b[49m\u001b[39m');

// Validation, in Node's order: text, options, validateStream, stream, format.
const formatError = {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: new RegExp(`^The argument 'format' must be one of: ${
    Object.getOwnPropertyNames(util.inspect.colors).map((k) => `'${k}'`).join(', ')}\\. Received `),
};
assert.throws(() => styleText('nope', 'x', plain), formatError);
assert.throws(() => styleText(['red', 'nope'], 'x', plain), formatError);
assert.throws(() => styleText('toString', 'x', plain), formatError);
assert.throws(() => styleText('', 'x', plain), formatError);
assert.throws(() => styleText(1, 'x', plain), formatError);
assert.throws(() => styleText('nope', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (1)',
});
assert.throws(() => styleText('red', 'x', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => styleText('red', 'x', []), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => styleText('nope', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. Received type number (1)',
});
for (const stream of [{}, 0, false, '', 'str']) {
  assert.throws(() => styleText('nope', 'x', { stream }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream\. Received /,
  });
}
// With validateStream off, the stream is not even read.
styleText('red', 'x', { validateStream: false, get stream() { throw new Error('read'); } });
