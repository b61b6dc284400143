'use strict';
// assert.ifError(value) throws unless value is null or undefined.
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);

const err = new Error('original');
assert.throws(() => assert.ifError(err), (e) => {
  assert.strictEqual(e.name, 'AssertionError');
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.operator, 'ifError');
  assert.strictEqual(e.actual, err);
  assert.strictEqual(e.expected, null);
  assert.strictEqual(e.generatedMessage, false);
  assert.strictEqual(e.message, 'ifError got unwanted exception: original');
  return true;
});
// An error with an empty message is named by its constructor.
assert.throws(() => assert.ifError(new TypeError('')), {
  message: 'ifError got unwanted exception: TypeError',
});
// Anything else that is not null or undefined is shown with inspect.
assert.throws(() => assert.ifError(0), { message: 'ifError got unwanted exception: 0', actual: 0 });
assert.throws(() => assert.ifError(false), { message: 'ifError got unwanted exception: false' });
assert.throws(() => assert.ifError(''), { message: "ifError got unwanted exception: ''" });
assert.throws(() => assert.ifError('text'), { message: "ifError got unwanted exception: 'text'" });
assert.throws(() => assert.ifError({ message: 'plain' }), {
  message: 'ifError got unwanted exception: plain',
});
assert.throws(() => assert.ifError({ message: 5 }), {
  message: 'ifError got unwanted exception: { message: 5 }',
});
