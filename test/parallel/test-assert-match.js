'use strict';
// assert.match() and assert.doesNotMatch() test a string against a RegExp.
const assert = require('assert');

assert.match('I will pass', /pass/);
assert.doesNotMatch('I will pass', /fail/);

assert.throws(() => assert.match('abc', /x/), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: 'match',
  actual: 'abc',
  expected: /x/,
  generatedMessage: true,
  message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n",
});
assert.throws(() => assert.doesNotMatch('abc', /b/), {
  operator: 'doesNotMatch',
  message: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n",
});

// The input must be a string; this is an assertion failure, not a TypeError.
assert.throws(() => assert.match(123, /1/), {
  name: 'AssertionError',
  operator: 'match',
  actual: 123,
  message: 'The "string" argument must be of type string. Received type number (123)',
});
assert.throws(() => assert.doesNotMatch(undefined, /1/), {
  operator: 'doesNotMatch',
  message: 'The "string" argument must be of type string. Received type undefined (undefined)',
});

// The pattern must be a RegExp.
assert.throws(() => assert.match('abc', 'abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'abc\')',
});
assert.throws(() => assert.doesNotMatch('abc'), { code: 'ERR_INVALID_ARG_TYPE' });

// Custom messages; an Error is thrown as it is.
assert.throws(() => assert.match('abc', /x/, 'custom'), { message: 'custom', generatedMessage: false });
const err = new RangeError('mine');
assert.throws(() => assert.doesNotMatch('abc', /a/, err), (e) => e === err);
assert.match('abc', /a/, err);

// A global RegExp is used through exec(), so it advances lastIndex.
const re = /b/g;
assert.match('abc', re);
assert.strictEqual(re.lastIndex, 2);
assert.throws(() => assert.match('abc', re), { operator: 'match' });
assert.strictEqual(re.lastIndex, 0);
