'use strict';
// Headers rejects bad names, values, init shapes and argument counts with
// the TypeErrors (and messages) of Node's fetch.
require('../common');
const assert = require('assert');

const te = (message) => ({ name: 'TypeError', message });

assert.throws(() => new Headers({ 'a b': '1' }), te('Headers.append: "a b" is an invalid header name.'));
assert.throws(() => new Headers({ a: '1\n2' }), te('Headers.append: "1\n2" is an invalid header value.'));
assert.throws(() => new Headers({ a: 'x\0' }), te('Headers.append: "x\0" is an invalid header value.'));
assert.throws(() => new Headers({ '': 'x' }), te('Headers.append: "" is an invalid header name.'));
assert.throws(() => new Headers().set('é', 'x'), te('Headers.set: "é" is an invalid header name.'));
assert.throws(() => new Headers().set('a', 'x\ry'), te('Headers.set: "x\ry" is an invalid header value.'));
assert.throws(() => new Headers().get('a b'), te('Headers.get: "a b" is an invalid header name.'));
assert.throws(() => new Headers().has('a b'), te('Headers.has: "a b" is an invalid header name.'));
assert.throws(() => new Headers().delete('A b'), te('Headers.delete: "A b" is an invalid header name.'));
assert.throws(() => new Headers({ a: '\u0100' }),
              te('Cannot convert argument to a ByteString because the character at index 0 has a value of 256 ' +
                 'which is greater than 255.'));

assert.throws(() => new Headers().get(), te('Headers.get: 1 argument required, but 0 found.'));
assert.throws(() => new Headers().append('a'), te('Headers.append: 2 arguments required, but only 1 found.'));
assert.throws(() => new Headers().set(), te('Headers.set: 2 arguments required, but 0 found.'));
assert.throws(() => new Headers().forEach(), te('Headers.forEach: 1 argument required, but 0 found.'));

const initMessage = 'Headers constructor: Argument 1 could not be converted to one of: ' +
  'sequence<sequence<ByteString>>, record<ByteString, ByteString>.';
assert.throws(() => new Headers(1), te(initMessage));
assert.throws(() => new Headers('a'), te(initMessage));
assert.throws(() => new Headers(null), te(initMessage));
assert.throws(() => new Headers([['a']]), te('Headers constructor: expected name/value pair to be length 2, found 1.'));
assert.throws(() => new Headers([['a', 'b', 'c']]), te('Headers constructor: expected name/value pair to be length 2, found 3.'));
assert.throws(() => new Headers([1]), te('Headers constructor: init[0] (1) is not iterable.'));
assert.throws(() => new Headers({ [Symbol('s')]: 'x' }),
              te('Headers constructor: Key Symbol(s) in init is a symbol, which cannot be converted to a ByteString.'));
assert.throws(() => new Headers({ a: { toString() { throw new RangeError('boom'); } } }), RangeError);

// A response made by Response.error() has immutable headers.
const immutable = Response.error().headers;
assert.throws(() => immutable.set('a', 'b'), te('immutable'));
assert.throws(() => immutable.append('a', 'b'), te('immutable'));
assert.throws(() => immutable.delete('a'), te('immutable'));
assert.strictEqual(immutable.get('a'), null);
