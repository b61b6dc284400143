'use strict';
// process.cpuUsage(prev) validates prev: an object with numeric user and
// system, each between 0 and Number.MAX_SAFE_INTEGER.
const assert = require('assert');

assert.throws(() => process.cpuUsage(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue" argument must be of type object. Received type number (5)',
});
assert.throws(() => process.cpuUsage({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.user" property must be of type number. Received undefined',
});
assert.throws(() => process.cpuUsage({ user: 'a', system: 1 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.user" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => process.cpuUsage({ user: 1, system: 'b' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => process.cpuUsage({ user: -1, system: 1 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The property \'prevValue.user\' is invalid. Received -1',
});
// Above Number.MAX_SAFE_INTEGER is out of range too.
assert.throws(() => process.cpuUsage({ user: 1e20, system: 0 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
});
