'use strict';
// util.isDeepStrictEqual(a, b, skipPrototype): with a truthy third
// argument, objects whose prototypes differ can still be equal; their own
// properties must still match.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

assert.strictEqual(isDeepStrictEqual.length, 3);
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
assert.strictEqual(isDeepStrictEqual(new A(), new B()), false);
assert.strictEqual(isDeepStrictEqual(new A(), new B(), true), true);
assert.strictEqual(isDeepStrictEqual(new A(), new B(), 1), true);
assert.strictEqual(isDeepStrictEqual(new A(), new B(), false), false);
assert.strictEqual(isDeepStrictEqual({ a: 1 }, { __proto__: null, a: 1 }), false);
assert.strictEqual(isDeepStrictEqual({ a: 1 }, { __proto__: null, a: 1 }, true), true);
// Values still count.
assert.strictEqual(isDeepStrictEqual({ a: 1 }, { __proto__: null, a: 2 }, true), false);
assert.strictEqual(isDeepStrictEqual([1, { y: new A() }], [1, { y: new B() }], true), true);
assert.strictEqual(isDeepStrictEqual([1, { y: new A() }], [1, { y: new B() }]), false);
// Still strict: 1 is not '1'.
assert.strictEqual(isDeepStrictEqual({ a: 1 }, { a: '1' }, true), false);
