'use strict';
// util.format and util.formatWithOptions: every placeholder, extra and
// missing arguments, and a first argument that is not a string.

const assert = require('assert');
const util = require('util');
const { format, formatWithOptions } = util;

class Foo {
  constructor() {
    this.x = 1;
  }
}
const circular = { name: 'c' };
circular.self = circular;

assert.strictEqual(format('%s and %s', 'str', 42), "str and 42");
// %s: numbers as inspect shows them (-0), bigints with n, objects at depth 0.
assert.strictEqual(
  format('%s %s %s %s %s', -0, 5n, Symbol('q'), null, undefined),
  "-0 5n Symbol(q) null undefined");
assert.strictEqual(
  format('%s | %s | %s', { a: { b: 1 } }, [1, [2, [3]]], new Map([[1, { x: 1 }]])),
  "{ a: [Object] } | [ 1, [Array] ] | Map(1) { 1 => [Object] }");
assert.strictEqual(format('%s', new Date(0)), "1970-01-01T00:00:00.000Z");
assert.strictEqual(format('%s', { toString() { return 'TS'; } }), "TS");
assert.strictEqual(format('%s', new (class { toString() { return 'cls'; } })()), "cls");
assert.strictEqual(format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }), "prim");
assert.strictEqual(format('%s', new Foo()), "Foo { x: 1 }");
assert.strictEqual(format('%s', Object.create(null)), "[Object: null prototype] {}");
assert.strictEqual(format('%s', class Q {}), "class Q {}");
assert.strictEqual(format('%s', () => 1), "() => 1");
assert.strictEqual(format('%s', 'a\nb'), "a\nb");
assert.strictEqual(format('%s', new Error('fmt')).split('\n')[0], "Error: fmt");
assert.strictEqual(
  format('%s', new (class E2 extends Error { toString() { return 'custom'; } })('x')),
  "custom");
assert.strictEqual(format('%d %d %d %d %d %d', '42', -0, 5n, Symbol('x'), {}, '0x10'), "42 -0 5n NaN NaN 16");
assert.strictEqual(format('%i %i %i %i %i', '42.9x', 5n, -0.5, Symbol('y'), 'z'), "42 5n -0 NaN NaN");
assert.strictEqual(format('%f %f %f %f', '1.5e3', 'abc', Symbol('z'), -0), "1500 NaN NaN 0");
assert.strictEqual(format('%j %j %j', { a: [1] }, 'str', undefined), "{\"a\":[1]} \"str\" undefined");
assert.strictEqual(format('%j', circular), "[Circular]");
assert.throws(() => format('%j', 1n), TypeError);
assert.strictEqual(format('%j', { toJSON() { return 'json'; } }), "\"json\"");
assert.strictEqual(
  format('%o', { a: [1, 2], f: () => {} }),
  "{\n  a: [ 1, 2, [length]: 2 ],\n  f: [Function: f] { [length]: 0, [name]: 'f' }\n}");
assert.strictEqual(
  format('%o', [1, [2, [3, [4, [5, [6]]]]]]),
  "[\n  1,\n  [\n    2,\n    [ 3, [ 4, [ 5, [Array], [length]: 2 ], [length]: 2 ], [length]: 2 ],\n    [length]: 2\n  ],\n  [length]: 2\n]");
assert.strictEqual(format('%o', 'str'), "'str'");
assert.strictEqual(format('%O', { a: { b: { c: { d: 1 } } } }), "{ a: { b: { c: [Object] } } }");
assert.strictEqual(format('%O', 'a\nb'), "'a\\nb'");
assert.strictEqual(format('%cstyled%c', 'color: red', 'color: blue'), "styled");
assert.strictEqual(format('100%% %s %x %', 'a'), "100% a %x %");
assert.strictEqual(format('%s:%s:%d', 'only'), "only:%s:%d");
assert.strictEqual(format('%s', 'a', 'b', { c: 1 }, [2], 3), "a b { c: 1 } [ 2 ] 3");
assert.strictEqual(format('plain', 'next', 1), "plain next 1");
assert.strictEqual(format(1, 'two', { three: 3 }), "1 two { three: 3 }");
assert.strictEqual(format({ a: 1 }, '%s', 'x'), "{ a: 1 } %s x");
assert.strictEqual(format(), "");
assert.strictEqual(format('%s %d'), "%s %d");
assert.strictEqual(format('%% %s'), "%% %s");
assert.strictEqual(format('%%', 1), "% 1");
assert.strictEqual(format('%s%', 'x'), "x%");
assert.strictEqual(format('x', 'a\nb', ['y']), "x a\nb [ 'y' ]");
assert.strictEqual(format('%s', new Proxy({ a: 1 }, {})), "{ a: 1 }");
assert.strictEqual(format('%s', -0.0, '%d', 1), "-0 %d 1");
assert.strictEqual(
  format('%s %O', 'a', new Map([[{ deep: { er: { est: 1 } } }, 1]])),
  "a Map(1) { { deep: { er: [Object] } } => 1 }");
assert.strictEqual(
  formatWithOptions({ colors: true }, '%s %O %d', 1, { a: 1 }, 2, 'x', 3),
  "1 { a: \u001b[33m1\u001b[39m } 2 x \u001b[33m3\u001b[39m");
assert.strictEqual(formatWithOptions({ depth: 0 }, { a: { b: 1 } }, [[1]]), "{ a: [Object] } [ [Array] ]");
assert.strictEqual(formatWithOptions({ compact: false }, '%s', { a: 1 }), "{ a: 1 }");
assert.strictEqual(formatWithOptions({}, 'plain'), "plain");
assert.throws(() => formatWithOptions(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "inspectOptions" argument must be of type object. Received null' });
assert.throws(() => formatWithOptions('a', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => formatWithOptions(undefined, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(formatWithOptions([], 'x %s', 1), "x 1");

// Numbers and bigints of %d, %i, %f and %s take numeric separators from the
// options, or else from util.inspect.defaultOptions.
{
  const util = require('util');
  assert.strictEqual(formatWithOptions({ numericSeparator: true }, '%d %i %s %f %d %s %j',
                                       1234567, 1234567.5, 1234567, 1234567.25, 12345n, 12345n, 1234567),
                     '1_234_567 1_234_567 1_234_567 1_234_567.25 12_345n 12_345n 1234567');
  assert.strictEqual(format('%d %s', 1234567, 12345n), '1234567 12345n');
  const saved = util.inspect.defaultOptions.numericSeparator;
  util.inspect.defaultOptions.numericSeparator = true;
  try {
    assert.strictEqual(format('%d %s %O', 1234567, 1234.5678, 1234567), '1_234_567 1_234.567_8 1_234_567');
    assert.strictEqual(format('%d %d %s', -0, 1.234567e-7, Infinity), '-0 1.234567e-7 Infinity');
    assert.strictEqual(formatWithOptions({ numericSeparator: false }, '%d %s', 1234567, 1234567),
                       '1234567 1234567');
  } finally {
    util.inspect.defaultOptions.numericSeparator = saved;
  }
}
