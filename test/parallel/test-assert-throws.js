'use strict';
// assert.throws(fn[, error][, message]): the thrown value is validated by a
// class, a RegExp over its string form, a validation function, or an object
// whose properties must each match (RegExp values test string properties).
const assert = require('assert');

const thrower = (value) => () => { throw value; };
const typeError = new TypeError('Wrong value');
typeError.code = 'E_WRONG';
typeError.info = { nested: [1, 2] };

// Passing validations.
assert.throws(thrower(typeError));
assert.throws(thrower(typeError), TypeError);
assert.throws(thrower(typeError), Error);
assert.throws(thrower(typeError), /^TypeError: Wrong value$/);
assert.throws(thrower(typeError), (err) => err === typeError);
assert.throws(thrower(typeError), { name: 'TypeError', message: 'Wrong value' });
assert.throws(thrower(typeError), { message: /wrong/i, code: 'E_WRONG' });
assert.throws(thrower(typeError), { info: { nested: [1, 2] } });
assert.throws(thrower(typeError), new TypeError('Wrong value'));
assert.throws(thrower('a string'), /string/);
assert.throws(thrower(undefined));

// No exception at all.
assert.throws(() => assert.throws(() => {}), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: 'throws',
  message: 'Missing expected exception.',
  generatedMessage: false,
  actual: undefined,
});
assert.throws(() => assert.throws(() => {}, TypeError), {
  message: 'Missing expected exception (TypeError).',
  expected: TypeError,
});
assert.throws(() => assert.throws(() => {}, TypeError, 'with details'), {
  message: 'Missing expected exception (TypeError): with details',
});
// A string second argument is the message.
assert.throws(() => assert.throws(() => {}, 'just a message'), {
  message: 'Missing expected exception: just a message',
});

// Wrong class.
assert.throws(() => assert.throws(thrower(typeError), RangeError), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'throws');
  assert.strictEqual(err.actual, typeError);
  assert.strictEqual(err.expected, RangeError);
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.message, 'The error is expected to be an instance of "RangeError". ' +
    'Received "TypeError"\n\nError message:\n\nWrong value');
  return true;
});
class Lookalike extends Error {}
Object.defineProperty(Lookalike, 'name', { value: 'TypeError' });
assert.throws(() => assert.throws(thrower(new TypeError('x')), Lookalike), {
  message: 'The error is expected to be an instance of "TypeError". Received an error with ' +
    'identical name but a different prototype.\n\nError message:\n\nx',
});
assert.throws(() => assert.throws(thrower('text'), RangeError), {
  message: 'The error is expected to be an instance of "RangeError". Received "\'text\'"',
});
assert.throws(() => assert.throws(thrower(typeError), RangeError, 'custom'), {
  message: 'custom',
  generatedMessage: false,
});

// RegExp that does not match.
assert.throws(() => assert.throws(thrower(new Error('abc')), /xyz/), {
  operator: 'throws',
  message: "The input did not match the regular expression /xyz/. Input:\n\n'Error: abc'\n",
});

// Validation function that does not return true.
assert.throws(() => assert.throws(thrower(new Error('abc')), function check() { return 1; }), {
  message: 'The "check" validation function is expected to return "true". Received 1\n\n' +
    'Caught error:\n\nError: abc',
});
assert.throws(() => assert.throws(thrower(5), () => false), {
  message: 'The validation function is expected to return "true". Received false',
});
// What the validation function throws propagates.
const inner = new Error('inner');
assert.throws(() => assert.throws(thrower(1), () => { throw inner; }), (err) => err === inner);

// Validation object that does not match: the message diffs only the
// compared keys, as "Comparison" objects; actual and expected stay whole.
assert.throws(() => assert.throws(thrower(typeError), { message: 'Other' }), (err) => {
  assert.strictEqual(err.operator, 'throws');
  assert.strictEqual(err.actual, typeError);
  assert.deepStrictEqual(err.expected, { message: 'Other' });
  assert.match(err.message, /^Expected values to be strictly deep-equal:\n/);
  assert.match(err.message, /Comparison \{/);
  assert.doesNotMatch(err.message, /E_WRONG/);
  return true;
});
assert.throws(() => assert.throws(thrower(typeError), { missing: 1 }), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.throws(thrower(typeError), { code: /^X/ }), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.throws(thrower(typeError), new TypeError('Other')), {
  code: 'ERR_ASSERTION',
});
assert.throws(() => assert.throws(thrower(typeError), { message: 'Other' }, 'custom'), {
  message: 'custom',
  generatedMessage: false,
});
// A primitive thrown against a validation object.
assert.throws(() => assert.throws(thrower('text'), { message: 'text' }), {
  operator: 'throws',
  message: /^Expected values to be strictly deep-equal:/,
});

// Argument errors.
assert.throws(() => assert.throws('not a function'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'not a function\')',
});
assert.throws(() => assert.throws(thrower(typeError), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, ' +
    'or Object. Received type number (5)',
});
assert.throws(() => assert.throws(thrower(typeError), 'a', 'b'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => assert.throws(thrower(typeError), {}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});
// A string that equals the thrown message reads like a mistaken validation.
assert.throws(() => assert.throws(thrower(new Error('same')), 'same'), {
  name: 'TypeError',
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
    'The error message "same" is identical to the message.',
});
assert.throws(() => assert.throws(thrower('same'), 'same'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error "same" is identical to the message.',
});
assert.throws(thrower(new Error('one')), 'another');
