'use strict';
// Buffer.alloc, allocUnsafe and allocUnsafeSlow: sizes are numbers from 0
// to buffer.kMaxLength (fractions round down), anything else an error;
// alloc fills with zeros or its fill argument. Errors recorded from Node 24
// (KMAX stands for buffer.kMaxLength, an engine limit).
require('../common');
const assert = require('assert');
const { kMaxLength, constants } = require('buffer');

const errors = [
  [[-1], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= KMAX. Received -1"],
  [[NaN], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= KMAX. Received NaN"],
  [["1"], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received type string ('1')"],
  [[null], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received null"],
  [[undefined], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received undefined"],
  [[Infinity], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= KMAX. Received Infinity"],
  [[{  }], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received an instance of Object"],
  [[1n], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received type bigint (1n)"],
  [[-0.5], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= KMAX. Received -0.5"],
];

for (const [args, name, code, message] of errors) {
  const expected = { name, code, message: message.replace('KMAX', kMaxLength) };
  assert.throws(() => Buffer.alloc(...args), expected, `alloc(${String(args[0])})`);
  assert.throws(() => Buffer.allocUnsafe(...args), expected, `allocUnsafe(${String(args[0])})`);
  assert.throws(() => Buffer.allocUnsafeSlow(...args), expected, `allocUnsafeSlow(${String(args[0])})`);
}

assert.strictEqual(constants.MAX_LENGTH, kMaxLength);
for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.throws(() => fn(kMaxLength + 1), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received ${
      String(kMaxLength + 1).replace(/\B(?=(\d{3})+(?!\d))/g, '_')}`,
  });
  assert.strictEqual(fn(0).length, 0);
  assert.strictEqual(fn(1.5).length, 1);
  const b = fn(100);
  assert.ok(Buffer.isBuffer(b));
  assert.ok(b instanceof Uint8Array);
  assert.strictEqual(b.length, 100);
}

for (const size of [1, 7, 100, 4096, 100000]) {
  const b = Buffer.alloc(size);
  assert.strictEqual(b.length, size);
  assert.ok(b.every((v) => v === 0));
}
assert.strictEqual(Buffer.alloc(3, 1).toString('hex'), '010101');
assert.strictEqual(Buffer.alloc(3, 0).toString('hex'), '000000');
assert.strictEqual(Buffer.alloc(5, 'ab', 'ucs2').toString('hex'), '6100620061');
