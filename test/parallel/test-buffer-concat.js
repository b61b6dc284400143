'use strict';
// Buffer.concat(list[, totalLength]): copies the bytes of Buffers and
// Uint8Arrays in order; a totalLength cuts the result short or pads it
// with zeros.
require('../common');
const assert = require('assert');
const { kMaxLength } = require('buffer');

const a = Buffer.from('ab');
const b = Buffer.from('cde');

assert.strictEqual(Buffer.concat([a, b]).toString(), 'abcde');
assert.strictEqual(Buffer.concat([a, b], 3).toString(), 'abc');
assert.strictEqual(Buffer.concat([a, b], 7).toString('hex'), '61626364650000');
assert.strictEqual(Buffer.concat([a, b], 0).length, 0);
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([], 5).length, 0);
assert.strictEqual(Buffer.concat([a, new Uint8Array([1, 2])]).toString('hex'), '61620102');
assert.strictEqual(Buffer.concat([a, b], 5.0).toString(), 'abcde');

const one = Buffer.concat([a]);
assert.notStrictEqual(one, a);
assert.strictEqual(one.toString(), 'ab');
a[0] = 0x7a;
assert.strictEqual(one.toString(), 'ab');
a[0] = 0x61;

// Large pieces (copied in C) and many small ones.
const big = Buffer.alloc(300000, 'xyz');
const joined = Buffer.concat([big, b, big]);
assert.strictEqual(joined.length, 600003);
assert.strictEqual(joined.toString('latin1', 299998, 300005), 'yzcdexy');
const parts = [];
for (let i = 0; i < 1000; i++) parts.push(Buffer.from([i & 255]));
const many = Buffer.concat(parts);
assert.strictEqual(many.length, 1000);
assert.strictEqual(many[999], 999 & 255);

// Recorded from Node 24.
assert.throws(() => Buffer.concat('ab'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. Received type string (\'ab\')',
});
assert.throws(() => Buffer.concat({ length: 1, 0: a }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.concat([a, 'x']), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([new Uint16Array(1)]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[0]" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array',
});
assert.throws(() => Buffer.concat([a], -1), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "length" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1`,
});
assert.throws(() => Buffer.concat([a], 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.concat([a], '2'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "length" argument must be of type number. Received type string (\'2\')',
});
