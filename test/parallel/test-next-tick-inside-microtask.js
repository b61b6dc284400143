'use strict';
// A nextTick queued inside a promise job runs after the microtask queue has
// drained, including promise jobs chained or queued after it.
const common = require('../common');
const assert = require('assert');

const log = [];
Promise.resolve()
  .then(() => {
    log.push('p1');
    process.nextTick(() => {
      log.push('tick-from-p1');
      Promise.resolve().then(() => log.push('p-from-tick'));
    });
    queueMicrotask(() => log.push('q-from-p1'));
  })
  .then(() => log.push('p2'))
  .then(() => log.push('p3'));

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, ['p1', 'q-from-p1', 'p2', 'p3', 'tick-from-p1', 'p-from-tick']);
}), 1);
