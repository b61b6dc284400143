'use strict';
// process.exit(code) ends the process right away: the code after it does
// not run, pending timers never fire, and the 'exit' listeners get the code
// (the listener then sets process.exitCode to 0 so the test passes).
const assert = require('assert');

let after = false;
let exitCode;
setTimeout(() => {
  console.error('timer ran after process.exit()');
  process.exitCode = 1;
}, 0);
process.on('exit', (code) => {
  exitCode = code;
  assert.strictEqual(after, false);
  assert.strictEqual(code, 5);
  assert.strictEqual(process.exitCode, 5);
  process.exitCode = 0;
});
process.exit(5);
after = true;
console.error('code after process.exit() ran');
process.exitCode = 1;
