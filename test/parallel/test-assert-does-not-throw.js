'use strict';
// assert.doesNotThrow(fn[, error][, message]): an exception of the kind
// named by `error` (all kinds without it) becomes an AssertionError; any
// other is rethrown unchanged.
const assert = require('assert');

const thrower = (value) => () => { throw value; };
const err = new TypeError('bad');

assert.doesNotThrow(() => {});
assert.doesNotThrow(() => {}, TypeError);
assert.doesNotThrow(() => {}, 'message');
// Arguments are only looked at once something is thrown.
assert.doesNotThrow(() => {}, 5);

assert.throws(() => assert.doesNotThrow(thrower(err)), (e) => {
  assert.strictEqual(e.name, 'AssertionError');
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.operator, 'doesNotThrow');
  assert.strictEqual(e.actual, err);
  assert.strictEqual(e.expected, undefined);
  assert.strictEqual(e.generatedMessage, false);
  assert.strictEqual(e.message, 'Got unwanted exception.\nActual message: "bad"');
  return true;
});
assert.throws(() => assert.doesNotThrow(thrower(err), 'why'), {
  message: 'Got unwanted exception: why\nActual message: "bad"',
});
assert.throws(() => assert.doesNotThrow(thrower(err), TypeError, 'why'), {
  message: 'Got unwanted exception: why\nActual message: "bad"',
  expected: TypeError,
});
assert.throws(() => assert.doesNotThrow(thrower(err), /bad/), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.doesNotThrow(thrower(err), (e) => e === err), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.doesNotThrow(thrower('str')), {
  message: 'Got unwanted exception.\nActual message: "undefined"',
});
assert.throws(() => assert.doesNotThrow(thrower(null)), {
  message: 'Got unwanted exception.\nActual message: "undefined"',
});

// Other kinds pass through untouched.
assert.throws(() => assert.doesNotThrow(thrower(err), RangeError), (e) => e === err);
assert.throws(() => assert.doesNotThrow(thrower(err), /other/), (e) => e === err);
assert.throws(() => assert.doesNotThrow(thrower(err), () => false), (e) => e === err);

// Validation objects are not supported here.
assert.throws(() => assert.doesNotThrow(thrower(err), { message: 'bad' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type function or an instance of RegExp. ' +
    'Received an instance of Object',
});
assert.throws(() => assert.doesNotThrow(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (5)',
});
