'use strict';
// entries, keys, values, forEach and the iterator objects.
const common = require('../common');
const assert = require('assert');

const p = new URLSearchParams('a=1&b=2');
assert.deepStrictEqual([...p.keys()], ['a', 'b']);
assert.deepStrictEqual([...p.values()], ['1', '2']);
assert.deepStrictEqual([...p.entries()], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...p], [['a', '1'], ['b', '2']]);

const it = p.keys();
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.strictEqual(typeof it[Symbol.iterator], 'function');
assert.strictEqual(it[Symbol.iterator](), it);
assert.deepStrictEqual(it.next(), { value: 'a', done: false });
// Iteration is live: an append shows up in an iterator already running.
p.append('c', '3');
assert.deepStrictEqual(it.next(), { value: 'b', done: false });
assert.deepStrictEqual(it.next(), { value: 'c', done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.throws(() => it.next.call({}), { code: 'ERR_INVALID_THIS' });

const seen = [];
const self = {};
p.forEach(common.mustCall(function(value, name, params) {
  assert.strictEqual(this, self);
  assert.strictEqual(params, p);
  seen.push(name + value);
}, 3), self);
assert.deepStrictEqual(seen, ['a1', 'b2', 'c3']);
assert.throws(() => p.forEach(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => p.forEach('x'), { code: 'ERR_INVALID_ARG_TYPE' });

// util.inspect puts one item a line when the items would not fit on one.
const util = require('util');
const ip = new URLSearchParams('a=a&b=b&b=c');
assert.strictEqual(util.inspect(ip.keys(), { breakLength: 1 }),
                   "URLSearchParams Iterator {\n  'a',\n  'b',\n  'b' }");
assert.strictEqual(util.inspect(ip.keys(), { breakLength: 30 }), "URLSearchParams Iterator { 'a', 'b', 'b' }");
assert.strictEqual(util.inspect(ip.entries(), { breakLength: 50 }),
                   "URLSearchParams Iterator {\n  [ 'a', 'a' ],\n  [ 'b', 'b' ],\n  [ 'b', 'c' ] }");
assert.throws(() => ip[util.inspect.custom].call(), { code: 'ERR_INVALID_THIS' });
