'use strict';
// The length of each Buffer read and write method, as Node 24 has it: the
// integer readers take one argument (readInt8.length is 1), the float and
// BigInt readers none, the writers one, the variable-width ones two or
// three (issue 4; kiln's integer readers said 0).
require('../common');
const assert = require('assert');

const expected = {
  0: ['readBigInt64BE', 'readBigInt64LE', 'readBigUInt64BE', 'readBigUInt64LE', 'readBigUint64BE',
      'readBigUint64LE', 'readDoubleBE', 'readDoubleLE', 'readFloatBE', 'readFloatLE'],
  1: ['readInt16BE', 'readInt16LE', 'readInt32BE', 'readInt32LE', 'readInt8', 'readUInt16BE', 'readUInt16LE',
      'readUInt32BE', 'readUInt32LE', 'readUInt8', 'readUint16BE', 'readUint16LE', 'readUint32BE', 'readUint32LE',
      'readUint8', 'writeBigInt64BE', 'writeBigInt64LE', 'writeBigUInt64BE', 'writeBigUInt64LE', 'writeBigUint64BE',
      'writeBigUint64LE', 'writeDoubleBE', 'writeDoubleLE', 'writeFloatBE', 'writeFloatLE', 'writeInt16BE',
      'writeInt16LE', 'writeInt32BE', 'writeInt32LE', 'writeInt8', 'writeUInt16BE', 'writeUInt16LE',
      'writeUInt32BE', 'writeUInt32LE', 'writeUInt8', 'writeUint16BE', 'writeUint16LE', 'writeUint32BE',
      'writeUint32LE', 'writeUint8'],
  2: ['readIntBE', 'readIntLE', 'readUIntBE', 'readUIntLE', 'readUintBE', 'readUintLE'],
  3: ['writeIntBE', 'writeIntLE', 'writeUIntBE', 'writeUIntLE', 'writeUintBE', 'writeUintLE'],
};

for (const [length, names] of Object.entries(expected)) {
  for (const name of names) {
    assert.strictEqual(Buffer.prototype[name].length, Number(length), name);
  }
}

// A missing offset is 0 for every one of them, and an offset past the end
// is Node's error.
const buf = Buffer.from([0x81, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]);
assert.strictEqual(buf.readInt8(), -127);
assert.strictEqual(buf.readUInt16BE(), 0x8102);
assert.strictEqual(buf.readInt32LE(), 0x04030281);
assert.strictEqual(buf.readUInt32BE(undefined), 0x81020304);
assert.strictEqual(buf.readFloatBE(), buf.readFloatBE(0));
assert.strictEqual(buf.readDoubleLE(), buf.readDoubleLE(0));
const out = Buffer.alloc(8);
assert.strictEqual(out.writeUInt32LE(0xdeadbeef), 4);
assert.strictEqual(out.writeInt16BE(-2, undefined), 2);
assert.strictEqual(out.writeDoubleBE(1.5), 8);
assert.deepStrictEqual(out, Buffer.from([0x3f, 0xf8, 0, 0, 0, 0, 0, 0]));
assert.throws(() => Buffer.alloc(3).readUInt32LE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => buf.readUInt32LE(5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5',
});
assert.throws(() => buf.readUInt16LE('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => buf.readInt32BE(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => out.writeUInt32BE(2 ** 32, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => out.writeFloatLE(1, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(out.writeUInt8('7', 1), 2); // a string value is converted
assert.strictEqual(out[1], 7);
