'use strict';
// setTimeout, setInterval and setImmediate throw ERR_INVALID_ARG_TYPE when
// the callback is not a function, and schedule nothing.
const assert = require('assert');

for (const fn of [setTimeout, setInterval, setImmediate]) {
  assert.throws(() => fn('str'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type string (\'str\')',
  });
  assert.throws(() => fn(5), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type number (5)',
  });
  assert.throws(() => fn(null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received null',
  });
  assert.throws(() => fn(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received undefined',
  });
  assert.throws(() => fn({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received an instance of Object',
  });
}
