'use strict';
// A rejection reported as unhandled that later gets a handler emits
// 'rejectionHandled' with the promise, after the handler is attached.
const common = require('../common');
const assert = require('assert');

const log = [];
let promise;
process.on('unhandledRejection', common.mustCall((r, p) => {
  assert.strictEqual(r, 'late');
  assert.strictEqual(p, promise);
  log.push('unhandled');
}));
process.on('rejectionHandled', common.mustCall((p) => {
  assert.strictEqual(p, promise);
  log.push('handled');
}));
promise = Promise.reject('late');
setTimeout(common.mustCall(() => {
  log.push('catch attached');
  promise.catch(common.mustCall((r) => assert.strictEqual(r, 'late')));
}), 10);
process.on('exit', () => {
  assert.deepStrictEqual(log, ['unhandled', 'catch attached', 'handled']);
});
