'use strict';
// os.totalmem(), os.freemem(), os.loadavg() and os.uptime(): numbers of
// the right kind and range, and the functions convert to their values.
const assert = require('assert');
const os = require('os');

const total = os.totalmem();
const free = os.freemem();
assert.ok(Number.isSafeInteger(total) && total > 0, String(total));
assert.ok(Number.isSafeInteger(free) && free >= 0, String(free));
assert.ok(free <= total, `${free} > ${total}`);
assert.strictEqual(+os.totalmem, total);
assert.ok(+os.freemem <= total);

const load = os.loadavg();
assert.ok(Array.isArray(load));
assert.strictEqual(load.length, 3);
for (const v of load) assert.ok(typeof v === 'number' && v >= 0 && Number.isFinite(v), String(v));
assert.notStrictEqual(os.loadavg(), load); // a new array each time
assert.strictEqual(os.loadavg.length, 0);

const up = os.uptime();
assert.strictEqual(typeof up, 'number');
assert.ok(up > 0 && Number.isFinite(up), String(up));
assert.ok(+os.uptime >= up);
// The system was up at least as long as this process has run.
assert.ok(up >= process.uptime() - 1, `${up} < ${process.uptime()}`);
