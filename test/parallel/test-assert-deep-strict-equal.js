'use strict';
// deepStrictEqual: primitives by Object.is, objects by prototype, type tag,
// and their own enumerable string and symbol keys, in any order.
const assert = require('assert');

function equal(a, b) {
  assert.deepStrictEqual(a, b);
  assert.throws(() => assert.notDeepStrictEqual(a, b), { operator: 'notDeepStrictEqual' });
}
function unequal(a, b) {
  assert.throws(() => assert.deepStrictEqual(a, b), {
    code: 'ERR_ASSERTION',
    operator: 'deepStrictEqual',
  });
  assert.notDeepStrictEqual(a, b);
}

equal(NaN, NaN);
equal(-0, -0);
unequal(0, -0);
unequal(1, '1');
unequal(null, undefined);
unequal(Symbol('a'), Symbol('a'));
unequal(function f() {}, function f() {});

equal({ a: 1, b: 2 }, { b: 2, a: 1 });
equal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
unequal({ a: 1 }, { a: '1' });
unequal({ a: undefined }, {});
unequal({ a: undefined }, { b: undefined });
unequal([1, 2], [1, 2, 3]);
unequal([1, , 3], [1, undefined, 3]);
equal([1, , 3], [1, , 3]);
equal(Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 }));
unequal(Object.assign([1], { x: 1 }), [1]);

// Prototypes are compared with ===.
unequal({}, Object.create(null));
unequal({}, []);
class A {}
class B {}
unequal(new A(), new B());
equal(new A(), new A());
const fakeDate = Object.setPrototypeOf({}, Date.prototype);
unequal(fakeDate, new Date(0));
unequal(fakeDate, {});

// Type tags must match too: arguments are not an array or a plain object.
const args = (function() { return arguments; })(1, 2);
unequal(args, [1, 2]);
unequal(args, { 0: 1, 1: 2 });

// Non-enumerable properties do not count; enumerable symbols do.
equal(Object.defineProperty({}, 'hidden', { value: 1 }), {});
const s = Symbol('k');
equal({ [s]: 1 }, { [s]: 1 });
unequal({ [s]: 1 }, { [s]: 2 });
unequal({ [s]: 1 }, {});
unequal({ [Symbol('k')]: 1 }, { [Symbol('k')]: 1 });
equal(Object.defineProperty({}, s, { value: 1 }), {});

// Wrapped primitives compare as objects and by the value they hold.
equal(new Number(1), new Number(1));
unequal(new Number(1), new Number(2));
unequal(new Number(0), new Number(-0));
equal(new Number(NaN), new Number(NaN));
equal(new String('ab'), new String('ab'));
unequal(new String('ab'), new String('ac'));
unequal(new String('a'), 'a');
unequal(new Number(1), 1);
equal(new Boolean(false), new Boolean(false));
unequal(new Boolean(true), new Boolean(false));
equal(Object(1n), Object(1n));
equal(Object(Symbol.iterator), Object(Symbol.iterator));
unequal(Object(Symbol('a')), Object(Symbol('a')));
unequal(Object.assign(new Number(1), { a: 1 }), new Number(1));
unequal(new Number(1), new String('1'));

// Getters are read; proxies compare as their target's shape.
equal({ get a() { return 1; } }, { a: 1 });
equal(new Proxy({ a: 1 }, {}), { a: 1 });

// The message is a line diff of the two values.
assert.throws(() => assert.deepStrictEqual([1], [2]), {
  generatedMessage: true,
  message: /^Expected values to be strictly deep-equal:\n\+ actual - expected\n\n/,
});
assert.throws(() => assert.deepStrictEqual(1, 2), {
  message: 'Expected values to be strictly deep-equal:\n\n1 !== 2\n',
});
assert.throws(() => assert.deepStrictEqual([1], [2], 'custom'), {
  message: /^custom\n\+ actual - expected\n/,
  generatedMessage: false,
});
assert.throws(() => assert.notDeepStrictEqual(1, 1), {
  message: 'Expected "actual" not to be strictly deep-equal to: 1',
});
assert.throws(() => assert.deepStrictEqual(1), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => assert.notDeepStrictEqual(), { code: 'ERR_MISSING_ARGS' });
