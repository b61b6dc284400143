'use strict';
// A rejection with a falsy reason would read as success, so the callback
// gets ERR_FALSY_VALUE_REJECTION with the reason in `reason`.
const assert = require('assert');
const common = require('../common');
const { callbackify } = require('util');

for (const reason of [null, undefined, 0, '', false, NaN]) {
  callbackify(() => Promise.reject(reason))(common.mustCall((err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.ok(Object.hasOwn(err, 'reason'));
    assert.ok(Object.is(err.reason, reason));
  }));
}
