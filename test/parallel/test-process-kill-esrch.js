'use strict';
// process.kill on a pid that no process has throws an ESRCH system error
// with message 'kill ESRCH'.
const assert = require('assert');

// Above the largest pid_max Linux allows (2^22), so no process has it.
const pid = 2 ** 30;
assert.throws(() => process.kill(pid, 0), (err) => {
  assert(err instanceof Error);
  assert.strictEqual(err.message, 'kill ESRCH');
  assert.strictEqual(err.code, 'ESRCH');
  assert.strictEqual(err.errno, -3);  // -ESRCH
  assert.strictEqual(err.syscall, 'kill');
  return true;
});
assert.throws(() => process.kill(pid, 'SIGTERM'), { code: 'ESRCH' });
