'use strict';
// With an 'uncaughtException' listener and no 'unhandledRejection' listener,
// an unhandled rejection with an Error reason arrives at the listener as that
// error, with origin 'unhandledRejection'; the process carries on.
const common = require('../common');
const assert = require('assert');

const err = new Error('rejected');
process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'unhandledRejection');
}));
Promise.reject(err);
setTimeout(common.mustCall(), 5);
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
});
