'use strict';
// util.inspect of boxed primitives.

/* eslint-disable no-new-wrappers */
const assert = require('assert');
const { inspect } = require('util');

class MyNumber extends Number {}
class MyString extends String {}

assert.strictEqual(inspect(new Number(3)), "[Number: 3]");
assert.strictEqual(inspect(new Number(-0)), "[Number: -0]");
assert.strictEqual(inspect(new String('abc')), "[String: 'abc']");
assert.strictEqual(inspect(Object.assign(new String('ab'), { x: 1 })), "[String: 'ab'] { x: 1 }");
assert.strictEqual(inspect(new String('ab'), { showHidden: true }), "[String: 'ab'] { [length]: 2 }");
assert.strictEqual(inspect(new Boolean(false)), "[Boolean: false]");
assert.strictEqual(inspect(Object(Symbol('boxed'))), "[Symbol: Symbol(boxed)]");
assert.strictEqual(inspect(Object(10n)), "[BigInt: 10n]");
assert.strictEqual(inspect(new MyNumber(3)), "[Number (MyNumber): 3]");
assert.strictEqual(inspect(new MyString('s')), "[String (MyString): 's']");
assert.strictEqual(inspect(Object.setPrototypeOf(new Number(3), null)), "[Number (null prototype): 3]");
assert.strictEqual(
  inspect(Object.defineProperty(new Number(1), Symbol.toStringTag, { value: 'Num' })),
  "[Number: 1] [Num]");
assert.strictEqual(
  inspect([new Number(1), new String('s'), Object(Symbol('y')), Object(2n), new Boolean(true)], { colors: true }),
  "[\n  \u001b[33m[Number: 1]\u001b[39m,\n  \u001b[32m[String: 's']\u001b[39m,\n  \u001b[32m[Symbol: Symbol(y)]\u001b[39m,\n  \u001b[33m[BigInt: 2n]\u001b[39m,\n  \u001b[33m[Boolean: true]\u001b[39m\n]");
assert.strictEqual(
  inspect(Object.assign(new Number(1), { x: 1 }), { colors: true }),
  "[Number: 1] { x: \u001b[33m1\u001b[39m }");
assert.strictEqual(inspect({ a: Object.assign(new Number(1), { x: 1 }) }, { depth: 0 }), "{ a: [Number] }");
// The prototypes hold wrapped values in the spec, but Node does not show them so.
assert.strictEqual(
  inspect([Number.prototype, Boolean.prototype, String.prototype, Symbol.prototype]),
  "[ {}, {}, {}, Object [Symbol] {} ]");
