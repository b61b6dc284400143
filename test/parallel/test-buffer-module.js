'use strict';
// What node:buffer exports, the globals that come from it, and the shape
// of Buffer itself (its statics and prototype, in Node's order).
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.deepStrictEqual(Object.keys(buffer), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength',
  'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File',
]);
assert.strictEqual(require('node:buffer'), buffer);
assert.strictEqual(buffer.Buffer, Buffer);
assert.strictEqual(globalThis.Buffer, buffer.Buffer);
assert.strictEqual(globalThis.atob, buffer.atob);
assert.strictEqual(globalThis.btoa, buffer.btoa);
assert.strictEqual(globalThis.Blob, buffer.Blob);
assert.strictEqual(globalThis.File, buffer.File);
for (const name of ['Buffer', 'Blob', 'File']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false, name);
}
for (const name of ['atob', 'btoa']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, true, name);
}

// The limits are the engine's; they only have to agree with each other.
assert.strictEqual(typeof buffer.kMaxLength, 'number');
assert.ok(buffer.kMaxLength >= 2 ** 31);
assert.strictEqual(typeof buffer.kStringMaxLength, 'number');
assert.ok(buffer.kStringMaxLength >= 2 ** 28);
assert.deepStrictEqual(buffer.constants, {
  MAX_LENGTH: buffer.kMaxLength,
  MAX_STRING_LENGTH: buffer.kStringMaxLength,
});
const constants = Object.getOwnPropertyDescriptor(buffer, 'constants');
assert.strictEqual(constants.configurable, false);
assert.strictEqual(constants.enumerable, true);

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 10;
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 10);
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { buffer.INSPECT_MAX_BYTES = 'a'; }, {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "INSPECT_MAX_BYTES" argument must be of type number. Received type string (\'a\')',
});

assert.deepStrictEqual(Object.getOwnPropertyNames(Buffer), [
  'length', 'name', 'prototype', 'poolSize', 'from', 'copyBytesFrom', 'of', 'alloc', 'allocUnsafe',
  'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat', 'byteLength',
]);
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Buffer[Symbol.species].prototype, Buffer.prototype);
assert.notStrictEqual(Buffer[Symbol.species], Buffer);

const expectedMethods = [
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'writeBigUInt64LE',
  'writeBigUInt64BE', 'writeBigInt64LE', 'writeBigInt64BE', 'readUIntLE', 'readUInt32LE', 'readUInt16LE',
  'readUInt8', 'readUIntBE', 'readUInt32BE', 'readUInt16BE', 'readIntLE', 'readInt32LE', 'readInt16LE',
  'readInt8', 'readIntBE', 'readInt32BE', 'readInt16BE', 'writeUIntLE', 'writeUInt32LE', 'writeUInt16LE',
  'writeUInt8', 'writeUIntBE', 'writeUInt32BE', 'writeUInt16BE', 'writeIntLE', 'writeInt32LE',
  'writeInt16LE', 'writeInt8', 'writeIntBE', 'writeInt32BE', 'writeInt16BE', 'readFloatLE', 'readFloatBE',
  'readDoubleLE', 'readDoubleBE', 'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE',
  'asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'utf8Slice',
  'asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite', 'ucs2Write', 'utf8Write',
  'parent', 'offset', 'copy', 'toString', 'equals', 'inspect', 'compare', 'indexOf', 'lastIndexOf',
  'includes', 'fill', 'write', 'toJSON', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString',
];
const own = Object.getOwnPropertyNames(Buffer.prototype).filter((n) => n !== 'constructor' && !n.includes('Uint'));
assert.deepStrictEqual(own, expectedMethods);
assert.strictEqual(Buffer.prototype.toLocaleString, Buffer.prototype.toString);
assert.strictEqual(Buffer.prototype.inspect, Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, 'readUInt8').enumerable, true);

// parent and offset: the memory and where the view starts in it.
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 3);
assert.strictEqual(view.parent, ab);
assert.strictEqual(view.offset, 3);
assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(2)), undefined);

// SlowBuffer: deprecated, a Buffer outside the pool.
assert.strictEqual(typeof buffer.SlowBuffer, 'function');
