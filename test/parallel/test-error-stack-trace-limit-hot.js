'use strict';
// Error.stackTraceLimit keeps working in code hot enough for the JIT: each
// captured stack has as many frames as the limit said at that moment.
require('../common');
const assert = require('assert');

function inner(n) {
  Error.stackTraceLimit = n;
  const o = {};
  Error.captureStackTrace(o, inner);
  Error.stackTraceLimit = 10;
  return o.stack.split('\n').length - 1;
}
function mid(n) { return inner(n); }
function outer(n) { return mid(n); }

for (let i = 0; i < 3000; i++) {
  const n = i % 3;
  assert.strictEqual(outer(n), n, `iteration ${i}`);
}
for (let i = 0; i < 3000; i++) {
  Error.stackTraceLimit = i % 2;
  const e = new Error('x');
  Error.stackTraceLimit = 10;
  assert.strictEqual(e.stack.split('\n').length - 1, i % 2, `iteration ${i}`);
}
