'use strict';
// Fractional delays count as their whole milliseconds: timers of 1, 1.8,
// 1.1 and 1 ms share one list and fire in the order they were set, and a
// cleared or refreshed fractional timer leaves the others alone.
const assert = require('assert');

const order = [];
setTimeout(() => order.push(1), 1);
setTimeout(() => order.push(2), 1.8);
setTimeout(() => order.push(3), 1.1);
setTimeout(() => order.push(4), 1);
const cleared = setTimeout(() => order.push('cleared'), 1.5);
clearTimeout(cleared);
const refreshed = setTimeout(() => order.push('refreshed'), 1.9);
refreshed.refresh();
assert.strictEqual(refreshed._idleTimeout, 1.9);

setTimeout(() => {
  assert.deepStrictEqual(order, [1, 2, 3, 4, 'refreshed']);
  console.log('ok');
}, 20);
