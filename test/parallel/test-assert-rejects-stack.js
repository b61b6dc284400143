'use strict';
// The AssertionError of a failed rejects() or doesNotReject() has a stack
// that names the assertion, and an assertion failing in a hot loop keeps its
// stack once the code is compiled.
const common = require('../common');
const assert = require('assert');

function checkStack(err) {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.match(err.stack, /\n {4}at .*(rejects|doesNotReject)/);
  return true;
}

(async () => {
  await assert.rejects(assert.rejects(Promise.reject(null), { code: 'FOO' }), checkStack);
  await assert.rejects(assert.rejects(Promise.resolve()), checkStack);
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('x'))), checkStack);
})().then(common.mustCall());

function failing(i) {
  try {
    assert.strictEqual(i, -1);
  } catch (err) {
    return err.stack;
  }
}
for (let i = 0; i < 3000; i++) {
  const stack = failing(i);
  if (!stack.includes('at failing')) assert.fail(`call ${i} lost its stack:\n${stack}`);
}
