'use strict';
// With no 'unhandledRejection' or 'uncaughtException' listener, an unhandled
// rejection ends the process with code 1 (default --unhandled-rejections=throw):
// 'exit' listeners get 1, and pending timers never run. The listener resets
// process.exitCode to 0 so that the test passes.
const assert = require('assert');

let timerRan = false;
setTimeout(() => { timerRan = true; }, 30);
process.on('exit', (code) => {
  assert.strictEqual(code, 1);
  assert.strictEqual(timerRan, false);
  process.exitCode = 0;
});
Promise.reject(new Error('deliberately unhandled'));
