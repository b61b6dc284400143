'use strict';
// process.memoryUsage() gives byte counts; memoryUsage.rss() gives rss alone.
const assert = require('assert');

const m = process.memoryUsage();
for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) {
  assert.strictEqual(typeof m[key], 'number', key);
  assert(Number.isInteger(m[key]) && m[key] >= 0, `${key} = ${m[key]}`);
}
assert(m.rss > 0);
assert(m.heapUsed <= m.heapTotal);

const rss = process.memoryUsage.rss();
assert.strictEqual(typeof rss, 'number');
assert(Number.isInteger(rss) && rss > 0);
