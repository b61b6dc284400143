'use strict';
// assert(value, message) and assert.ok(): truthy values pass; a falsy one
// throws an AssertionError with operator '==' and expected true. A message
// replaces the generated text; an Error given as message is thrown itself.
const assert = require('assert');

assert.strictEqual(assert, assert.ok);
for (const value of [true, 1, 'x', {}, [], () => {}, Symbol('s'), 1n, -1, Infinity]) {
  assert(value);
  assert.ok(value);
}

for (const value of [false, 0, -0, '', null, undefined, NaN, 0n]) {
  let caught;
  try {
    assert.ok(value);
  } catch (err) {
    caught = err;
  }
  assert(caught instanceof assert.AssertionError);
  assert.strictEqual(caught.code, 'ERR_ASSERTION');
  assert.strictEqual(caught.name, 'AssertionError');
  assert.strictEqual(caught.operator, '==');
  assert(Object.is(caught.actual, value));
  assert.strictEqual(caught.expected, true);
  assert.strictEqual(caught.generatedMessage, true);
  // Node quotes the failing expression's source text after this line.
  assert.match(caught.message, /^The expression evaluated to a falsy value:\n\n {2}/);
}

// No argument at all.
assert.throws(() => assert.ok(), {
  code: 'ERR_ASSERTION',
  operator: '==',
  message: 'No value argument passed to `assert.ok()`',
  generatedMessage: true,
  actual: undefined,
  expected: true,
});
assert.throws(() => assert(), { message: 'No value argument passed to `assert.ok()`' });

// A custom message, even an empty or falsy one, is used as given.
assert.throws(() => assert(false, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.ok(0, ''), { message: '', generatedMessage: false });
assert.throws(() => assert.ok(0, 0), { message: '0', generatedMessage: false });
assert.throws(() => assert.ok(0, { toString() { return 'from toString'; } }),
              { message: 'from toString' });
// null and undefined mean "no message".
assert.throws(() => assert.ok(false, null), { generatedMessage: true });
assert.throws(() => assert.ok(false, undefined), { generatedMessage: true });

// An Error as message is thrown instead of an AssertionError.
const custom = new RangeError('mine');
assert.throws(() => assert.ok(false, custom), (err) => err === custom);
assert.ok(true, custom);
