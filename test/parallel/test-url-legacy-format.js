'use strict';
// url.format() of strings and of url objects, against a table of Node 24's
// results (test/fixtures/url-legacy/format.json, made by
// tools/gen-url-legacy-fixtures.js), then the field types and edge cases
// JSON cannot hold.
const { fixtures } = require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});

const errorLike = (e) => (e.code === undefined ? { name: e.name } : { name: e.name, code: e.code });

const cases = require(fixtures.path('url-legacy', 'format.json'));
assert.ok(cases.length > 1000);
for (const { input, ok, error } of cases) {
  const what = `url.format(${JSON.stringify(input)})`;
  if (error) assert.throws(() => url.format(input), errorLike(error), what);
  else assert.strictEqual(url.format(input), ok, what);
}

// Url.prototype.format is the same as url.format of the object.
const u = url.parse('http://user:pw@host:8/p?q#h');
assert.strictEqual(u.format(), 'http://user:pw@host:8/p?q#h');
u.pathname = '/a?b#c';
assert.strictEqual(u.format(), 'http://user:pw@host:8/a%3Fb%23c?q#h');
assert.strictEqual(url.Url.prototype.format.call({ protocol: 'x', hostname: 'h', port: 1 }), 'x:h:1');

// host wins over hostname and port; a hostname with ':' gets brackets.
assert.strictEqual(url.format({ protocol: 'http', host: 'a:1', hostname: 'b', port: 2 }), 'http://a:1');
assert.strictEqual(url.format({ protocol: 'http', hostname: '::1', port: 2 }), 'http://[::1]:2');
assert.strictEqual(url.format({ protocol: 'http', hostname: '[::1]' }), 'http://[::1]');
// search wins over query; query is stringified when search is empty.
assert.strictEqual(url.format({ search: '?a', query: { b: 1 } }), '?a');
assert.strictEqual(url.format({ search: '', query: { b: [1, 2], c: 'x y' } }), '?b=1&b=2&c=x%20y');
assert.strictEqual(url.format({ query: 'a=1' }), '');
// Only slashed protocols get '//' by themselves; file: gets it without a host.
assert.strictEqual(url.format({ protocol: 'mailto', host: 'a' }), 'mailto:a');
assert.strictEqual(url.format({ protocol: 'mailto', host: 'a', slashes: true }), 'mailto://a');
assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }), 'file:///x');
assert.strictEqual(url.format({ protocol: 'FILE', pathname: '/x' }), 'FILE:/x');
assert.strictEqual(url.format({ protocol: 'http', pathname: 'x' }), 'http:x');
assert.strictEqual(url.format({ protocol: 'http', host: 'h', pathname: 'x' }), 'http://h/x');
// User info is percent-encoded like encodeURIComponent, ':' kept.
assert.strictEqual(url.format({ host: 'h', auth: 'a b:c@d/\u00e9\ud83d\ude00' }),
                   'a%20b:c%40d%2F%C3%A9%F0%9F%98%80@h');
// A surrogate pairs with whatever follows it; one at the end throws.
assert.strictEqual(url.format({ host: 'h', auth: '\ud800a' }), '%F0%90%81%A1@h');
assert.throws(() => url.format({ host: 'h', auth: 'a\ud800' }),
              { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });

// Field values of other types: converted where they are concatenated, and
// their `length` read from the value itself (so an array contributes its
// first `length` characters to an escaped auth or pathname).
assert.strictEqual(url.format({ protocol: 5, host: 6, pathname: 7, hash: 8, search: 9 }), '5:67?9#8');
assert.strictEqual(url.format({ protocol: 'http', hostname: 'h', port: 8080 }), 'http://h:8080');
assert.strictEqual(url.format({ protocol: 'http', host: 'h', auth: ['a', 'b'] }), 'http://a%2C@h');
assert.strictEqual(url.format({ protocol: 'http', host: 'h', auth: 7 }), 'http://7@h');
assert.strictEqual(url.format({ protocol: 'http', host: 'h', pathname: ['a?b'] }), 'http://h/a?b');
assert.strictEqual(url.format({ hostname: new String('a:b') }), '[a:b]');
assert.strictEqual(url.format({ search: [] }), '?');
assert.strictEqual(url.format({ search: ['a', '#'] }), '?a,%23');
assert.strictEqual(url.format({ protocol: [] }), ':');
assert.strictEqual(url.format({ host: { valueOf() { return 'V'; }, toString() { return 'T'; } } }), 'V');
for (const field of ['protocol', 'auth', 'host', 'hostname', 'hash', 'search', 'pathname']) {
  const obj = field === 'hostname' ? { hostname: Symbol('s') } : { host: 'h', [field]: Symbol('s') };
  assert.throws(() => url.format(obj), TypeError, field);
}
assert.strictEqual(url.format({ protocol: 'http', host: 'h', port: Symbol('ignored') }), 'http://h');
assert.strictEqual(url.format({ protocol: undefined, host: undefined, pathname: undefined }), '');

// A string is parsed first, which cleans it up.
assert.strictEqual(url.format(' http://A.com\\b c '), 'http://a.com/b%20c');
assert.strictEqual(url.format(''), '');
