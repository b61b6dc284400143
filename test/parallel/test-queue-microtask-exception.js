'use strict';
// An exception thrown in a queueMicrotask callback is reported through
// 'uncaughtException' (not as a rejection); later microtasks still run.
const common = require('../common');
const assert = require('assert');

const err = new Error('from microtask');
const log = [];
process.on('unhandledRejection', common.mustNotCall('reported as a rejection'));
process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'uncaughtException');
  log.push('handler');
}));
queueMicrotask(() => { throw err; });
queueMicrotask(common.mustCall(() => log.push('next')));

process.on('exit', () => {
  assert.deepStrictEqual(log, ['handler', 'next']);
});
