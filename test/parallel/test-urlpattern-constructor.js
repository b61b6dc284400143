'use strict';
// new URLPattern(): each form of its arguments, and the pattern each of
// the eight components ends up with.
require('../common');
const assert = require('assert');

const kComponents = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
function components(p) {
  const out = {};
  for (const c of kComponents) out[c] = p[c];
  return out;
}
function all(value) {
  const out = {};
  for (const c of kComponents) out[c] = value;
  return out;
}

// No input, undefined, null, {}: every component a wildcard.
for (const p of [new URLPattern(), new URLPattern(undefined), new URLPattern(null), new URLPattern({}),
  new URLPattern({}, { ignoreCase: true }), new URLPattern({}, undefined), new URLPattern({}, null)]) {
  assert.deepStrictEqual(components(p), all('*'));
}

// A dictionary: the components it names, the rest wildcards.
assert.deepStrictEqual(components(new URLPattern({ pathname: '/shop/:item' })),
                       { ...all('*'), pathname: '/shop/:item' });
assert.deepStrictEqual(components(new URLPattern({
  protocol: 'ftp', username: 'anon', password: 'secret', hostname: 'files.test', port: '2121',
  pathname: '/pub/*', search: 'type=d', hash: 'end',
})), {
  protocol: 'ftp', username: 'anon', password: 'secret', hostname: 'files.test', port: '2121',
  pathname: '/pub/*', search: 'type=d', hash: 'end',
});
// A protocol's ':', a search's '?' and a hash's '#' are dropped, once.
assert.deepStrictEqual(components(new URLPattern({ protocol: 'wss:', search: '?q=:term', hash: '#frag' })),
                       { ...all('*'), protocol: 'wss', search: 'q=:term', hash: 'frag' });
// Members that are not strings are ignored, not stringified.
assert.deepStrictEqual(components(new URLPattern({ pathname: 5, hostname: { toString() { return 'x'; } } })),
                       all('*'));
// Every function object is a dictionary too.
assert.deepStrictEqual(components(new URLPattern(Object.assign(() => {}, { port: '8443' }))),
                       { ...all('*'), port: '8443' });

// A string: a URL-like pattern. Username and password stay wildcards
// unless given; a hostname without a port means the default port; later
// components after an earlier one are wildcards, pathname '/' for a
// special scheme.
assert.deepStrictEqual(components(new URLPattern('https://shop.test/cart/:id')), {
  protocol: 'https', username: '*', password: '*', hostname: 'shop.test', port: '',
  pathname: '/cart/:id', search: '*', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern('https://shop.test')), {
  protocol: 'https', username: '*', password: '*', hostname: 'shop.test', port: '',
  pathname: '*', search: '*', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern('https://shop.test?q')), {
  protocol: 'https', username: '*', password: '*', hostname: 'shop.test', port: '',
  pathname: '/', search: 'q', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern('https://shop.test#top')), {
  protocol: 'https', username: '*', password: '*', hostname: 'shop.test', port: '',
  pathname: '/', search: '', hash: 'top',
});
assert.deepStrictEqual(components(new URLPattern('http://user\\:pw@host.test:8080/a?b#c')), {
  protocol: 'http', username: 'user', password: 'pw', hostname: 'host.test', port: '8080',
  pathname: '/a', search: 'b', hash: 'c',
});
// (Unescaped, ":pw" is a named group in the username.)
assert.strictEqual(new URLPattern('http://user:pw@host.test/').username, 'user:pw');
assert.deepStrictEqual(components(new URLPattern('https://*:*')), {
  protocol: 'https', username: '*', password: '*', hostname: '*', port: '*',
  pathname: '*', search: '*', hash: '*',
});
// A named group where a port would be is the port; one in the hostname is
// part of it.
assert.deepStrictEqual(components(new URLPattern('https://:sub.example.test::port/x')), {
  protocol: 'https', username: '*', password: '*', hostname: ':sub.example.test', port: ':port',
  pathname: '/x', search: '*', hash: '*',
});
// IPv6 hostnames: the ':' inside brackets are not a port.
assert.deepStrictEqual(components(new URLPattern('http://[\\:\\:1]:3000/')), {
  protocol: 'http', username: '*', password: '*', hostname: '[\\:\\:1]', port: '3000',
  pathname: '/', search: '*', hash: '*',
});
// A non-special scheme without "//" has an opaque pathname, and an empty
// hostname and port.
assert.deepStrictEqual(components(new URLPattern('mailto:*@example.test')), {
  protocol: 'mailto', username: '*', password: '*', hostname: '', port: '',
  pathname: '*@example.test', search: '*', hash: '*',
});
// Without a ':' there is no protocol: the pattern is relative, and needs a
// base URL.
assert.throws(() => new URLPattern('example.test/*'), { code: 'ERR_INVALID_URL_PATTERN' });
// Special schemes have an authority with or without the slashes.
assert.deepStrictEqual(components(new URLPattern('https:*.test/p')), {
  protocol: 'https', username: '*', password: '*', hostname: '*.test', port: '',
  pathname: '/p', search: '*', hash: '*',
});
// Inside "{...}" nothing ends a component; a "?" after a group is its
// modifier, not a search.
assert.deepStrictEqual(components(new URLPattern('https://example.test/a{/b}?')), {
  protocol: 'https', username: '*', password: '*', hostname: 'example.test', port: '',
  pathname: '/a{/b}?', search: '*', hash: '*',
});
assert.strictEqual(new URLPattern('https://example.test/:file?x').pathname, '/:file?x');
assert.strictEqual(new URLPattern('https://example.test/:file?x').search, '*');
assert.strictEqual(new URLPattern('https://example.test/:file??x').pathname, '/:file?');
assert.strictEqual(new URLPattern('https://example.test/:file??x').search, 'x');
assert.strictEqual(new URLPattern('https://example.test/:file\\?x').search, 'x');

