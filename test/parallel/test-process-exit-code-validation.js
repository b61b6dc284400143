'use strict';
// process.exitCode accepts integers, integer strings (stored as numbers),
// undefined and null, and rejects other values with ERR_INVALID_ARG_TYPE or
// ERR_OUT_OF_RANGE, keeping the previous value.
const assert = require('assert');

process.exitCode = 3;
assert.strictEqual(process.exitCode, 3);
process.exitCode = '2';
assert.strictEqual(process.exitCode, 2);
process.exitCode = undefined;
assert.strictEqual(process.exitCode, undefined);
process.exitCode = null;  // Accepted.
process.exitCode = 3;

assert.throws(() => { process.exitCode = 'abc'; }, {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type number. Received type string (\'abc\')',
});
assert.throws(() => { process.exitCode = true; }, {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type number. Received type boolean (true)',
});
assert.throws(() => { process.exitCode = {}; }, {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => { process.exitCode = 1.5; }, {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
// A rejected value leaves the previous one in place.
assert.strictEqual(process.exitCode, 3);
process.exitCode = undefined;

assert.throws(() => process.exit('abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => process.exit(1.5), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
});
