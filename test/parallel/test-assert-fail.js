'use strict';
// assert.fail([message]) and the deprecated assert.fail(actual, expected,
// message, operator).
const assert = require('assert');

assert.throws(() => assert.fail(), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: 'fail',
  message: 'Failed',
  generatedMessage: true,
  actual: undefined,
  expected: undefined,
});
assert.throws(() => assert.fail('boom'), { message: 'boom', generatedMessage: false, operator: 'fail' });
assert.throws(() => assert.fail(null), { message: 'Failed', generatedMessage: true });
assert.throws(() => assert.fail(''), { message: '', generatedMessage: true });
const err = new TypeError('thrown as is');
assert.throws(() => assert.fail(err), (e) => e === err);

// More than one argument: deprecated (DEP0094, warned once), with the
// values and operator in the message.
let warnings = 0;
process.on('warning', (w) => {
  if (w.code === 'DEP0094') warnings++;
});
assert.throws(() => assert.fail(1, 2), {
  message: '1 != 2',
  operator: '!=',
  actual: 1,
  expected: 2,
  generatedMessage: true,
});
assert.throws(() => assert.fail(1, 2, undefined, '>'), { message: '1 > 2', operator: '>' });
assert.throws(() => assert.fail(1, 2, 'custom', '>'), { message: 'custom', operator: '>' });
assert.throws(() => assert.fail('a', 'b', undefined, 'fail'), { message: "'a' fail 'b'" });

// The stack starts at the caller of stackStartFn: wrapper's own frame and
// those above it are left out.
function hiddenFailWrapper() {
  assert.fail(1, 2, 'custom', 'op', hiddenFailWrapper);
}
assert.throws(hiddenFailWrapper, (e) => {
  assert.strictEqual(e.message, 'custom');
  assert.doesNotMatch(e.stack, /hiddenFailWrapper/);
  return true;
});
function visibleFailCaller() {
  assert.fail('custom');
}
assert.throws(visibleFailCaller, (e) => {
  assert.match(e.stack, /visibleFailCaller/);
  return true;
});

setTimeout(() => assert.strictEqual(warnings, 1), 10);
