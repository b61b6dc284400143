'use strict';
// process.hrtime(prev) requires prev to be an array of length 2.
const assert = require('assert');

assert.throws(() => process.hrtime(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => process.hrtime({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => process.hrtime([1]), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
assert.throws(() => process.hrtime([1, 2, 3]), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 3',
});
// undefined means "no previous time".
assert.strictEqual(process.hrtime(undefined).length, 2);
