'use strict';
// new assert.AssertionError(options): the properties Node sets, their
// enumerability, toString(), and the message it builds from operator,
// actual and expected when none is given.
const assert = require('assert');
const { AssertionError } = assert;

assert.strictEqual(typeof AssertionError, 'function');
assert.strictEqual(Object.getPrototypeOf(AssertionError.prototype), Error.prototype);

const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert(err instanceof Error);
assert(err instanceof AssertionError);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.diff, 'simple');
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(String(err), `AssertionError [ERR_ASSERTION]: ${err.message}`);
assert.deepStrictEqual(Object.keys(err),
                       ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'name').enumerable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'message').enumerable, false);
assert.strictEqual(typeof err.stack, 'string');

// A message, when given, is used as is (strings, numbers, objects).
const custom = new AssertionError({ message: 'hi' });
assert.strictEqual(custom.message, 'hi');
assert.strictEqual(custom.generatedMessage, false);
assert.strictEqual(custom.actual, undefined);
assert(Object.hasOwn(custom, 'actual'));
assert.strictEqual(new AssertionError({ message: 5 }).message, '5');
assert.strictEqual(new AssertionError({ message: new Error('m') }).message, 'Error: m');
// For the diffing operators it replaces only the first line.
assert.strictEqual(
  new AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'strictEqual' }).message,
  'hi\n\n1 !== 2\n');
assert.strictEqual(
  new AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'notStrictEqual' }).message,
  'hi');

// Generated messages by operator.
const msg = (options) => new AssertionError(options).message;
assert.strictEqual(msg({ actual: 1, expected: 2, operator: '==' }), '1 == 2');
assert.strictEqual(msg({ actual: 1, expected: 2, operator: 'custom' }), '1 custom 2');
assert.strictEqual(msg({ actual: 1, expected: 2 }), '1 undefined 2');
assert.strictEqual(msg({ actual: 1, expected: 2, operator: 'deepStrictEqual' }),
                   'Expected values to be strictly deep-equal:\n\n1 !== 2\n');
assert.strictEqual(msg({ actual: 1, expected: 2, operator: 'partialDeepStrictEqual' }),
                   'Expected values to be partially and strictly deep-equal:\n\n1 !== 2\n');
assert.strictEqual(msg({ actual: 1, expected: 1, operator: 'notDeepStrictEqual' }),
                   'Expected "actual" not to be strictly deep-equal to: 1');
assert.strictEqual(msg({ actual: 1, expected: 2, operator: 'deepEqual' }),
                   'Expected values to be loosely deep-equal:\n\n1\n\nshould loosely deep-equal\n\n2');

// When both sides are errors, actual and expected hold stack-less copies.
const e1 = new Error('a');
const e2 = new Error('b');
const withErrors = new AssertionError({ actual: e1, expected: e2, operator: 'deepStrictEqual' });
assert.notStrictEqual(withErrors.actual, e1);
assert.strictEqual(Object.getPrototypeOf(withErrors.actual), Error.prototype);
assert.strictEqual(withErrors.actual.message, 'a');
assert.strictEqual(withErrors.expected.message, 'b');

// The diff option is recorded.
assert.strictEqual(new AssertionError({ message: 'x', diff: 'full' }).diff, 'full');

// Options must be an object.
for (const bad of [undefined, null, 'x', 1]) {
  assert.throws(() => new AssertionError(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options" argument must be of type object\. Received /,
  });
}

// stackStartFn hides that function's frame and those above it.
function hiddenHelperFrame() {
  return new AssertionError({ message: 'x', stackStartFn: hiddenHelperFrame });
}
assert.doesNotMatch(hiddenHelperFrame().stack, /hiddenHelperFrame/);
