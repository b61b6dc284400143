'use strict';
// swap16, swap32 and swap64 reverse the bytes of each 2, 4 or 8-byte
// group in place and return the buffer; a length that is not a multiple
// is ERR_INVALID_BUFFER_SIZE.
require('../common');
const assert = require('assert');

function ramp(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = i;
  return b;
}

for (const [method, width] of [['swap16', 2], ['swap32', 4], ['swap64', 8]]) {
  // Short buffers are swapped in JS, long ones in C: check both.
  for (const n of [0, width, width * 3, 128, 136, 4096]) {
    const b = ramp(n);
    assert.strictEqual(b[method](), b);
    for (let i = 0; i < n; i++) {
      const group = Math.floor(i / width) * width;
      assert.strictEqual(b[i], (group + width - 1 - (i - group)) & 255, `${method} of ${n} at ${i}`);
    }
  }
  // A view swaps its own bytes only.
  const whole = ramp(width * 3);
  whole.subarray(width, width * 2)[method]();
  assert.strictEqual(whole[width], width * 2 - 1);
  assert.strictEqual(whole[0], 0);
  assert.strictEqual(whole[width * 2], width * 2);

  for (const n of [1, width + 1, 129]) {
    assert.throws(() => ramp(n)[method](), {
      name: 'RangeError',
      code: 'ERR_INVALID_BUFFER_SIZE',
      message: `Buffer size must be a multiple of ${width * 8}-bits`,
    });
  }
}

assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap16().toString('hex'), '0201040306050807');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap32().toString('hex'), '0403020108070605');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap64().toString('hex'), '0807060504030201');
