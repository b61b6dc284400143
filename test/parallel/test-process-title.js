'use strict';
// process.title is a non-empty string.
const assert = require('assert');

assert.strictEqual(typeof process.title, 'string');
assert(process.title.length > 0);
