'use strict';
// util.MIMEType parsing: type and subtype are tokens, lowercased; leading
// and trailing whitespace is dropped; parameters that do not parse are
// skipped, the first of a name wins, and quoted values are unescaped.
const assert = require('assert');
const { MIMEType } = require('util');

// [input, serialization, [[name, value], ...]]
const valid = [
  ['text/plain', 'text/plain', []],
  ['TEXT/PLAIN', 'text/plain', []],
  [' \t\r\ntext/html  ', 'text/html', []],
  ['text/html;charset=utf-8', 'text/html;charset=utf-8', [['charset', 'utf-8']]],
  ['text/html; charset="utf-8"', 'text/html;charset=utf-8', [['charset', 'utf-8']]],
  ['text/html;charset=UTF-8;charset=ascii', 'text/html;charset=UTF-8', [['charset', 'UTF-8']]],
  ['text/html;CHARSET=x', 'text/html;charset=x', [['charset', 'x']]],
  ['text/plain;A=b;a=c', 'text/plain;a=b', [['a', 'b']]],
  ['application/vnd.api+json; charset=utf-8', 'application/vnd.api+json;charset=utf-8', [['charset', 'utf-8']]],
  ['*/*', '*/*', []],
  ['text/plain ;a=b', 'text/plain;a=b', [['a', 'b']]],
  // Parameters without a value, or with an invalid name, are skipped.
  ['text/html;a', 'text/html', []],
  ['text/html;a=', 'text/html', []],
  ['text/html;=b', 'text/html', []],
  ['text/html;a =b', 'text/html', []],
  ['text/html;a b=c', 'text/html', []],
  ['x/y;\u00e9=1', 'x/y', []],
  ['text/html; ;a=b', 'text/html;a=b', [['a', 'b']]],
  ['text/html;;a=b', 'text/html;a=b', [['a', 'b']]],
  ['text/plain;a=b;', 'text/plain;a=b', [['a', 'b']]],
  // Unquoted values end at ';', trailing whitespace dropped, leading kept.
  ['text/html;a=b c', 'text/html;a="b c"', [['a', 'b c']]],
  ['text/html;a=b ;c=d', 'text/html;a=b;c=d', [['a', 'b'], ['c', 'd']]],
  ['text/html;a=b\t', 'text/html;a=b', [['a', 'b']]],
  ['text/html;a= b', 'text/html;a=" b"', [['a', ' b']]],
  ['x/y;a==b', 'x/y;a="=b"', [['a', '=b']]],
  ['x/y;a=b"c"', 'x/y;a="b\\"c\\""', [['a', 'b"c"']]],
  ['x/y;a=b  ;  c=d  ', 'x/y;a=b;c=d', [['a', 'b'], ['c', 'd']]],
  // Values must be quoted-string code points: up to U+00FF, no controls but tab.
  ['text/html;a=\u00ff', 'text/html;a="\u00ff"', [['a', '\u00ff']]],
  ['text/html;a=\u0100', 'text/html', []],
  ['text/html;a="\u0100"', 'text/html', []],
  ['x/y;a="x\ty"', 'x/y;a="x\ty"', [['a', 'x\ty']]],
  ['x/y;a="x\u0000y"', 'x/y', []],
  ['x/y;a="b\n"', 'x/y', []],
  // Quoted values: escapes, an unterminated quote, a trailing backslash.
  ['text/html;a="b\\"c"', 'text/html;a="b\\"c"', [['a', 'b"c']]],
  ['x/y;a="b;c"', 'x/y;a="b;c"', [['a', 'b;c']]],
  ['text/html;a="unterminated', 'text/html;a=unterminated', [['a', 'unterminated']]],
  ['text/html;a="b\\', 'text/html;a="b\\\\"', [['a', 'b\\']]],
  ['text/plain;a="\\\\"', 'text/plain;a="\\\\"', [['a', '\\']]],
  ['text/plain;a=\\', 'text/plain;a="\\\\"', [['a', '\\']]],
  ['text/html;a=""', 'text/html;a=""', [['a', '']]],
  ['x/y;a="";b=c', 'x/y;a="";b=c', [['a', ''], ['b', 'c']]],
  // After a quoted value, one character is skipped before the next name.
  ['text/html;a="b"junk;c=d', 'text/html;a=b;c=d', [['a', 'b'], ['c', 'd']]],
  ['text/html;a="b"xc=d', 'text/html;a=b;c=d', [['a', 'b'], ['c', 'd']]],
  ['text/html;a="b"c=d', 'text/html;a=b', [['a', 'b']]],
  ['x/y;a=""c;b=d', 'x/y;a="";b=d', [['a', ''], ['b', 'd']]],
];
for (const [input, serialized, params] of valid) {
  const m = new MIMEType(input);
  assert.strictEqual(String(m), serialized, input);
  assert.strictEqual(JSON.stringify(m), JSON.stringify(serialized), input);
  assert.deepStrictEqual([...m.params], params, input);
}

// [input, production, index or -1]
const invalid = [
  ['', 'type', -1],
  ['text', 'type', -1],
  ['/plain', 'type', -1],
  ['te xt/plain', 'type', 2],
  ['text /plain', 'type', 4],
  ['t\u00e9xt/plain', 'type', 1],
  ['text/', 'subtype', -1],
  ['text/pl ain', 'subtype', 2],
  ['text/ plain', 'subtype', 0],
  ['text/plain\u00e9', 'subtype', 5],
];
for (const [input, production, index] of invalid) {
  assert.throws(() => new MIMEType(input), {
    name: 'TypeError',
    code: 'ERR_INVALID_MIME_SYNTAX',
    message: `The MIME syntax for a ${production} in "${input}" is invalid${index === -1 ? '' : ` at ${index}`}`,
  });
}
// The input is converted to a string first.
assert.strictEqual(new MIMEType({ toString() { return 'a/b'; } }).essence, 'a/b');
assert.throws(() => new MIMEType(), { message: 'The MIME syntax for a type in "undefined" is invalid' });
assert.throws(() => new MIMEType(Symbol('x')), TypeError);
assert.throws(() => MIMEType('a/b'), TypeError);
