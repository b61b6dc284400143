'use strict';
// Between two timer callbacks due at the same time, the nextTick queue and
// the promise jobs queued by the first one run before the second starts.
const common = require('../common');
const assert = require('assert');

const log = [];
setTimeout(common.mustCall(() => {
  log.push('A');
  Promise.resolve().then(() => log.push('A.promise'));
  process.nextTick(() => log.push('A.tick'));
}), 5);
setTimeout(common.mustCall(() => {
  log.push('B');
  Promise.resolve().then(() => log.push('B.promise'));
}), 5);

process.on('exit', () => {
  assert.deepStrictEqual(log, ['A', 'A.tick', 'A.promise', 'B', 'B.promise']);
});
