'use strict';
// Scheduled from inside a timer callback, setImmediate runs before
// setTimeout(0): the check phase comes before the next timers phase.
const common = require('../common');
const assert = require('assert');

const log = [];
setTimeout(common.mustCall(() => {
  setTimeout(common.mustCall(() => log.push('timeout')), 0);
  setImmediate(common.mustCall(() => log.push('immediate')));
}), 5);

process.on('exit', () => {
  assert.deepStrictEqual(log, ['immediate', 'timeout']);
});
