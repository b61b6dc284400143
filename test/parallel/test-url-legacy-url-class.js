'use strict';
// url.Url: the class url.parse() returns, its fields, its methods (plain,
// enumerable prototype properties, as in Node), and that it works on
// objects that are not Urls.
require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});

const kFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];

assert.strictEqual(typeof url.Url, 'function');
assert.strictEqual(url.Url.name, 'Url');
assert.strictEqual(url.Url.length, 0);
const empty = new url.Url();
assert.deepStrictEqual(Object.keys(empty), kFields);
for (const k of kFields) assert.strictEqual(empty[k], null);

assert.deepStrictEqual(Object.keys(url.Url.prototype), ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']);
for (const [name, length] of [['parse', 3], ['format', 0], ['resolve', 1], ['resolveObject', 1], ['parseHost', 0]]) {
  assert.strictEqual(url.Url.prototype[name].name, name);
  assert.strictEqual(url.Url.prototype[name].length, length);
}
for (const [name, fn, length] of [['urlParse', url.parse, 3], ['urlFormat', url.format, 2],
                                  ['urlResolve', url.resolve, 2], ['urlResolveObject', url.resolveObject, 2]]) {
  assert.strictEqual(fn.name, name);
  assert.strictEqual(fn.length, length);
}

const u = url.parse('http://a/b');
assert.ok(u instanceof url.Url);
assert.strictEqual(Object.getPrototypeOf(u), url.Url.prototype);
assert.strictEqual(url.parse(u), u);
// for...in sees the prototype methods too.
const seen = [];
for (const k in u) seen.push(k);
assert.deepStrictEqual(seen, [...kFields, 'parse', 'format', 'resolve', 'resolveObject', 'parseHost']);

// parse() fills the object it is called on and returns it; it does not
// reset the fields a previous parse set.
const v = new url.Url();
assert.strictEqual(v.parse('http://h:1/p?q#f'), v);
assert.strictEqual(v.href, 'http://h:1/p?q#f');
v.parse('/x');
assert.strictEqual(v.host, 'h:1');
assert.strictEqual(v.pathname, '/x');
assert.strictEqual(v.href, '/x');

// parseHost() splits `host` into hostname and port.
const h = new url.Url();
h.host = 'example.com:8080';
h.parseHost();
assert.strictEqual(h.hostname, 'example.com');
assert.strictEqual(h.port, '8080');
const h2 = new url.Url();
h2.host = 'example.com:';
h2.parseHost();
assert.strictEqual(h2.hostname, 'example.com');
assert.strictEqual(h2.port, null);
const h3 = { host: 'x:1' };
url.Url.prototype.parseHost.call(h3);
assert.deepStrictEqual(h3, { host: 'x:1', port: '1', hostname: 'x' });

// A subclass works with the methods.
class MyUrl extends url.Url {}
const m = new MyUrl();
m.parse('http://q/r');
assert.strictEqual(m.format(), 'http://q/r');
assert.ok(m.resolveObject('s') instanceof url.Url);
