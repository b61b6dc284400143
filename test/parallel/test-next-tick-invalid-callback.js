'use strict';
// process.nextTick throws ERR_INVALID_ARG_TYPE for a callback that is not a
// function.
const assert = require('assert');

assert.throws(() => process.nextTick('str'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'str\')',
});
assert.throws(() => process.nextTick(), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => process.nextTick(null, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
});
