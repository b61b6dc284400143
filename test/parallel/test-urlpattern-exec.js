'use strict';
// URLPattern exec() and test(): the whole result object, as Node builds
// it, for string and dictionary inputs, with and without a base URL.
require('../common');
const assert = require('assert');

const kComponents = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];

// exec()'s result as plain data, once its shape is checked: a
// null-prototype object with its keys in alphabetical order; each
// component's result a plain { groups, input }; each groups object's
// prototype an empty object of its own (so deepStrictEqual would not take
// a groups object for a plain one).
function plain(result) {
  if (result === null) return null;
  assert.strictEqual(Object.getPrototypeOf(result), null);
  assert.deepStrictEqual(Object.keys(result), [
    'hash', 'hostname', 'inputs', 'password', 'pathname', 'port', 'protocol', 'search', 'username',
  ]);
  assert.strictEqual(Array.isArray(result.inputs), true);
  const out = { inputs: result.inputs };
  for (const c of kComponents) {
    const r = result[c];
    assert.strictEqual(Object.getPrototypeOf(r), Object.prototype, c);
    assert.deepStrictEqual(Object.keys(r), ['groups', 'input'], c);
    const groupsProto = Object.getPrototypeOf(r.groups);
    assert.notStrictEqual(groupsProto, Object.prototype, c);
    assert.strictEqual(Object.getPrototypeOf(groupsProto), Object.prototype, c);
    assert.deepStrictEqual(Reflect.ownKeys(groupsProto), [], c);
    out[c] = { input: r.input, groups: { ...r.groups } };
  }
  return out;
}

// A URL string.
const books = new URLPattern('https://example.com/books/:id');
assert.deepStrictEqual(plain(books.exec('https://example.com/books/123')), {
  inputs: ['https://example.com/books/123'],
  protocol: { input: 'https', groups: {} },
  username: { input: '', groups: { 0: '' } },
  password: { input: '', groups: { 0: '' } },
  hostname: { input: 'example.com', groups: {} },
  port: { input: '', groups: {} },
  pathname: { input: '/books/123', groups: { id: '123' } },
  search: { input: '', groups: { 0: '' } },
  hash: { input: '', groups: { 0: '' } },
});
assert.strictEqual(books.test('https://example.com/books/123'), true);
// No match: null and false.
for (const input of ['https://example.com/books/', 'https://example.com/books/1/2', 'http://example.com/books/1',
  'https://example.com:8443/books/1', 'https://other.com/books/1']) {
  assert.strictEqual(books.exec(input), null, input);
  assert.strictEqual(books.test(input), false, input);
}
// The URL is parsed: the input's components are canonical.
assert.deepStrictEqual(plain(books.exec('HTTPS://EXAMPLE.COM:443/books/../books/a%20b?x=1#frag')), {
  inputs: ['HTTPS://EXAMPLE.COM:443/books/../books/a%20b?x=1#frag'],
  protocol: { input: 'https', groups: {} },
  username: { input: '', groups: { 0: '' } },
  password: { input: '', groups: { 0: '' } },
  hostname: { input: 'example.com', groups: {} },
  port: { input: '', groups: {} },
  pathname: { input: '/books/a%20b', groups: { id: 'a%20b' } },
  search: { input: 'x=1', groups: { 0: 'x=1' } },
  hash: { input: 'frag', groups: { 0: 'frag' } },
});

// A URL string and a base URL: both are inputs.
assert.deepStrictEqual(plain(books.exec('../books/9?x', 'https://example.com/shelf/')), {
  inputs: ['../books/9?x', 'https://example.com/shelf/'],
  protocol: { input: 'https', groups: {} },
  username: { input: '', groups: { 0: '' } },
  password: { input: '', groups: { 0: '' } },
  hostname: { input: 'example.com', groups: {} },
  port: { input: '', groups: {} },
  pathname: { input: '/books/9', groups: { id: '9' } },
  search: { input: 'x', groups: { 0: 'x' } },
  hash: { input: '', groups: { 0: '' } },
});
assert.strictEqual(books.test('/books/9', 'https://example.com'), true);
// An undefined base URL is none; a base URL that does not parse is no match.
assert.strictEqual(books.test('https://example.com/books/1', undefined), true);
assert.strictEqual(books.exec('/books/1', 'not a url'), null);
assert.strictEqual(books.test('/books/1', 'not a url'), false);
assert.strictEqual(books.exec('https://example.com/books/1', 'not a url'), null);
// A URL string that does not parse is no match.
assert.strictEqual(books.exec('https://exa mple.com/books/1'), null);
assert.strictEqual(books.test('https://example.com:99999/books/1'), false);

