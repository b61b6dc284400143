'use strict';
// util.inspect of primitives: numbers (-0, numericSeparator), bigints,
// symbols, booleans, undefined and null.

const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect(undefined), 'undefined');
assert.strictEqual(inspect(null), 'null');
assert.strictEqual(inspect(true), 'true');
assert.strictEqual(inspect(0), '0');
assert.strictEqual(inspect(-0), '-0');
assert.strictEqual(inspect(1.5), '1.5');
assert.strictEqual(inspect(NaN), 'NaN');
assert.strictEqual(inspect(-Infinity), '-Infinity');
assert.strictEqual(inspect(1e21), '1e+21');
assert.strictEqual(inspect(123n), '123n');
assert.strictEqual(inspect(-0n), '0n');
assert.strictEqual(inspect(Symbol('desc')), 'Symbol(desc)');
assert.strictEqual(inspect(Symbol()), 'Symbol()');
assert.strictEqual(inspect(Symbol.iterator), 'Symbol(Symbol.iterator)');
// A symbol's description is shown as it is, a symbol key's escaped.
assert.strictEqual(inspect(Symbol('a\nb')), 'Symbol(a\nb)');
assert.strictEqual(inspect({ [Symbol('a\nb')]: 1 }), '{ Symbol(a\\nb): 1 }');

const sep = { numericSeparator: true };
assert.strictEqual(inspect(1234567, sep), '1_234_567');
assert.strictEqual(inspect(-1000, sep), '-1_000');
assert.strictEqual(inspect(100, sep), '100');
assert.strictEqual(inspect(1234.5, sep), '1_234.5');
assert.strictEqual(inspect(-1234567.891234, sep), '-1_234_567.891_234');
assert.strictEqual(inspect(0.0001234, sep), '0.000_123_4');
assert.strictEqual(inspect(-0.5, sep), '-0.5');
assert.strictEqual(inspect(-0, sep), '-0');
assert.strictEqual(inspect(1e21, sep), '1e+21');
assert.strictEqual(inspect(1e-7, sep), '1e-7');
assert.strictEqual(inspect(NaN, sep), 'NaN');
assert.strictEqual(inspect(-123456n, sep), '-123_456n');
assert.strictEqual(inspect(123n, sep), '123n');

// Colors: numbers, bigints and booleans yellow, undefined grey, null bold,
// symbols green.
const c = { colors: true };
assert.strictEqual(inspect(1, c), '\u001b[33m1\u001b[39m');
assert.strictEqual(inspect(1n, c), '\u001b[33m1n\u001b[39m');
assert.strictEqual(inspect(false, c), '\u001b[33mfalse\u001b[39m');
assert.strictEqual(inspect(undefined, c), '\u001b[90mundefined\u001b[39m');
assert.strictEqual(inspect(null, c), '\u001b[1mnull\u001b[22m');
assert.strictEqual(inspect(Symbol('s'), c), '\u001b[32mSymbol(s)\u001b[39m');
