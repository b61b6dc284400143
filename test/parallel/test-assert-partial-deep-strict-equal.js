'use strict';
// assert.partialDeepStrictEqual(actual, expected): what expected has must
// be in actual, deep and strict; actual may have more.
const assert = require('assert');

function pass(actual, expected) {
  assert.partialDeepStrictEqual(actual, expected);
}
function fail(actual, expected) {
  assert.throws(() => assert.partialDeepStrictEqual(actual, expected), {
    name: 'AssertionError',
    code: 'ERR_ASSERTION',
    operator: 'partialDeepStrictEqual',
  });
}

pass(1, 1);
pass(NaN, NaN);
fail(1, '1');
fail(-0, 0);

pass({ a: 1, b: 2 }, { a: 1 });
pass({ a: { b: 1, c: 2 }, d: 3 }, { a: { b: 1 } });
pass({ a: 1 }, {});
fail({ a: 1 }, { a: 1, b: 2 });
fail({ a: 1 }, { a: 2 });
fail({}, { a: undefined });
pass({ [Symbol.for('s')]: 1, b: 2 }, { [Symbol.for('s')]: 1 });
fail({}, { [Symbol.for('s')]: 1 });

// Arrays: expected's elements in the same order, not necessarily adjacent.
pass([1, 2, 3], [1, 3]);
pass([1, 2, 3], []);
pass([{ a: 1, b: 2 }, { c: 3 }], [{ a: 1 }]);
fail([1, 2, 3], [3, 1]);
fail([1, 2, 3], [1, 1]);
pass([1, 1, 3], [1, 1]);
fail([1], [1, 2]);
fail([1, 2], { 0: 1 });

// Sets and Maps: subsets.
pass(new Set([1, 2, 3]), new Set([2]));
pass(new Set([{ a: 1, b: 1 }]), new Set([{ a: 1 }]));
fail(new Set([1, 2]), new Set([3]));
pass(new Map([[1, 2], [3, 4]]), new Map([[3, 4]]));
pass(new Map([[1, { a: 1, b: 2 }]]), new Map([[1, { a: 1 }]]));
fail(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1, b: 1 }]]));
fail(new Map([[1, 2]]), new Map([[2, 2]]));

// Typed arrays: elements as a subsequence, by Object.is.
pass(new Uint8Array([1, 2, 3]), new Uint8Array([1, 3]));
fail(new Uint8Array([1]), new Int8Array([1]));
fail(new Float64Array([-0]), new Float64Array([0]));

// Builtins compare by their state as in deepStrictEqual.
pass(new Date(0), new Date(0));
fail(new Date(0), new Date(1));
pass(/a/g, /a/g);
fail(/a/g, /a/);
pass(new Error('a'), new Error('a'));
fail(new Error('a'), new Error('b'));
pass(new Error('a', { cause: { x: 1, y: 2 } }), new Error('a', { cause: { x: 1 } }));
fail(new Error('a'), new Error('a', { cause: 1 }));
fail(new String('abc'), new String('ab'));
fail(new WeakMap(), new WeakMap());
fail([], {});
fail(new Date(0), {});

const circular = { b: 1 };
circular.self = circular;
const circularExpected = {};
circularExpected.self = circularExpected;
pass(circular, circularExpected);

// The message is the full diff of both values.
assert.throws(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }), {
  message: /^Expected values to be partially and strictly deep-equal:\n\+ actual - expected\n\n/,
  generatedMessage: true,
});
assert.throws(() => assert.partialDeepStrictEqual(1, 2), {
  message: 'Expected values to be partially and strictly deep-equal:\n\n1 !== 2\n',
});
assert.throws(() => assert.partialDeepStrictEqual(1, 2, 'custom'), {
  message: 'custom\n\n1 !== 2\n',
  generatedMessage: false,
});
assert.throws(() => assert.partialDeepStrictEqual(1), { code: 'ERR_MISSING_ARGS' });