// A dictionary: its members, canonicalized; the rest are ''. Its input is
// a new object with every member, in this order.
const byPath = new URLPattern({ pathname: '/books/:id' });
const init = { pathname: '/books/7', extra: 'ignored' };
const r = byPath.exec(init);
assert.notStrictEqual(r.inputs[0], init);
assert.deepStrictEqual(Object.keys(r.inputs[0]), [
  'protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash', 'baseURL',
]);
assert.deepStrictEqual(plain(r), {
  inputs: [{
    protocol: undefined, username: undefined, password: undefined, hostname: undefined, port: undefined,
    pathname: '/books/7', search: undefined, hash: undefined, baseURL: undefined,
  }],
  protocol: { input: '', groups: { 0: '' } },
  username: { input: '', groups: { 0: '' } },
  password: { input: '', groups: { 0: '' } },
  hostname: { input: '', groups: { 0: '' } },
  port: { input: '', groups: { 0: '' } },
  pathname: { input: '/books/7', groups: { id: '7' } },
  search: { input: '', groups: { 0: '' } },
  hash: { input: '', groups: { 0: '' } },
});
assert.strictEqual(byPath.test({ pathname: '/books/7' }), true);
assert.strictEqual(byPath.test({ pathname: '/books' }), false);
// A dictionary's baseURL fills the members it lacks (username and password
// too, when matching), and is kept in the input as given.
assert.deepStrictEqual(plain(new URLPattern().exec({ pathname: 'c', baseURL: 'http://u:p@h.test:81/a/b?q#f' })), {
  inputs: [{
    protocol: undefined, username: undefined, password: undefined, hostname: undefined, port: undefined,
    pathname: 'c', search: undefined, hash: undefined, baseURL: 'http://u:p@h.test:81/a/b?q#f',
  }],
  protocol: { input: 'http', groups: { 0: 'http' } },
  username: { input: 'u', groups: { 0: 'u' } },
  password: { input: 'p', groups: { 0: 'p' } },
  hostname: { input: 'h.test', groups: { 0: 'h.test' } },
  port: { input: '81', groups: { 0: '81' } },
  pathname: { input: '/a/c', groups: { 0: '/a/c' } },
  search: { input: '', groups: { 0: '' } },
  hash: { input: '', groups: { 0: '' } },
});
// A dictionary that does not canonicalize (a bad port, host or baseURL)
// is no match.
assert.strictEqual(new URLPattern().exec({ port: 'http' }), null);
assert.strictEqual(new URLPattern().test({ hostname: 'a b' }), false);
assert.strictEqual(new URLPattern().exec({ baseURL: 'relative' }), null);
// Non-string members are ignored, as undefined ones.
assert.strictEqual(byPath.test({ pathname: 7 }), false);
assert.strictEqual(new URLPattern().exec({ hash: 1 }).inputs[0].hash, undefined);

// No argument, undefined or null: an empty dictionary.
for (const result of [new URLPattern().exec(), new URLPattern().exec(undefined), new URLPattern().exec(null)]) {
  assert.deepStrictEqual(plain(result), {
    inputs: [{
      protocol: undefined, username: undefined, password: undefined, hostname: undefined, port: undefined,
      pathname: undefined, search: undefined, hash: undefined, baseURL: undefined,
    }],
    protocol: { input: '', groups: { 0: '' } },
    username: { input: '', groups: { 0: '' } },
    password: { input: '', groups: { 0: '' } },
    hostname: { input: '', groups: { 0: '' } },
    port: { input: '', groups: { 0: '' } },
    pathname: { input: '', groups: { 0: '' } },
    search: { input: '', groups: { 0: '' } },
    hash: { input: '', groups: { 0: '' } },
  });
}
assert.strictEqual(new URLPattern().test(), true);
assert.strictEqual(books.test(), false);
assert.strictEqual(books.exec(), null);

