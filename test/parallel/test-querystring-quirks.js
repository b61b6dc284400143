'use strict';
// querystring's edge rules as Node has them: a separator that is an empty
// array splits nothing, every segment (empty ones too) counts toward maxKeys, and parse
// and stringify use querystring.unescape/escape as the program set them.
require('../common');
const assert = require('assert');
const qs = require('querystring');

const plain = (o) => JSON.stringify(o);
assert.strictEqual(plain(qs.parse('a', [])), '{"a":""}');
assert.strictEqual(plain(qs.parse('a', null, [])), '{"":"a"}');
assert.strictEqual(plain(qs.parse('a=b&c', '')), '{"a":"b","c":""}'); // '' is the default
const cases = [['&a', 1, '{}'], ['a=1&b=1&c=1', 1, '{"a":"1"}'], ['a=1&&b=2', 2, '{"a":"1"}'],
               ['&&&a', 3, '{}'], ['a=1&b', 0, '{"a":"1","b":""}'], ['a=1&b=2&c=3&d', 3, '{"a":"1","b":"2","c":"3"}']];
for (const [text, maxKeys, expected] of cases) {
  assert.strictEqual(plain(qs.parse(text, null, null, { maxKeys })), expected, text);
}

const unescape = qs.unescape;
qs.unescape = (s) => s.replace(/o/g, '_');
assert.strictEqual(plain(qs.parse('foo=bor')), '{"f__":"b_r"}');
qs.unescape = unescape;
assert.strictEqual(plain(qs.parse('foo=bor')), '{"foo":"bor"}');

const escape = qs.escape;
qs.escape = (s) => `<${s}>`;
assert.strictEqual(qs.stringify({ a: 'b c' }), '<a>=<b c>');
qs.escape = escape;
assert.strictEqual(qs.stringify({ a: 'b c' }), 'a=b%20c');
