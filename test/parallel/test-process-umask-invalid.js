'use strict';
// process.umask rejects masks that are not 32-bit unsigned integers or octal
// strings, and leaves the mask unchanged.
const assert = require('assert');

const original = process.umask();
assert.throws(() => process.umask('abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'mask\' must be a 32-bit unsigned integer or an octal string. ' +
           'Received \'abc\'',
});
assert.throws(() => process.umask('0o99'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => process.umask(-1), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => process.umask({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.strictEqual(process.umask(), original);
