'use strict';
// Buffer.isBuffer, Buffer.isEncoding, Buffer.of and Buffer.copyBytesFrom.
require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(Buffer.isBuffer(Buffer.from('a').subarray(0)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer(Object.create(Buffer.prototype)), true); // instanceof, as in Node
for (const v of ['a', null, undefined, 1, {}, []]) assert.strictEqual(Buffer.isBuffer(v), false);

// Recorded from Node 24.
const encodings = {
  'utf8': true, 'UTF-8': true, 'utf-8': true, 'binary': true, 'Binary': true, 'latin1': true, 'ucs2': true,
  'ucs-2': true, 'UCS2': true, 'utf16le': true, 'UTF-16LE': true, 'hex': true, 'HEX': true, 'base64': true,
  'base64url': true, 'Base64URL': true, 'ascii': true, '': false, 'utf16': false, 'utf-16': false,
  'utf16-le': false, 'foo': false, ' utf8': false, 'buffer': false, 'raw': false,
};
for (const [name, expected] of Object.entries(encodings)) assert.strictEqual(Buffer.isEncoding(name), expected, name);
for (const v of [1, null, undefined, {}, ['utf8'], { toString() { return 'utf8'; } }]) assert.strictEqual(Buffer.isEncoding(v), false);

const of = Buffer.of(1, 2, 300, -1, 1.5);
assert.ok(Buffer.isBuffer(of));
assert.strictEqual(of.toString('hex'), '01022cff01');
assert.strictEqual(Buffer.of().length, 0);

// copyBytesFrom copies the bytes of any typed array, or a range of its
// elements.
assert.strictEqual(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3])).toString('hex'), '010002000300');
assert.strictEqual(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1).toString('hex'), '02000300');
assert.strictEqual(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1).toString('hex'), '0200');
assert.strictEqual(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5).length, 0);
assert.strictEqual(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 0, 10).length, 6);
assert.strictEqual(Buffer.copyBytesFrom(new Float32Array([1.5])).toString('hex'), '0000c03f');
assert.strictEqual(Buffer.copyBytesFrom(new Float64Array(0), 5).length, 0);
const u8 = new Uint8Array([1, 2]);
const copied = Buffer.copyBytesFrom(u8);
u8[0] = 9;
assert.strictEqual(copied[0], 1);
assert.throws(() => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of DataView',
});
assert.throws(() => Buffer.copyBytesFrom([1, 2]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(3), 1.5), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(3), '1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
