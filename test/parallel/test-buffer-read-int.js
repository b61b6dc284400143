'use strict';
// readUInt8/16/32 and readInt8/16/32, little and big endian, at every
// offset of a 12-byte buffer; values from Node 24. The lower-case aliases
// (readUint8, ...) are the same functions.
require('../common');
const assert = require('assert');

const buf = Buffer.from('0180ff7f00fe123456789abc', 'hex');
const cases = [
  ["readUInt8", "DEFAULT", 1],
  ["readUInt8", 0, 1],
  ["readUInt8", 1, 128],
  ["readUInt8", 2, 255],
  ["readUInt8", 3, 127],
  ["readUInt8", 4, 0],
  ["readUInt8", 5, 254],
  ["readUInt8", 8, 86],
  ["readUInt8", 10, 154],
  ["readUInt8", 11, 188],
  ["readInt8", "DEFAULT", 1],
  ["readInt8", 0, 1],
  ["readInt8", 1, -128],
  ["readInt8", 2, -1],
  ["readInt8", 3, 127],
  ["readInt8", 4, 0],
  ["readInt8", 5, -2],
  ["readInt8", 8, 86],
  ["readInt8", 10, -102],
  ["readInt8", 11, -68],
  ["readUInt16LE", "DEFAULT", 32769],
  ["readUInt16LE", 0, 32769],
  ["readUInt16LE", 1, 65408],
  ["readUInt16LE", 2, 32767],
  ["readUInt16LE", 3, 127],
  ["readUInt16LE", 4, 65024],
  ["readUInt16LE", 5, 4862],
  ["readUInt16LE", 8, 30806],
  ["readUInt16LE", 10, 48282],
  ["readUInt16BE", "DEFAULT", 384],
  ["readUInt16BE", 0, 384],
  ["readUInt16BE", 1, 33023],
  ["readUInt16BE", 2, 65407],
  ["readUInt16BE", 3, 32512],
  ["readUInt16BE", 4, 254],
  ["readUInt16BE", 5, 65042],
  ["readUInt16BE", 8, 22136],
  ["readUInt16BE", 10, 39612],
  ["readInt16LE", "DEFAULT", -32767],
  ["readInt16LE", 0, -32767],
  ["readInt16LE", 1, -128],
  ["readInt16LE", 2, 32767],
  ["readInt16LE", 3, 127],
  ["readInt16LE", 4, -512],
  ["readInt16LE", 5, 4862],
  ["readInt16LE", 8, 30806],
  ["readInt16LE", 10, -17254],
  ["readInt16BE", "DEFAULT", 384],
  ["readInt16BE", 0, 384],
  ["readInt16BE", 1, -32513],
  ["readInt16BE", 2, -129],
  ["readInt16BE", 3, 32512],
  ["readInt16BE", 4, 254],
  ["readInt16BE", 5, -494],
  ["readInt16BE", 8, 22136],
  ["readInt16BE", 10, -25924],
  ["readUInt32LE", "DEFAULT", 2147450881],
  ["readUInt32LE", 0, 2147450881],
  ["readUInt32LE", 1, 8388480],
  ["readUInt32LE", 2, 4261445631],
  ["readUInt32LE", 3, 318636159],
  ["readUInt32LE", 4, 873659904],
  ["readUInt32LE", 5, 1446253310],
  ["readUInt32LE", 8, 3164239958],
  ["readUInt32BE", "DEFAULT", 25231231],
  ["readUInt32BE", 0, 25231231],
  ["readUInt32BE", 1, 2164227840],
  ["readUInt32BE", 2, 4286513406],
  ["readUInt32BE", 3, 2130771474],
  ["readUInt32BE", 4, 16650804],
  ["readUInt32BE", 5, 4262605910],
  ["readUInt32BE", 8, 1450744508],
  ["readInt32LE", "DEFAULT", 2147450881],
  ["readInt32LE", 0, 2147450881],
  ["readInt32LE", 1, 8388480],
  ["readInt32LE", 2, -33521665],
  ["readInt32LE", 3, 318636159],
  ["readInt32LE", 4, 873659904],
  ["readInt32LE", 5, 1446253310],
  ["readInt32LE", 8, -1130727338],
  ["readInt32BE", "DEFAULT", 25231231],
  ["readInt32BE", 0, 25231231],
  ["readInt32BE", 1, -2130739456],
  ["readInt32BE", 2, -8453890],
  ["readInt32BE", 3, 2130771474],
  ["readInt32BE", 4, 16650804],
  ["readInt32BE", 5, -32361386],
  ["readInt32BE", 8, 1450744508],
];

for (const [method, offset, expected] of cases) {
  const got = offset === 'DEFAULT' ? buf[method]() : buf[method](offset);
  assert.strictEqual(got, expected, `${method}(${offset})`);
  const alias = method.replace('UInt', 'Uint');
  assert.strictEqual(Buffer.prototype[alias], Buffer.prototype[method], alias);
}

// Every offset of a longer buffer agrees with DataView.
const big = Buffer.alloc(300);
for (let i = 0; i < big.length; i++) big[i] = (i * 151 + 7) & 255;
const dv = new DataView(big.buffer, big.byteOffset, big.length);
for (let o = 0; o + 4 <= big.length; o++) {
  assert.strictEqual(big.readUInt32LE(o), dv.getUint32(o, true));
  assert.strictEqual(big.readUInt32BE(o), dv.getUint32(o, false));
  assert.strictEqual(big.readInt32LE(o), dv.getInt32(o, true));
  assert.strictEqual(big.readInt32BE(o), dv.getInt32(o, false));
  assert.strictEqual(big.readUInt16LE(o), dv.getUint16(o, true));
  assert.strictEqual(big.readInt16BE(o), dv.getInt16(o, false));
  assert.strictEqual(big.readInt8(o), dv.getInt8(o));
}
