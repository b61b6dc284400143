'use strict';
// require() takes a non-empty string: other types throw ERR_INVALID_ARG_TYPE
// and the empty string throws ERR_INVALID_ARG_VALUE, both TypeErrors.
require('../common');
const assert = require('assert');

for (const id of [undefined, null, 42, {}, ['fs'], () => {}]) {
  assert.throws(() => require(id), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}

assert.throws(() => require(''), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});

assert.throws(() => require.resolve(42), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
