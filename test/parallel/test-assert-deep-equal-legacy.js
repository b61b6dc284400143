'use strict';
// deepEqual (legacy mode): primitives with == (NaN equals NaN), prototypes
// and symbol keys ignored, type tags still compared.
const assert = require('assert');

function equal(a, b) {
  assert.deepEqual(a, b);
  assert.throws(() => assert.notDeepEqual(a, b), { operator: 'notDeepEqual' });
}
function unequal(a, b) {
  assert.throws(() => assert.deepEqual(a, b), { code: 'ERR_ASSERTION', operator: 'deepEqual' });
  assert.notDeepEqual(a, b);
}

equal(1, '1');
equal(0, false);
equal(null, undefined);
equal(1n, 1);
equal(NaN, NaN);
equal(-0, 0);
unequal(1, 2);
unequal(1, new Number(1));
unequal('a', new String('a'));
unequal({}, '[object Object]');

equal({ a: 1 }, { a: '1' });
equal([1, 2], ['1', '2']);
equal({ a: { b: [0] } }, { a: { b: [false] } });
unequal({ a: 1 }, { a: 1, b: 2 });
unequal([1, , 3], [1, undefined, 3]);

// Prototypes are not compared, type tags are.
equal({ a: 1 }, Object.assign(Object.create(null), { a: 1 }));
class A { constructor() { this.x = 1; } }
equal(new A(), { x: 1 });
equal([], Object.setPrototypeOf([], null));
unequal([], {});
unequal((function() { return arguments; })(1), [1]);
unequal(new Date(0), Object.setPrototypeOf({}, Date.prototype));

// Symbol keys are ignored.
equal({ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 });

// Set members and Map keys that are == match.
equal(new Set([1]), new Set(['1']));
equal(new Set([1, '2']), new Set(['1', 2]));
equal(new Map([[1, 'a']]), new Map([['1', 'a']]));
equal(new Map([[1, 1]]), new Map([[1, '1']]));
unequal(new Set([1]), new Set([2]));

// Float arrays compare their elements as numbers here.
equal(new Float64Array([-0]), new Float64Array([0]));
unequal(new Float32Array([NaN]), new Float32Array([NaN]));
unequal(new Uint8Array([1]), new Int8Array([1]));

// Errors, dates and regexps compare as in strict mode.
unequal(new Error('a'), new Error('b'));
equal(new Date(5), new Date(5));
unequal(/a/g, /a/i);

// Messages.
assert.throws(() => assert.deepEqual(1, 2), {
  message: 'Expected values to be loosely deep-equal:\n\n1\n\nshould loosely deep-equal\n\n2',
  generatedMessage: true,
});
assert.throws(() => assert.notDeepEqual(1, 1), {
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n1',
});
assert.throws(() => assert.notDeepEqual(1, '1'), {
  message: "Expected values not to be loosely deep-equal:\n\n1\n\nshould not loosely deep-equal\n\n'1'",
});
assert.throws(() => assert.deepEqual(1, 2, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.deepEqual(1), { code: 'ERR_MISSING_ARGS' });
