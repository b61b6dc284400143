'use strict';
// 'beforeExit' is emitted when the loop has no more work, with the exit
// code; work scheduled from it runs, and 'beforeExit' is emitted again once
// the loop empties afterwards. 'exit' follows the last one.
const assert = require('assert');

const log = [];
let n = 0;
process.on('beforeExit', (code) => {
  assert.strictEqual(code, 0);
  log.push(`beforeExit${n}`);
  if (n++ < 2) {
    setTimeout(() => log.push(`timeout${n}`), 1);
  }
});
setImmediate(() => log.push('work'));

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(log, [
    'work', 'beforeExit0', 'timeout1', 'beforeExit1', 'timeout2', 'beforeExit2',
  ]);
});
