'use strict';
// process.emitWarning requires a string or an Error.
const assert = require('assert');

for (const [value, received] of [
  [5, 'type number (5)'],
  [undefined, 'undefined'],
  [null, 'null'],
]) {
  assert.throws(() => process.emitWarning(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "warning" argument must be of type string or an instance of Error. ' +
             `Received ${received}`,
  });
}
