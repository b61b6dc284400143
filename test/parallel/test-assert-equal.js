'use strict';
// assert.equal() and assert.notEqual() compare with == (NaN equals NaN) and
// report operator '==' / '!=' with a one-line message.
const assert = require('assert');

assert.equal(1, 1);
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(0, false);
assert.equal('', 0);
assert.equal(NaN, NaN);
assert.equal(1n, 1);
const obj = {};
assert.equal(obj, obj);
assert.equal({ valueOf() { return 5; } }, 5);

assert.notEqual(1, 2);
assert.notEqual({}, {});
assert.notEqual(NaN, 0);
assert.notEqual(null, 0);

assert.throws(() => assert.equal(1, 2), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: '==',
  message: '1 == 2',
  generatedMessage: true,
  actual: 1,
  expected: 2,
});
assert.throws(() => assert.equal('a', 'b'), { message: "'a' == 'b'" });
assert.throws(() => assert.notEqual(1, '1'), {
  operator: '!=',
  message: "1 != '1'",
  actual: 1,
  expected: '1',
});
assert.throws(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN' });

// Long values are cut at 512 characters in the message.
assert.throws(() => assert.equal('a'.repeat(600), 'b'), (err) => {
  assert.strictEqual(err.message, `'${'a'.repeat(508)}... == 'b'`);
  return true;
});

// A custom message replaces the text; an empty one too.
assert.throws(() => assert.equal(1, 2, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.equal(1, 2, ''), { message: '', generatedMessage: true });
const err = new TypeError('thrown as is');
assert.throws(() => assert.notEqual(1, 1, err), (e) => e === err);

// Both arguments are required.
for (const fn of [assert.equal, assert.notEqual]) {
  assert.throws(() => fn(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "actual" and "expected" arguments must be specified',
  });
  assert.throws(() => fn(1), { code: 'ERR_MISSING_ARGS' });
  fn(undefined, fn === assert.equal ? undefined : 1);
}
