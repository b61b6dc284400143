'use strict';
// URL.prototype's shape: enumerable accessors in the standard's order,
// toStringTag, toString/toJSON, and getters that slice one href.
require('../common');
const assert = require('assert');

const names = ['constructor', 'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON'];
for (const name of names) assert.ok(Object.getOwnPropertyNames(URL.prototype).includes(name), name);
for (const name of names.slice(1)) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, name).enumerable, true, name);
}
assert.strictEqual(URL.prototype[Symbol.toStringTag], 'URL');
const u = new URL('https://user:pw@EXAMPLE.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
assert.deepStrictEqual(Object.keys(u), []);
assert.strictEqual(u.toString(), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.strictEqual(JSON.stringify({ u }), `{"u":"${u.href}"}`);
assert.strictEqual(`${u}`, 'https://user:pw@example.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(u.origin, 'https://example.com:8080');
assert.strictEqual(u.protocol, 'https:');
assert.strictEqual(u.username, 'user');
assert.strictEqual(u.password, 'pw');
assert.strictEqual(u.host, 'example.com:8080');
assert.strictEqual(u.hostname, 'example.com');
assert.strictEqual(u.port, '8080');
assert.strictEqual(u.pathname, '/p/a/t/h');
assert.strictEqual(u.search, '?query=string');
assert.strictEqual(u.hash, '#hash');
assert.strictEqual(u.searchParams, u.searchParams);

// The getters of URLs with no host, an empty query, an opaque path.
const m = new URL('mailto:a@b?#');
assert.deepStrictEqual([m.host, m.hostname, m.port, m.username, m.pathname, m.search, m.hash, m.origin],
                       ['', '', '', '', 'a@b', '', '', 'null']);
assert.strictEqual(m.href, 'mailto:a@b?#');
const n = new URL('web+demo:/.//not-a-host/');
assert.strictEqual(n.pathname, '//not-a-host/');
assert.strictEqual(n.host, '');
assert.strictEqual(new URL('blob:https://a.b:9/x').origin, 'https://a.b:9');

// Getters and setters check their receiver.
const desc = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
assert.throws(() => desc.get.call({}), TypeError);
assert.throws(() => desc.set.call({}, 'http://x'), TypeError);
assert.throws(() => URL.prototype.toString.call({}), TypeError);
// Node's messages for a receiver that is not a URL.
const receiver = { name: 'TypeError', message: /^Receiver must be an instance of class URL$/ };
const privateMember = { name: 'TypeError', message: /^Cannot read private member #\w+ from an object/ };
assert.throws(() => Reflect.apply(URL.prototype.toJSON, {}, []), receiver);
assert.throws(() => Reflect.get(URL.prototype, 'search', {}), receiver);
assert.throws(() => Reflect.set(URL.prototype, 'search', 'x', {}), privateMember);
for (const name of ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'hash']) {
  assert.throws(() => Reflect.get(URL.prototype, name, {}), privateMember, name);
  assert.throws(() => Reflect.set(URL.prototype, name, 'x', {}), privateMember, name);
}
assert.throws(() => Reflect.get(URL.prototype, 'origin', {}), privateMember);
assert.throws(() => Reflect.get(URL.prototype, 'searchParams', {}), privateMember);
