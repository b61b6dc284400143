'use strict';
// 'uncaughtExceptionMonitor' listeners see an uncaught exception, with its
// origin, before the 'uncaughtException' listeners.
const common = require('../common');
const assert = require('assert');

const log = [];
const err = new Error('monitored');
process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'uncaughtException');
  log.push('handler');
}));
process.on('uncaughtExceptionMonitor', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'uncaughtException');
  log.push('monitor');
}));
setImmediate(() => { throw err; });
process.on('exit', () => {
  assert.deepStrictEqual(log, ['monitor', 'handler']);
});
