'use strict';
// querystring.stringify and escape/unescape, with Node's handling of
// non-string values, custom separators and encoders, and bad surrogates.
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(
  qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: NaN, h: 10n, '\u00e9': '\u20ac', i: -0 }),
  'a=1&a=2&b=x%20y&c=true&d=&e=&f=&g=&h=10&%C3%A9=%E2%82%AC&i=0');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify('x'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.encode({ a: 'b' }), 'a=b');
assert.strictEqual(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }), 'A=B C');

assert.strictEqual(qs.escape("a b~*()!.'-_/?&=\u00e9\ud83d\ude00"),
                   "a%20b~*()!.'-_%2F%3F%26%3D%C3%A9%F0%9F%98%80");
assert.strictEqual(qs.escape({ toString() { return 'x y'; } }), 'x%20y');
assert.throws(() => qs.escape('\ud800'), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
// Node pairs a surrogate with whatever code unit follows it; only a
// surrogate in the last place throws.
assert.strictEqual(qs.escape('\ud800d'), '%F0%90%81%A4');
assert.strictEqual(qs.escape('\udc00\ud800'), '%F0%90%80%80');
assert.throws(() => qs.escape('a\udc00'), { name: 'URIError', code: 'ERR_INVALID_URI' });
assert.strictEqual(qs.unescape('%zz%41+b'), '%zzA+b');
assert.strictEqual(qs.unescape('%E2%82'), '\ufffd');
assert.strictEqual(qs.unescape('\u00e9%zz'), '\ufffd%zz');
assert.deepStrictEqual([...qs.unescapeBuffer('\u00e9%41+')], [0xe9, 0x41, 0x2b]);
assert.deepStrictEqual([...qs.unescapeBuffer('a+b', true)], [0x61, 0x20, 0x62]);
assert.deepStrictEqual([...qs.unescapeBuffer('%4')], [0x25, 0x34]);
assert.deepStrictEqual(Object.keys(qs).sort(),
                       ['decode', 'encode', 'escape', 'parse', 'stringify', 'unescape', 'unescapeBuffer']);
