'use strict';
// process.uptime() gives the seconds the process has run, as a growing number.
const common = require('../common');
const assert = require('assert');

const u0 = process.uptime();
assert.strictEqual(typeof u0, 'number');
assert(u0 >= 0 && u0 < 60, `uptime ${u0}`);
setTimeout(common.mustCall(() => {
  const u1 = process.uptime();
  assert(u1 - u0 >= 0.019, `uptime grew by ${u1 - u0}s over a 20ms timer`);
}), 20);
