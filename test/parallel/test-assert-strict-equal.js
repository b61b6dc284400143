'use strict';
// assert.strictEqual() and assert.notStrictEqual() use Object.is(), and the
// message layouts Node prints for primitives.
const assert = require('assert');

assert.strictEqual(1, 1);
assert.strictEqual(NaN, NaN);
assert.strictEqual(-0, -0);
const sym = Symbol('s');
assert.strictEqual(sym, sym);
assert.notStrictEqual(0, -0);
assert.notStrictEqual(1, '1');
assert.notStrictEqual({}, {});

// Short values: one line, `a !== b`.
assert.throws(() => assert.strictEqual(1, 2), {
  code: 'ERR_ASSERTION',
  operator: 'strictEqual',
  generatedMessage: true,
  actual: 1,
  expected: 2,
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
});
assert.throws(() => assert.strictEqual('a\nb', 'a\nc'), {
  message: "Expected values to be strictly equal:\n\n'a\\nb' !== 'a\\nc'\n",
});
assert.throws(() => assert.strictEqual(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
assert.throws(() => assert.strictEqual(1n, 2n), {
  message: 'Expected values to be strictly equal:\n\n1n !== 2n\n',
});

// Zeros of different sign, and longer values: stacked, one side per line.
assert.throws(() => assert.strictEqual(-0, 0), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n+ -0\n- 0\n',
});
assert.throws(() => assert.strictEqual(undefined, null), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n+ undefined\n- null\n',
});
// A caret marks the first difference when it is past the third character.
assert.throws(() => assert.strictEqual('abcabcabc', 'abcabdabc'), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
    "+ 'abcabcabc'\n- 'abcabdabc'\n        ^\n",
});
assert.throws(() => assert.strictEqual('xbcdefghijklmn', 'ybcdefghijklmn'), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
    "+ 'xbcdefghijklmn'\n- 'ybcdefghijklmn'\n",
});

// A custom message replaces the first line; the comparison stays.
assert.throws(() => assert.strictEqual(1, 2, 'custom'), {
  message: 'custom\n\n1 !== 2\n',
  generatedMessage: false,
});
// ... unless it is empty.
assert.throws(() => assert.strictEqual(1, 2, ''), {
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
  generatedMessage: true,
});

// notStrictEqual shows the single value.
assert.throws(() => assert.notStrictEqual(1, 1), {
  operator: 'notStrictEqual',
  message: 'Expected "actual" to be strictly unequal to: 1',
});
assert.throws(() => assert.notStrictEqual('abcdef', 'abcdef'), {
  message: "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'",
});
assert.throws(() => assert.notStrictEqual(NaN, NaN), { operator: 'notStrictEqual' });
assert.throws(() => assert.notStrictEqual(1, 1, 'custom'), { message: 'custom' });

// Objects that are not the same reference.
assert.throws(() => assert.strictEqual({}, {}), {
  message: 'Values have same structure but are not reference-equal:\n\n{}\n',
});
const obj = {};
assert.throws(() => assert.notStrictEqual(obj, obj), {
  message: 'Expected "actual" not to be reference-equal to "expected": {}',
});

for (const fn of [assert.strictEqual, assert.notStrictEqual]) {
  assert.throws(() => fn(1), { code: 'ERR_MISSING_ARGS' });
}
