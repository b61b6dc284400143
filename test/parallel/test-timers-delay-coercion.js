'use strict';
// Delays of 0, 1, a negative number, NaN, a non-numeric string, undefined
// and anything above 2^31-1 all act as 1ms: those timers all fire, in the
// order they were created.
const common = require('../common');
const assert = require('assert');

process.on('warning', () => {});  // The delays below emit warnings.

const order = [];
const delays = [0, 1, -1, -Infinity, NaN, 'abc', undefined, null, 2 ** 31, Infinity];
delays.forEach((d, idx) => {
  setTimeout(common.mustCall(() => order.push(idx)), d);
});

// A numeric string is a delay in ms.
const start = Date.now();
setTimeout(common.mustCall(() => {
  assert(Date.now() - start >= 29, 'a \'30\' delay fired early');
  assert.deepStrictEqual(order, delays.map((d, idx) => idx));
}), '30');
