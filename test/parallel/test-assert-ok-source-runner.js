'use strict';
// t.assert.ok of node:test quotes the test's call, though it reaches
// assert.ok through a wrapper of the runner's (issue 5).
const assert = require('assert');
const test = require('node:test');

test('t.assert.ok', (t) => {
  assert.throws(() => t.assert.ok(1 === 2), {
    code: 'ERR_ASSERTION',
    message: 'The expression evaluated to a falsy value:\n\n  t.assert.ok(1 === 2)\n',
  });
  assert.throws(() => t.assert.ok(typeof t === 'string', undefined), {
    message: "The expression evaluated to a falsy value:\n\n  t.assert.ok(typeof t === 'string', undefined)\n",
  });
  assert.throws(() => t.assert.ok(0, 'custom'), { message: 'custom', generatedMessage: false });
});
