'use strict';
// fs callbacks run on a later turn of the loop, never inside the call;
// they run in the order the operations finished, after process.nextTick
// callbacks queued by the caller.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const order = [];
fs.stat(__filename, common.mustSucceed(() => order.push('stat')));
fs.readFile('/nonexistent/x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  order.push('readFile');
}));
fs.access(__filename, common.mustSucceed(() => order.push('access')));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
order.push('sync');

// Throwing in a callback is an uncaught exception, like Node's.
process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'from callback');
}));
fs.stat(__filename, common.mustCall(() => {
  throw new Error('from callback');
}));

process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 3), ['sync', 'tick', 'promise']);
  assert.deepStrictEqual(order.slice(3).sort(), ['access', 'readFile', 'stat']);
});
