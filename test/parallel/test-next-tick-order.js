'use strict';
// nextTick callbacks run after the current synchronous code, in FIFO order;
// a tick queued from inside a tick runs after those already queued, still
// before any promise job.
const common = require('../common');
const assert = require('assert');

const log = [];
Promise.resolve().then(() => log.push('promise'));
process.nextTick(() => {
  log.push('a');
  process.nextTick(() => {
    log.push('a.inner');
    process.nextTick(() => log.push('a.inner.inner'));
  });
});
process.nextTick(() => log.push('b'));
process.nextTick(() => log.push('c'));
log.push('sync');

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, ['sync', 'a', 'b', 'c', 'a.inner', 'a.inner.inner', 'promise']);
}), 1);
