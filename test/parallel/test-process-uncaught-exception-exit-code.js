'use strict';
// With no 'uncaughtException' listener, an exception thrown in a timer ends
// the process: later timers never run and 'exit' listeners get code 1. The
// listener then sets process.exitCode to 0, which becomes the final status,
// so the test passes (the error trace is still printed on stderr).
const assert = require('assert');

let laterRan = false;
setTimeout(() => { throw new Error('deliberately uncaught'); }, 1);
setTimeout(() => { laterRan = true; }, 30);
process.on('exit', (code) => {
  assert.strictEqual(code, 1);
  assert.strictEqual(process.exitCode, 1);
  assert.strictEqual(laterRan, false);
  process.exitCode = 0;
});
