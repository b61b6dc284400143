'use strict';
// createHistogram(): record, percentiles, add, reset, and HDR's bucketing
// above 2048 with three significant figures.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.min, 9223372036854776000);
assert.strictEqual(h.max, 0);
assert.ok(Number.isNaN(h.mean));
assert.ok(Number.isNaN(h.stddev));
assert.deepStrictEqual(h.percentiles, new Map([[100, 0]]));

h.record(1);
h.record(2n);
assert.strictEqual(h.count, 2);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 2);
assert.strictEqual(h.mean, 1.5);
assert.strictEqual(h.stddev, 0.5);
assert.strictEqual(h.percentile(50), 1);
assert.strictEqual(h.percentileBigInt(100), 2n);
assert.deepStrictEqual(h.percentiles, new Map([[0, 1], [50, 1], [75, 2], [100, 2]]));

h.record(5000);
assert.strictEqual(h.max, 5003);
assert.strictEqual(h.maxBigInt, 5003n);

const other = createHistogram();
other.record(7);
h.add(other);
assert.strictEqual(h.count, 4);
// HDR rounds 60% of 4 entries to the second.
assert.strictEqual(h.percentile(60), 2);
assert.strictEqual(h.percentile(70), 7);

assert.throws(() => h.record(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.record('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.percentile(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.add({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ figures: 6 }), { code: 'ERR_OUT_OF_RANGE' });

h.reset();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.max, 0);

const d = createHistogram();
d.recordDelta();
d.recordDelta();
assert.strictEqual(d.count, 1);
assert.ok(d.min > 0);
