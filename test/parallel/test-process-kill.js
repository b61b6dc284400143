'use strict';
// process.kill(pid, 0) checks that the process exists and returns true;
// unknown signals throw ERR_UNKNOWN_SIGNAL; pid must be a number.
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);

assert.throws(() => process.kill(process.pid, 'SIGFOO'), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_SIGNAL',
  message: 'Unknown signal: SIGFOO',
});
assert.throws(() => process.kill(process.pid, 12345), (err) => {
  // A number that is not a signal fails in the kill() call itself.
  assert.strictEqual(err.code, 'EINVAL');
  return true;
});
assert.throws(() => process.kill('abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'abc\')',
});
