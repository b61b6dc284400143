'use strict';
// Between two immediates, the nextTick queue and the promise jobs queued by
// the first one run before the second starts.
const common = require('../common');
const assert = require('assert');

const log = [];
setImmediate(common.mustCall(() => {
  log.push('A');
  Promise.resolve().then(() => log.push('A.promise'));
  process.nextTick(() => log.push('A.tick'));
}));
setImmediate(common.mustCall(() => {
  log.push('B');
  queueMicrotask(() => log.push('B.microtask'));
}));

process.on('exit', () => {
  assert.deepStrictEqual(log, ['A', 'A.tick', 'A.promise', 'B', 'B.microtask']);
});