// A relative string with a base URL: the base gives the earlier components
// (but never username or password).
assert.deepStrictEqual(components(new URLPattern('/api/*', 'https://u:p@api.test:8443/v1/x?q#h')), {
  protocol: 'https', username: '*', password: '*', hostname: 'api.test', port: '8443',
  pathname: '/api/*', search: '*', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern('../img/:name', 'https://site.test/a/b/page')), {
  protocol: 'https', username: '*', password: '*', hostname: 'site.test', port: '',
  pathname: '/a/img/:name', search: '*', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern('?page=:n', 'https://site.test/list')), {
  protocol: 'https', username: '*', password: '*', hostname: 'site.test', port: '',
  pathname: '/list', search: 'page=:n', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern('#:anchor', 'https://site.test/doc?v=2')), {
  protocol: 'https', username: '*', password: '*', hostname: 'site.test', port: '',
  pathname: '/doc', search: 'v=2', hash: ':anchor',
});
// Base URL parts are escaped as pattern text.
assert.strictEqual(new URLPattern('x', 'https://site.test/a:b/(c)/').pathname, '/a\\:b/\\(c\\)/x');
// An absolute string ignores the base's components.
assert.strictEqual(new URLPattern('http://a.test/', 'https://b.test/').hostname, 'a.test');

// A dictionary's baseURL: it fills each component that is neither given
// nor after one that is given.
assert.deepStrictEqual(components(new URLPattern({ baseURL: 'https://u:p@base.test:81/dir/f?q#h' })), {
  protocol: 'https', username: '*', password: '*', hostname: 'base.test', port: '81',
  pathname: '/dir/f', search: 'q', hash: 'h',
});
assert.deepStrictEqual(components(new URLPattern({ pathname: 'g', baseURL: 'https://base.test/dir/f?q#h' })), {
  protocol: 'https', username: '*', password: '*', hostname: 'base.test', port: '',
  pathname: '/dir/g', search: '*', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern({ search: 'x', baseURL: 'https://base.test/dir/f?q#h' })), {
  protocol: 'https', username: '*', password: '*', hostname: 'base.test', port: '',
  pathname: '/dir/f', search: 'x', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern({ hostname: 'other.test', baseURL: 'https://base.test/f' })), {
  protocol: 'https', username: '*', password: '*', hostname: 'other.test', port: '*',
  pathname: '*', search: '*', hash: '*',
});
assert.deepStrictEqual(components(new URLPattern({ protocol: 'http', baseURL: 'https://base.test/f' })),
                       { ...all('*'), protocol: 'http' });

// Default ports: the scheme's own is no port.
assert.strictEqual(new URLPattern({ protocol: 'https', port: '443' }).port, '');
assert.strictEqual(new URLPattern({ protocol: 'http', port: '80' }).port, '');
assert.strictEqual(new URLPattern({ protocol: 'ws', port: '80' }).port, '');
assert.strictEqual(new URLPattern({ protocol: 'ftp', port: '21' }).port, '');
assert.strictEqual(new URLPattern({ protocol: 'http', port: '443' }).port, '443');
assert.strictEqual(new URLPattern({ protocol: 'foo', port: '80' }).port, '80');
assert.strictEqual(new URLPattern({ port: '443' }).port, '443');
assert.strictEqual(new URLPattern('https://example.test:443/').port, '');
assert.strictEqual(new URLPattern('http://example.test:0080/').port, '80');

// Options: the second argument when it is an object, the third otherwise.
assert.strictEqual(new URLPattern('https://a.test/X', { ignoreCase: true }).test('https://a.test/x'), true);
assert.strictEqual(new URLPattern('/X', 'https://a.test', { ignoreCase: true }).test('https://a.test/x'), true);
assert.strictEqual(new URLPattern('/X', 'https://a.test', {}).test('https://a.test/x'), false);
assert.strictEqual(new URLPattern('/X', 'https://a.test', undefined).test('https://a.test/X'), true);
assert.strictEqual(new URLPattern('/X', 'https://a.test', null).test('https://a.test/X'), true);
assert.strictEqual(new URLPattern('https://a.test/X', null).test('https://a.test/X'), true);
// Extra arguments are ignored.
assert.strictEqual(new URLPattern('/x', 'https://a.test', {}, 'more').pathname, '/x');

// Strings are USVStrings: a lone surrogate becomes U+FFFD (then
// percent-encoded in a pathname).
assert.strictEqual(new URLPattern({ pathname: '/\ud800' }).pathname, '/%EF%BF%BD');
