'use strict';
// util.inspect of strings: the choice of quotes, escapes, maxStringLength,
// and long strings split at their newlines.

const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect('hello'), "'hello'");
assert.strictEqual(inspect(''), "''");
// Single quotes by default; double quotes if the string has a single
// quote; backticks if it has both; escaped single quotes with all three.
assert.strictEqual(inspect("it's"), `"it's"`);
assert.strictEqual(inspect('it\'s "q"'), '`it\'s "q"`');
assert.strictEqual(inspect('it\'s "q" `b`'), "'it\\'s \"q\" `b`'");
assert.strictEqual(inspect('it\'s "q" ${b}'), "'it\\'s \"q\" ${b}'");
assert.strictEqual(inspect('it\'s "q" $b'), '`it\'s "q" $b`');

assert.strictEqual(inspect('a\\b'), "'a\\\\b'");
assert.strictEqual(inspect('\n\t\r\b\f\v\0\x07\x1b\x7f\x85\x9f\xa0'),
                   "'\\n\\t\\r\\b\\f\\x0B\\x00\\x07\\x1B\\x7F\\x85\\x9F\u00a0'");
// Lone surrogates are escaped, pairs kept.
assert.strictEqual(inspect('\ud800x\udc00 \ud83d\ude00'), "'\\ud800x\\udc00 \ud83d\ude00'");
assert.strictEqual(inspect('x'.repeat(101) + '\ud800'), `'${'x'.repeat(101)}\\ud800'`);

assert.strictEqual(inspect('x'.repeat(20), { maxStringLength: 4 }), "'xxxx'... 16 more characters");
assert.strictEqual(inspect('x'.repeat(20), { maxStringLength: 19 }), "'xxxxxxxxxxxxxxxxxxx'... 1 more character");
assert.strictEqual(inspect('abc', { maxStringLength: 0 }), "''... 3 more characters");
assert.strictEqual(inspect('abc', { maxStringLength: null }), "'abc'");
assert.strictEqual(inspect(['abcdef'], { maxStringLength: 2 }), "[ 'ab'... 4 more characters ]");

// Past breakLength (less the indentation), a string longer than 16 code
// units is shown as the sum of its lines.
const long = 'This is a fairly long line of text\nwith a newline in it and it goes on and on\nthird';
assert.strictEqual(inspect(long),
                   "'This is a fairly long line of text\\n' +\n" +
                   "  'with a newline in it and it goes on and on\\n' +\n" +
                   "  'third'");
assert.strictEqual(inspect({ k: long }),
                   "{\n  k: 'This is a fairly long line of text\\n' +\n" +
                   "    'with a newline in it and it goes on and on\\n' +\n" +
                   "    'third'\n}");
assert.strictEqual(inspect(long, { compact: true }), `'${long.replace(/\n/g, '\\n')}'`);
assert.strictEqual(inspect(long, { breakLength: Infinity }), `'${long.replace(/\n/g, '\\n')}'`);
assert.strictEqual(inspect('ab\n'.repeat(5)), "'ab\\nab\\nab\\nab\\nab\\n'");

assert.strictEqual(inspect('s', { colors: true }), "\u001b[32m's'\u001b[39m");
