'use strict';
// Synchronous code runs first, then the nextTick queue, then promise jobs,
// and only then timers and immediates.
const common = require('../common');
const assert = require('assert');

const log = [];
setTimeout(common.mustCall(() => log.push('timeout')), 0);
setImmediate(common.mustCall(() => log.push('immediate')));
Promise.resolve().then(() => log.push('promise'));
process.nextTick(() => log.push('tick'));
log.push('sync');

process.on('exit', () => {
  assert.deepStrictEqual(log.slice(0, 3), ['sync', 'tick', 'promise']);
  // From the main module, whether the 0ms timeout or the immediate runs
  // first depends on how long the loop took to start: not asserted.
  assert.deepStrictEqual(log.slice(3).sort(), ['immediate', 'timeout']);
});
