'use strict';
// partialDeepStrictEqual leaves out an error message expected to be empty
// or undefined; any other expected message, and the name, must match
// (issue 5).
const assert = require('assert');

const pass = (actual, expected) => assert.partialDeepStrictEqual(actual, expected);
const fail = (actual, expected) => assert.throws(() => assert.partialDeepStrictEqual(actual, expected),
                                                 { code: 'ERR_ASSERTION' });
const withMessage = (message) => {
  const err = new Error('x');
  err.message = message;
  return err;
};

pass(new Error('Test error 1'), new Error());
pass({ error: new Error('Test error 1') }, { error: new Error() });
pass(new Error('x'), withMessage(''));
pass(new Error('x'), withMessage(undefined));
pass(new AggregateError([1, 2], 'm'), new AggregateError([], ''));
for (const message of [null, false, 0, NaN, 'y', 1]) fail(new Error('x'), withMessage(message));
fail(new Error('x'), new Error('y'));
fail(withMessage(undefined), new Error('x'));
fail(new TypeError('x'), new Error('x'));
const named = new Error('x');
named.name = '';
fail(new Error('x'), named);
// The strict and loose comparisons still compare an empty message.
assert.throws(() => assert.deepStrictEqual(new Error('x'), new Error()), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.deepEqual(new Error('x'), new Error()), { code: 'ERR_ASSERTION' });
