'use strict';
// new URL(): Node's argument errors. ERR_INVALID_URL is a TypeError with
// message 'Invalid URL' and the input (and base, when given) as properties.
require('../common');
const assert = require('assert');

assert.throws(() => new URL('x'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'x');
  assert.strictEqual('base' in err, false);
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
  return true;
});
assert.throws(() => new URL('x', 'not a base'), (err) => {
  assert.strictEqual(err.input, 'x');
  assert.strictEqual(err.base, 'not a base');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
  return true;
});
// A valid input with an invalid base fails too: the base is parsed first.
assert.throws(() => new URL('http://a/', 'bad'), { code: 'ERR_INVALID_URL', base: 'bad' });
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => new URL(Symbol('s')), TypeError);
assert.throws(() => URL('http://a'), TypeError);

// Inputs and bases are stringified; an undefined base is no base.
assert.strictEqual(new URL({ toString() { return 'http://a/b'; } }).href, 'http://a/b');
assert.strictEqual(new URL('c', new URL('http://a/b/')).href, 'http://a/b/c');
assert.strictEqual(new URL('http://a', undefined).href, 'http://a/');
assert.throws(() => new URL('c', null), { code: 'ERR_INVALID_URL', base: 'null' });

// The href setter throws the same error and leaves the URL alone.
const u = new URL('http://example.com/');
assert.throws(() => { u.href = 'nope'; }, { code: 'ERR_INVALID_URL', input: 'nope' });
assert.strictEqual(u.href, 'http://example.com/');
