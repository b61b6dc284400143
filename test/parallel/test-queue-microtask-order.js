'use strict';
// queueMicrotask jobs share one FIFO queue with promise reactions: they
// interleave in the order queued, a job queued from a job runs after those
// already queued, and the whole queue runs after the nextTick queue.
const common = require('../common');
const assert = require('assert');

const log = [];
queueMicrotask(() => {
  log.push('q1');
  queueMicrotask(() => log.push('q1.inner'));
});
Promise.resolve().then(() => log.push('p1'));
queueMicrotask(() => log.push('q2'));
Promise.resolve().then(() => log.push('p2'));
process.nextTick(() => log.push('tick'));
log.push('sync');

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(log, ['sync', 'tick', 'q1', 'p1', 'q2', 'p2', 'q1.inner']);
}));
