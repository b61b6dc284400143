'use strict';
// URLPattern: the global and url.URLPattern are one function, shaped as
// Node's (a function template, not a class): its length and prototype, the
// prototype's members in Node's order and with Node's attributes, no own
// properties on an instance, no Symbol.toStringTag, and what util.inspect
// shows.
require('../common');
const assert = require('assert');
const util = require('util');
const url = require('url');

assert.strictEqual(typeof URLPattern, 'function');
assert.strictEqual(url.URLPattern, URLPattern);
assert.strictEqual(require('node:url').URLPattern, URLPattern);
const globalDesc = Object.getOwnPropertyDescriptor(globalThis, 'URLPattern');
assert.strictEqual(globalDesc.enumerable, false);
assert.strictEqual(globalDesc.configurable, true);
assert.strictEqual(Object.keys(url).includes('URLPattern'), true);
// url.URLPattern sits between URL and URLSearchParams among the exports.
const keys = Object.keys(url);
assert.strictEqual(keys.indexOf('URLPattern'), keys.indexOf('URL') + 1);
assert.strictEqual(keys.indexOf('URLSearchParams'), keys.indexOf('URLPattern') + 1);

// The constructor.
assert.strictEqual(URLPattern.name, 'URLPattern');
assert.strictEqual(URLPattern.length, 0);
const protoDesc = Object.getOwnPropertyDescriptor(URLPattern, 'prototype');
assert.strictEqual(protoDesc.writable, true);
assert.strictEqual(protoDesc.enumerable, false);
assert.strictEqual(protoDesc.configurable, false);

// The prototype: getters, then exec and test, then the constructor.
const proto = URLPattern.prototype;
assert.deepStrictEqual(Reflect.ownKeys(proto), [
  'protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash',
  'hasRegExpGroups', 'exec', 'test', 'constructor',
]);
assert.strictEqual(Object.getPrototypeOf(proto), Object.prototype);
for (const name of ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash',
  'hasRegExpGroups']) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(d.set, undefined, name);
  assert.strictEqual(d.enumerable, true, name);
  assert.strictEqual(d.configurable, false, name);
  assert.strictEqual(d.get.name, '', name);
  assert.strictEqual(d.get.length, 0, name);
}
for (const name of ['exec', 'test']) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  assert.strictEqual(typeof d.value, 'function');
  assert.strictEqual(d.value.name, name);
  assert.strictEqual(d.value.length, 0);
  assert.strictEqual(d.writable, true);
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(d.configurable, true);
  // Methods, not constructors.
  assert.strictEqual(Object.hasOwn(d.value, 'prototype'), false);
  assert.throws(() => new d.value(), TypeError);
}
const ctorDesc = Object.getOwnPropertyDescriptor(proto, 'constructor');
assert.strictEqual(ctorDesc.value, URLPattern);
assert.strictEqual(ctorDesc.enumerable, false);
assert.strictEqual(ctorDesc.writable, true);
assert.strictEqual(ctorDesc.configurable, true);
assert.strictEqual(Symbol.toStringTag in proto, false);

// An instance has no own properties; it prints as an empty object.
const pattern = new URLPattern('https://example.com/books/:id');
assert.deepStrictEqual(Reflect.ownKeys(pattern), []);
assert.strictEqual(Object.getPrototypeOf(pattern), proto);
assert.strictEqual(pattern instanceof URLPattern, true);
assert.strictEqual(Object.prototype.toString.call(pattern), '[object Object]');
assert.strictEqual(util.inspect(pattern), 'URLPattern {}');
assert.strictEqual(util.inspect({ p: pattern, list: [pattern] }), '{ p: URLPattern {}, list: [ URLPattern {} ] }');
assert.strictEqual(JSON.stringify(pattern), '{}');
assert.strictEqual(util.inspect(URLPattern), '[Function: URLPattern]');

// The getters read the instance's pattern, wherever they are called from.
const pathnameGetter = Object.getOwnPropertyDescriptor(proto, 'pathname').get;
assert.strictEqual(pathnameGetter.call(pattern), '/books/:id');
assert.strictEqual(Reflect.get(proto, 'protocol', pattern), 'https');

// Subclasses work: the instance gets the subclass's prototype and its own
// fields, and prints with the subclass's name.
class Route extends URLPattern {
  constructor(path, handler) {
    super({ pathname: path });
    this.handler = handler;
  }
}
const route = new Route('/about', 'about-page');
assert.strictEqual(route.pathname, '/about');
assert.strictEqual(route.handler, 'about-page');
assert.strictEqual(route.test({ pathname: '/about' }), true);
assert.strictEqual(route instanceof URLPattern, true);
assert.strictEqual(util.inspect(route), "Route { handler: 'about-page' }");

// Reflect.construct with another new.target uses its prototype.
function Other() {}
Other.prototype = Object.create(proto);
const other = Reflect.construct(URLPattern, [{ hash: 'top' }], Other);
assert.strictEqual(Object.getPrototypeOf(other), Other.prototype);
assert.strictEqual(other.hash, 'top');

// A URLPattern is a platform object: structuredClone and postMessage refuse
// it (an object that only has its prototype is plain data).
assert.throws(() => structuredClone(pattern),
              { name: 'DataCloneError', message: 'Cannot clone object of unsupported type.' });
assert.throws(() => structuredClone({ list: [route] }), { name: 'DataCloneError' });
assert.deepStrictEqual(structuredClone(Object.create(proto)), {});

// With showHidden, the prototype's getters are listed, as for any class
// Node adds to the language's (inspect treats only the engine's own
// classes as built in).
assert.strictEqual(util.inspect(new URLPattern({ pathname: '/a' }), { showHidden: true }), [
  'URLPattern {',
  '  protocol: [Getter],',
  '  username: [Getter],',
  '  password: [Getter],',
  '  hostname: [Getter],',
  '  port: [Getter],',
  '  pathname: [Getter],',
  '  search: [Getter],',
  '  hash: [Getter],',
  '  hasRegExpGroups: [Getter]',
  '}',
].join('\n'));
assert.strictEqual(util.inspect(new AbortController(), { showHidden: true, depth: 0 }), 'AbortController [Object]');
assert.strictEqual(util.inspect(new Map([[1, 2]]), { showHidden: true }), 'Map(1) { 1 => 2 }');
