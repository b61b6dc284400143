'use strict';
// process.hrtime.bigint() gives monotonic nanoseconds as a bigint, agreeing
// with process.hrtime().
const assert = require('assert');

const a = process.hrtime.bigint();
assert.strictEqual(typeof a, 'bigint');
const tuple = process.hrtime();
const b = process.hrtime.bigint();
assert(b >= a);
const fromTuple = BigInt(tuple[0]) * 1000000000n + BigInt(tuple[1]);
assert(fromTuple >= a && fromTuple <= b, 'hrtime() and hrtime.bigint() disagree');

const startMs = Date.now();
while (Date.now() - startMs < 10);
const c = process.hrtime.bigint();
assert(c - b >= 9000000n, `only ${c - b}ns passed`);
