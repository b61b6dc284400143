'use strict';
// A promise job queued inside a nextTick callback runs only after the whole
// nextTick queue (including ticks queued meanwhile) has drained, and after
// the promise jobs that were queued before it.
const common = require('../common');
const assert = require('assert');

const log = [];
Promise.resolve().then(() => log.push('p-early'));
process.nextTick(() => {
  log.push('t1');
  Promise.resolve().then(() => log.push('p-from-t1'));
  queueMicrotask(() => log.push('q-from-t1'));
  process.nextTick(() => log.push('t-from-t1'));
});
process.nextTick(() => log.push('t2'));

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(log, ['t1', 't2', 't-from-t1', 'p-early', 'p-from-t1', 'q-from-t1']);
}));
