'use strict';
// Buffer(...) and new Buffer(...) still work (a number allocates zeroed
// memory, anything else goes to Buffer.from) and warn once, DEP0005, when
// called from the program's own code.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0005');
  assert.strictEqual(warning.message,
                     'Buffer() is deprecated due to security and usability issues. Please use the ' +
                     'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.');
}, 1));

const zeros = Buffer(3); // eslint-disable-line new-cap
assert.ok(Buffer.isBuffer(zeros));
assert.strictEqual(zeros.toString('hex'), '000000');
assert.strictEqual(new Buffer(4).toString('hex'), '00000000');
assert.strictEqual(new Buffer('ab', 'hex').toString('hex'), 'ab');
assert.strictEqual(new Buffer([1, 2]).toString('hex'), '0102');
const ab = new ArrayBuffer(4);
assert.strictEqual(new Buffer(ab, 1, 2).buffer, ab);
assert.throws(() => Buffer(3, 'hex'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (3)',
});
assert.throws(() => new Buffer(-1), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new Buffer(null), { code: 'ERR_INVALID_ARG_TYPE' });
