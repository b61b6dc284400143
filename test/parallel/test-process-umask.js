'use strict';
// process.umask() reads the mask; umask(mask) sets it from a number or an
// octal string and returns the previous one.
const assert = require('assert');

const original = process.umask();
assert(Number.isInteger(original) && original >= 0 && original <= 0o777);
// Reading does not change it.
assert.strictEqual(process.umask(), original);

assert.strictEqual(process.umask(0o022), original);
assert.strictEqual(process.umask(), 0o022);
assert.strictEqual(process.umask('0077'), 0o022);
assert.strictEqual(process.umask(), 0o077);
assert.strictEqual(process.umask('27'), 0o077);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask(original), 0o027);
assert.strictEqual(process.umask(), original);
