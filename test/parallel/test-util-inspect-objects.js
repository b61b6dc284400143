'use strict';
// util.inspect of plain objects and class instances: keys, depth, null
// prototypes, Symbol.toStringTag, showHidden and prototype properties.

const assert = require('assert');
const { inspect } = require('util');

class Foo {
  constructor() {
    this.a = 1;
  }
}
class Base {
  get baseGetter() { return 1; }
  method() {}
}
class Derived extends Base {
  get derivedGetter() { return 2; }
}
class Tagged {
  get [Symbol.toStringTag]() { return 'Tag'; }
}
class MyTag {
  get [Symbol.toStringTag]() { return 'Tag'; }
}
class TagX {
  get [Symbol.toStringTag]() { return 'Tag'; }
}

assert.strictEqual(inspect({}), "{}");
assert.strictEqual(
  inspect({ a: 1, b: 'two', c: [1, 2, { d: 4 }] }),
  "{ a: 1, b: 'two', c: [ 1, 2, { d: 4 } ] }");
// Past depth 2, objects are named, not shown.
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }), "{ a: { b: { c: [Object] } } }");
assert.strictEqual(inspect({ a: { b: { c: {} } } }), "{ a: { b: { c: {} } } }");
assert.strictEqual(inspect({ a: { b: { c: [1] } } }), "{ a: { b: { c: [Array] } } }");
assert.strictEqual(inspect({ a: { b: 1 } }, { depth: 0 }), "{ a: [Object] }");
assert.strictEqual(inspect({ a: 1 }, { depth: -1 }), "[Object]");
assert.strictEqual(
  inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }),
  "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}");
assert.strictEqual(
  inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }),
  "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}");
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }, false, 0), "{ a: [Object] }");
// Keys are quoted unless they are identifiers.
assert.strictEqual(
  inspect({ 'a-b': 1, 'a\nb': 2, "it's": 3, '1a': 4, '': 5, _ok1: 6, $x: 7 }),
  "{ 'a-b': 1, 'a\\nb': 2, \"it's\": 3, '1a': 4, '': 5, _ok1: 6, '$x': 7 }");
assert.strictEqual(inspect(JSON.parse('{"__proto__": 1}')), "{ ['__proto__']: 1 }");
assert.strictEqual(inspect({ [Symbol('s')]: 1, [Symbol()]: 2 }), "{ Symbol(s): 1, Symbol(): 2 }");
assert.strictEqual(inspect(Object.defineProperty({ v: 1 }, 'hidden', { value: 2 })), "{ v: 1 }");
assert.strictEqual(
  inspect(Object.defineProperties({ v: 1 }, { hidden: { value: 2 }, 'not ident': { value: 3 }, [Symbol('h')]: { value: 4 } }), { showHidden: true }),
  "{ v: 1, [hidden]: 2, ['not ident']: 3, [Symbol(h)]: 4 }");
assert.strictEqual(inspect(new Foo()), "Foo { a: 1 }");
assert.strictEqual(inspect(new (class Empty {})()), "Empty {}");
assert.strictEqual(inspect(Object.create(null)), "[Object: null prototype] {}");
assert.strictEqual(
  inspect(Object.assign(Object.create(null), { x: 1 })),
  "[Object: null prototype] { x: 1 }");
assert.strictEqual(
  inspect({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }),
  "{ a: { b: { c: [Object: null prototype] } } }");
assert.strictEqual(inspect(Object.create(Object.create(null))), "Object <[Object: null prototype] {}> {}");
assert.strictEqual(inspect(Object.create({ inherited: 1 }), { showHidden: true }), "{ inherited: 1 }");
assert.strictEqual(
  inspect(new Derived(), { showHidden: true }),
  "Derived { [derivedGetter]: [Getter], [baseGetter]: [Getter] }");
assert.strictEqual(
  inspect(new Derived(), { showHidden: true, colors: true }),
  "Derived { \u001b[2m[derivedGetter]: \u001b[36m[Getter]\u001b[39m\u001b[22m, \u001b[2m[baseGetter]: \u001b[36m[Getter]\u001b[39m\u001b[22m }");
assert.strictEqual(inspect({ [Symbol.toStringTag]: 'own' }), "{ Symbol(Symbol.toStringTag): 'own' }");
assert.strictEqual(inspect(Object.create({ [Symbol.toStringTag]: 'inherited' })), "Object [inherited] {}");
assert.strictEqual(inspect(new Tagged()), "Tagged [Tag] {}");
assert.strictEqual(
  inspect(Object.create(null, { [Symbol.toStringTag]: { value: 'np' } })),
  "[Object: null prototype] [np] {}");
// A tag the constructor's name already says (as a CamelCase word) is left out.
assert.strictEqual(inspect(new MyTag()), "MyTag {}");
assert.strictEqual(inspect(new TagX()), "TagX {}");
assert.strictEqual(inspect({ a: { b: new Tagged() } }, { depth: 0 }), "{ a: [Object] }");
assert.strictEqual(
  inspect(Object.defineProperty([1], Symbol.toStringTag, { value: 'T' })),
  "Array(1) [T] [ 1 ]");
