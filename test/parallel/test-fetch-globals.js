'use strict';
// The Fetch API globals and navigator are installed as Node 24 installs
// them: fetch and navigator enumerable, the classes not; the classes brand
// their prototypes and list the same members.
require('../common');
const assert = require('assert');

function descriptor(name) {
  return Object.getOwnPropertyDescriptor(globalThis, name);
}

const fetchDesc = descriptor('fetch');
assert.strictEqual(typeof fetchDesc.value, 'function');
assert.deepStrictEqual([fetchDesc.writable, fetchDesc.enumerable, fetchDesc.configurable], [true, true, true]);
assert.strictEqual(fetch.name, 'fetch');
assert.strictEqual(fetch.length, 1);
assert.ok(Object.keys(globalThis).includes('fetch'));

for (const name of ['Headers', 'Request', 'Response', 'FormData', 'Navigator']) {
  assert.ok(!Object.keys(globalThis).includes(name), name);
  assert.strictEqual(typeof globalThis[name], 'function', name);
  const d = descriptor(name);
  assert.deepStrictEqual([typeof d.value, d.writable, d.enumerable, d.configurable],
                         ['function', true, false, true], name);
  assert.strictEqual(globalThis[name].name, name);
}

const navDesc = descriptor('navigator');
assert.strictEqual(typeof navDesc.get, 'function');
assert.strictEqual(navDesc.get.name, 'get navigator');
assert.strictEqual(navDesc.set, undefined);
assert.strictEqual(navDesc.enumerable, true);
assert.strictEqual(navigator, navigator);
assert.ok(navigator instanceof Navigator);

assert.deepStrictEqual([Headers.length, Request.length, Response.length, FormData.length], [0, 1, 0, 0]);

const tag = (v) => Object.prototype.toString.call(v);
assert.strictEqual(tag(new Headers()), '[object Headers]');
assert.strictEqual(tag(new Request('data:,')), '[object Request]');
assert.strictEqual(tag(new Response()), '[object Response]');
assert.strictEqual(tag(new FormData()), '[object FormData]');
assert.strictEqual(tag(new Headers().entries()), '[object Headers Iterator]');
assert.strictEqual(tag(new FormData().keys()), '[object FormData Iterator]');

assert.deepStrictEqual(Object.getOwnPropertyNames(Headers.prototype), [
  'constructor', 'append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(FormData.prototype), [
  'constructor', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(Response.prototype), [
  'constructor', 'type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed',
  'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(Response), ['length', 'name', 'prototype', 'error', 'json', 'redirect']);
const requestNames = Object.getOwnPropertyNames(Request.prototype);
for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
  'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'body',
  'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']) {
  assert.ok(requestNames.includes(name), name);
}

assert.strictEqual(Headers.prototype[Symbol.iterator], Headers.prototype.entries);
assert.strictEqual(FormData.prototype[Symbol.iterator], FormData.prototype.entries);
for (const [proto, name] of [[Headers.prototype, 'append'], [Request.prototype, 'text'], [Response.prototype, 'clone']]) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, true, true]);
}
const methodDesc = Object.getOwnPropertyDescriptor(Request.prototype, 'method');
assert.strictEqual(typeof methodDesc.get, 'function');
assert.strictEqual(methodDesc.set, undefined);
assert.strictEqual(methodDesc.enumerable, true);

// Calling the classes without new, or their members on other objects, throws.
assert.throws(() => Headers(), TypeError);
assert.throws(() => Response(), TypeError);
assert.throws(() => Headers.prototype.get.call({}, 'a'), { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Illegal invocation' });
assert.throws(() => Object.getOwnPropertyDescriptor(Response.prototype, 'status').get.call({}),
              { name: 'TypeError', message: 'Illegal invocation' });
assert.throws(() => new Navigator(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
