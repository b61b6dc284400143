'use strict';
// Node 24's limits, as programs see them: buffer.constants, and
// ERR_STRING_TOO_LONG past V8's longest string (2 ** 29 - 24 units), which
// kiln keeps although its engine allows longer strings (issue 4).
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(buffer.constants.MAX_LENGTH, 2 ** 53 - 1);
assert.strictEqual(buffer.kMaxLength, 2 ** 53 - 1);
assert.strictEqual(buffer.constants.MAX_STRING_LENGTH, 0x1fffffe8);
assert.strictEqual(buffer.kStringMaxLength, 0x1fffffe8);

const tooLong = {
  code: 'ERR_STRING_TOO_LONG',
  name: 'Error',
  message: 'Cannot create a string longer than 0x1fffffe8 characters',
};

// Hex doubles the length: half the limit plus one byte is one unit over.
const half = Buffer.allocUnsafeSlow(0x1fffffe8 / 2 + 1);
assert.throws(() => half.toString('hex'), tooLong);
assert.strictEqual(half.toString('hex', 0, 8).length, 16);
assert.strictEqual(half.toString('base64', 0, 3).length, 4);

// Past the limit by one byte, in the one-byte encodings.
const over = Buffer.allocUnsafeSlow(0x1fffffe8 + 1);
assert.throws(() => over.toString('latin1'), tooLong);
assert.throws(() => over.toString('ascii'), tooLong);
assert.strictEqual(over.toString('latin1', 1).length, 0x1fffffe8);

// Buffer sizes are checked against MAX_LENGTH, then allocated.
assert.throws(() => Buffer.alloc(2 ** 53), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.allocUnsafe(-1), { code: 'ERR_OUT_OF_RANGE' });
