'use strict';
// util.inspect of functions and classes.

const assert = require('assert');
const { inspect } = require('util');

class Foo {}
class Base {
  get g() { return 1; }
}
class Derived extends Base {
  static count = 3;
}

assert.strictEqual(inspect(function named() {}), "[Function: named]");
assert.strictEqual(inspect([function() {}][0]), "[Function (anonymous)]");
assert.strictEqual(inspect([() => {}][0]), "[Function (anonymous)]");
assert.strictEqual(inspect(async function af() {}), "[AsyncFunction: af]");
assert.strictEqual(inspect([async () => {}][0]), "[AsyncFunction (anonymous)]");
assert.strictEqual(inspect(function* gen() {}), "[GeneratorFunction: gen]");
assert.strictEqual(inspect(async function* agen() {}), "[AsyncGeneratorFunction: agen]");
assert.strictEqual(inspect(class A {}), "[class A]");
assert.strictEqual(inspect([class {}][0]), "[class (anonymous)]");
assert.strictEqual(inspect(class B extends Foo {}), "[class B extends Foo]");
assert.strictEqual(inspect(Derived), "[class Derived extends Base] { count: 3 }");
assert.strictEqual(
  inspect(Derived, { showHidden: true }),
  "<ref *1> [class Derived extends Base] {\n  [length]: 0,\n  [name]: 'Derived',\n  [prototype]: Base { [constructor]: [Circular *1], [g]: [Getter] },\n  count: 3\n}");
assert.strictEqual(inspect(Object.setPrototypeOf(class C {}, null)), "[class C extends [null prototype]]");
assert.strictEqual(inspect(class D extends (() => Foo)() {}), "[Function: D]");
assert.strictEqual(inspect(class /* ( */ E {}), "[class E]");
assert.strictEqual(inspect({ class() {} }.class), "[Function: class]");
assert.strictEqual(
  inspect(Object.assign(function fp() {}, { a: 1, b: 'x' })),
  "[Function: fp] { a: 1, b: 'x' }");
assert.strictEqual(inspect(Object.assign(class Z {}, { a: 1 })), "[class Z] { a: 1 }");
assert.strictEqual(inspect(Math.max), "[Function: max]");
assert.strictEqual(inspect(Math.max.bind(null)), "[Function: bound max]");
assert.strictEqual(inspect(Object.setPrototypeOf(function np() {}, null)), "[Function (null prototype): np]");
assert.strictEqual(
  inspect(Object.defineProperty(function ft() {}, Symbol.toStringTag, { value: 'Tagged' })),
  "[Function: ft] [Tagged]");
assert.strictEqual(
  inspect(Object.defineProperty(function orig() {}, 'name', { value: 'renamed' })),
  "[Function: renamed]");
assert.strictEqual(
  inspect(Object.defineProperty(function orig() {}, 'name', { value: '' })),
  "[Function (anonymous)]");
assert.strictEqual(
  inspect(Object.defineProperty(class Orig {}, 'name', { value: 'Renamed' })),
  "[class Renamed]");
assert.strictEqual(
  inspect(Object.getOwnPropertyDescriptor({ get prop() { return 1; } }, 'prop').get),
  "[Function: get prop]");
assert.strictEqual(
  inspect({ a: { b: { f: Object.assign(() => {}, { x: 1 }), g: function g() {} } } }),
  "{ a: { b: { f: [Function], g: [Function: g] } } }");
assert.strictEqual(
  inspect([function f() {}, class K {}, Object.assign(() => {}, { x: 1 })], { colors: true }),
  "[ \u001b[36m[Function: f]\u001b[39m, \u001b[36m[class K]\u001b[39m, [Function (anonymous)] { x: \u001b[33m1\u001b[39m } ]");
assert.strictEqual(
  inspect((() => {}), { showHidden: true }),
  "[Function (anonymous)] { [length]: 0, [name]: '' }");
