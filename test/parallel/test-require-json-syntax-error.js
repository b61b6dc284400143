'use strict';
// Invalid JSON throws a SyntaxError whose message starts with the file's
// path, and the file is not cached.
const { fixtures } = require('../common');
const assert = require('assert');

const filename = fixtures.path('module', 'json', 'broken.json');

assert.throws(() => require(filename), (err) => {
  assert(err instanceof SyntaxError);
  assert(err.message.startsWith(`${filename}: `), err.message);
  return true;
});
assert.strictEqual(require.cache[filename], undefined);
assert.throws(() => require(filename), SyntaxError);
