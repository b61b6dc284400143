'use strict';
// new URLSearchParams() with every form of init, and the errors Node throws.
require('../common');
const assert = require('assert');

const list = (p) => [...p];
assert.deepStrictEqual(list(new URLSearchParams()), []);
assert.deepStrictEqual(list(new URLSearchParams(undefined)), []);
assert.deepStrictEqual(list(new URLSearchParams(null)), [['null', '']]);
assert.deepStrictEqual(list(new URLSearchParams('?a=1&&b=2=3&c&=d&a+b=%41%zz')),
                       [['a', '1'], ['b', '2=3'], ['c', ''], ['', 'd'], ['a b', 'A%zz']]);
assert.deepStrictEqual(list(new URLSearchParams('??a=1')), [['?a', '1']]);
assert.deepStrictEqual(list(new URLSearchParams('x=%E2%82%AC%C3%28%F0%9F')), [['x', '\u20ac\ufffd(\ufffd']]);
assert.deepStrictEqual(list(new URLSearchParams(42)), [['42', '']]);
assert.deepStrictEqual(list(new URLSearchParams([['a', 1], new Set(['b', 'c'])])), [['a', '1'], ['b', 'c']]);
assert.deepStrictEqual(list(new URLSearchParams(new Map([['k', 'v']]))), [['k', 'v']]);
assert.deepStrictEqual(list(new URLSearchParams({ a: 1, b: [2, 3] })), [['a', '1'], ['b', '2,3']]);
assert.throws(() => new URLSearchParams({ [Symbol('s')]: 4 }), TypeError);
const hidden = {};
Object.defineProperty(hidden, Symbol('h'), { value: 1, enumerable: false });
assert.deepStrictEqual(list(new URLSearchParams(hidden)), []);
// Lone surrogates become U+FFFD; record keys that then collide keep the
// first position and the last value.
assert.deepStrictEqual(list(new URLSearchParams({ '\ud800': 'x', '\ufffd': 'y' })), [['\ufffd', 'y']]);
assert.deepStrictEqual(list(new URLSearchParams([['\udc00', '\ud800x']])), [['\ufffd', '\ufffdx']]);
// A copy of another URLSearchParams.
const orig = new URLSearchParams('a=1');
const copy = new URLSearchParams(orig);
copy.append('b', '2');
assert.strictEqual(orig.toString(), 'a=1');
assert.strictEqual(copy.toString(), 'a=1&b=2');

assert.throws(() => new URLSearchParams([['a']]), {
  code: 'ERR_INVALID_TUPLE', name: 'TypeError', message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([['a', 'b', 'c']]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([{}]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([null]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', name: 'TypeError', message: 'Query pairs must be iterable',
});
assert.throws(() => new URLSearchParams(Symbol('x')), TypeError);
assert.throws(() => URLSearchParams(), TypeError);
// V8's message for a symbol, from every string conversion.
const symbolMessage = { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' };
assert.throws(() => new URLSearchParams().append(Symbol('x'), 'v'), symbolMessage);
assert.throws(() => new URLSearchParams().get(Symbol('x')), symbolMessage);
assert.throws(() => new URL(Symbol('x')), symbolMessage);
