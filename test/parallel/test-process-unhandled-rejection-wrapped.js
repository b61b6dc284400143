'use strict';
// A non-Error reason reaching 'uncaughtException' (no 'unhandledRejection'
// listener) is wrapped in an Error named UnhandledPromiseRejection with code
// ERR_UNHANDLED_REJECTION.
const common = require('../common');
const assert = require('assert');

process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(origin, 'unhandledRejection');
  assert(e instanceof Error);
  assert.strictEqual(e.name, 'UnhandledPromiseRejection');
  assert.strictEqual(e.code, 'ERR_UNHANDLED_REJECTION');
  assert.strictEqual(
    e.message,
    'This error originated either by throwing inside of an async function without a catch ' +
    'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
    'rejected with the reason "42".');
}));
Promise.reject(42);