// A string that is not an absolute URL, without a base URL, is matched (in
// Node) as a URL relative to an empty one: no protocol or host.
assert.deepStrictEqual(plain(new URLPattern({ pathname: '/docs/*' }).exec('/docs/a b?x#y')), {
  inputs: ['/docs/a b?x#y'],
  protocol: { input: '', groups: { 0: '' } },
  username: { input: '', groups: { 0: '' } },
  password: { input: '', groups: { 0: '' } },
  hostname: { input: '', groups: { 0: '' } },
  port: { input: '', groups: { 0: '' } },
  pathname: { input: '/docs/a%20b', groups: { 0: 'a%20b' } },
  search: { input: 'x', groups: { 0: 'x' } },
  hash: { input: 'y', groups: { 0: 'y' } },
});
assert.strictEqual(new URLPattern({ hostname: 'cdn.test' }).test('//cdn.test/lib.js'), true);

// Every component's groups, with credentials, port, search and hash.
assert.deepStrictEqual(plain(new URLPattern({
  protocol: ':proto', username: ':user', password: ':pass', hostname: ':host.test', port: ':port',
  pathname: '/:a/*', search: ':q', hash: ':h',
}).exec('wss://me:pw@api.test:9000/x/y/z?k=v#end')), {
  inputs: ['wss://me:pw@api.test:9000/x/y/z?k=v#end'],
  protocol: { input: 'wss', groups: { proto: 'wss' } },
  username: { input: 'me', groups: { user: 'me' } },
  password: { input: 'pw', groups: { pass: 'pw' } },
  hostname: { input: 'api.test', groups: { host: 'api' } },
  port: { input: '9000', groups: { port: '9000' } },
  pathname: { input: '/x/y/z', groups: { a: 'x', 0: 'y/z' } },
  search: { input: 'k=v', groups: { q: 'k=v' } },
  hash: { input: 'end', groups: { h: 'end' } },
});

// A group that takes no part in the match is undefined, and there.
const optional = new URLPattern({ pathname: '/items/:id?' }).exec({ pathname: '/items' });
assert.deepStrictEqual(Object.keys(optional.pathname.groups), ['id']);
assert.strictEqual(optional.pathname.groups.id, undefined);

// Groups come in the order of Node's hash table, not the pattern's: index
// names first (as in any object), then, for these, the names reversed.
assert.deepStrictEqual(Object.keys(new URLPattern({ pathname: '/:year/:month/:slug' })
  .exec({ pathname: '/2024/05/hello' }).pathname.groups), ['slug', 'month', 'year']);
assert.deepStrictEqual(Object.keys(new URLPattern({ pathname: '/:lang/*/:page' })
  .exec({ pathname: '/en/guide/intro' }).pathname.groups), ['0', 'page', 'lang']);
// Any name is an own data property, "__proto__" included.
const protoGroup = new URLPattern({ pathname: '/:__proto__' }).exec({ pathname: '/x' }).pathname.groups;
assert.deepStrictEqual(Object.keys(protoGroup), ['__proto__']);
assert.strictEqual(Object.getOwnPropertyDescriptor(protoGroup, '__proto__').value, 'x');

// Each call makes new objects.
const a = books.exec('https://example.com/books/1');
const b = books.exec('https://example.com/books/1');
assert.notStrictEqual(a, b);
assert.notStrictEqual(a.pathname.groups, b.pathname.groups);
assert.notStrictEqual(Object.getPrototypeOf(a.pathname.groups), Object.getPrototypeOf(b.pathname.groups));
