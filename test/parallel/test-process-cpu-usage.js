'use strict';
// process.cpuUsage() gives { user, system } in microseconds; with a previous
// value it gives the difference.
const assert = require('assert');

const u0 = process.cpuUsage();
assert.deepStrictEqual(Object.keys(u0).sort(), ['system', 'user']);
for (const k of ['user', 'system']) {
  assert(Number.isInteger(u0[k]) && u0[k] >= 0, `${k} = ${u0[k]}`);
}

const start = Date.now();
while (Date.now() - start < 50);
const total = process.cpuUsage();
const diff = process.cpuUsage(u0);
assert(total.user + total.system >= u0.user + u0.system);
assert(diff.user >= 0 && diff.system >= 0);
// Busy for 50ms: some CPU time was spent (even when the machine is loaded).
assert(diff.user + diff.system > 0, 'no CPU time spent in a busy loop');
