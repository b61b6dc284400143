'use strict';
// An unhandled rejection emits 'unhandledRejection' with (reason, promise).
const common = require('../common');
const assert = require('assert');

const reason = new Error('rejected');
let promise;
process.on('unhandledRejection', common.mustCall((r, p) => {
  assert.strictEqual(r, reason);
  assert.strictEqual(p, promise);
}));
process.on('uncaughtException', common.mustNotCall('reported as an exception'));
promise = Promise.reject(reason);
