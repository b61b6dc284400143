'use strict';
// buffer.SlowBuffer (deprecated, DEP0030): a Buffer of its own memory,
// not from the pool; the warning comes once.
const common = require('../common');
const assert = require('assert');
const { SlowBuffer, kMaxLength } = require('buffer');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0030');
  assert.strictEqual(warning.message, 'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()');
}, 1));

const slow = SlowBuffer(10); // eslint-disable-line new-cap
assert.ok(Buffer.isBuffer(slow));
assert.strictEqual(slow.length, 10);
assert.strictEqual(slow.buffer.byteLength, 10);
assert.strictEqual(new SlowBuffer(2).length, 2);
assert.strictEqual(Object.getPrototypeOf(SlowBuffer.prototype), Uint8Array.prototype);
assert.throws(() => SlowBuffer(-1), { // eslint-disable-line new-cap
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1`,
});
assert.throws(() => SlowBuffer('1'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }); // eslint-disable-line new-cap
