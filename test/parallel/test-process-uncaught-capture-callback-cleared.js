'use strict';
// After setUncaughtExceptionCaptureCallback(null), uncaught exceptions go to
// 'uncaughtException' again.
const common = require('../common');
const assert = require('assert');

process.setUncaughtExceptionCaptureCallback(common.mustNotCall('cleared callback called'));
process.setUncaughtExceptionCaptureCallback(null);
process.on('uncaughtException', common.mustCall((e) => {
  assert.strictEqual(e.message, 'after clear');
}));
setTimeout(() => { throw new Error('after clear'); }, 1);
