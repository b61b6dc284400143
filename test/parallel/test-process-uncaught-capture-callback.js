'use strict';
// process.setUncaughtExceptionCaptureCallback(fn): fn receives uncaught
// exceptions instead of the 'uncaughtException' event.
const common = require('../common');
const assert = require('assert');

const err = new Error('captured');
process.on('uncaughtException', common.mustNotCall('uncaughtException emitted'));
process.setUncaughtExceptionCaptureCallback(common.mustCall((e) => {
  assert.strictEqual(e, err);
}));
setTimeout(() => { throw err; }, 1);
setTimeout(common.mustCall(), 10);
