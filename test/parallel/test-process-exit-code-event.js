'use strict';
// When the loop empties, 'exit' listeners receive process.exitCode (an
// integer string becomes a number), and the process exits with the value the
// listeners leave in process.exitCode (here reset to 0 so the test passes).
const assert = require('assert');

const codes = [];
process.on('exit', (code) => {
  codes.push(code);
  assert.strictEqual(process.exitCode, 7);
});
process.on('exit', (code) => {
  codes.push(code);
  assert.deepStrictEqual(codes, [7, 7]);
  process.exitCode = 0;
});
process.exitCode = '7';
