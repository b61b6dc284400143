'use strict';
// process.hrtime() gives [seconds, nanoseconds]; with a previous tuple it
// gives the difference, which is never negative.
const assert = require('assert');

const t0 = process.hrtime();
assert(Array.isArray(t0));
assert.strictEqual(t0.length, 2);
for (const v of t0) assert(Number.isInteger(v) && v >= 0);
assert(t0[1] < 1e9);

const t1 = process.hrtime();
assert(t1[0] > t0[0] || (t1[0] === t0[0] && t1[1] >= t0[1]), 'hrtime went backwards');

const start = process.hrtime();
const startMs = Date.now();
while (Date.now() - startMs < 20);
const diff = process.hrtime(start);
assert.strictEqual(diff.length, 2);
assert(diff[1] >= 0 && diff[1] < 1e9);
const ms = diff[0] * 1e3 + diff[1] / 1e6;
assert(ms >= 19, `diff was ${ms}ms`);
assert(ms < 60e3, `diff was ${ms}ms`);
