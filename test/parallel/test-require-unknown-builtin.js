'use strict';
// A 'node:' request is only ever a built-in: an unknown name throws
// ERR_UNKNOWN_BUILTIN_MODULE rather than searching the file system.
require('../common');
const assert = require('assert');

for (const id of ['node:nonexistent', 'node:FS', 'node:fs/', 'node:']) {
  assert.throws(() => require(id), {
    code: 'ERR_UNKNOWN_BUILTIN_MODULE',
    message: `No such built-in module: ${id}`,
  });
}
