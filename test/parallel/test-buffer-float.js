'use strict';
// readFloatLE/BE, readDoubleLE/BE and the writers: IEEE 754 single and
// double in either byte order; the value is converted with + and never
// range-checked (floats round, overflow to Infinity); results and errors
// recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  ["writeFloatLE", 0, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatLE", -0, 5, "aa00000080aaaaaaaaaa", "-0"],
  ["writeFloatLE", 1, 5, "aa0000803faaaaaaaaaa", 1],
  ["writeFloatLE", -1, 5, "aa000080bfaaaaaaaaaa", -1],
  ["writeFloatLE", 1.5, 5, "aa0000c03faaaaaaaaaa", 1.5],
  ["writeFloatLE", 3.141592653589793, 5, "aadb0f4940aaaaaaaaaa", 3.1415927410125732],
  ["writeFloatLE", 1e+40, 5, "aa0000807faaaaaaaaaa", Infinity],
  ["writeFloatLE", 1e-46, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatLE", 3.4028234663852886e+38, 5, "aaffff7f7faaaaaaaaaa", 3.4028234663852886e+38],
  ["writeFloatLE", 5e-324, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatLE", 1.7976931348623157e+308, 5, "aa0000807faaaaaaaaaa", Infinity],
  ["writeFloatLE", Infinity, 5, "aa0000807faaaaaaaaaa", Infinity],
  ["writeFloatLE", -Infinity, 5, "aa000080ffaaaaaaaaaa", -Infinity],
  ["writeFloatLE", NaN, 5, "aa0000c07faaaaaaaaaa", "NaN"],
  ["writeFloatLE", "2.5", 5, "aa00002040aaaaaaaaaa", 2.5],
  ["writeFloatLE", "x", 5, "aa0000c07faaaaaaaaaa", "NaN"],
  ["writeFloatLE", null, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatLE", "UNDEF", 5, "aa0000c07faaaaaaaaaa", "NaN"],
  ["writeFloatBE", 0, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatBE", -0, 5, "aa80000000aaaaaaaaaa", "-0"],
  ["writeFloatBE", 1, 5, "aa3f800000aaaaaaaaaa", 1],
  ["writeFloatBE", -1, 5, "aabf800000aaaaaaaaaa", -1],
  ["writeFloatBE", 1.5, 5, "aa3fc00000aaaaaaaaaa", 1.5],
  ["writeFloatBE", 3.141592653589793, 5, "aa40490fdbaaaaaaaaaa", 3.1415927410125732],
  ["writeFloatBE", 1e+40, 5, "aa7f800000aaaaaaaaaa", Infinity],
  ["writeFloatBE", 1e-46, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatBE", 3.4028234663852886e+38, 5, "aa7f7fffffaaaaaaaaaa", 3.4028234663852886e+38],
  ["writeFloatBE", 5e-324, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatBE", 1.7976931348623157e+308, 5, "aa7f800000aaaaaaaaaa", Infinity],
  ["writeFloatBE", Infinity, 5, "aa7f800000aaaaaaaaaa", Infinity],
  ["writeFloatBE", -Infinity, 5, "aaff800000aaaaaaaaaa", -Infinity],
  ["writeFloatBE", NaN, 5, "aa7fc00000aaaaaaaaaa", "NaN"],
  ["writeFloatBE", "2.5", 5, "aa40200000aaaaaaaaaa", 2.5],
  ["writeFloatBE", "x", 5, "aa7fc00000aaaaaaaaaa", "NaN"],
  ["writeFloatBE", null, 5, "aa00000000aaaaaaaaaa", 0],
  ["writeFloatBE", "UNDEF", 5, "aa7fc00000aaaaaaaaaa", "NaN"],
  ["writeDoubleLE", 0, 9, "aa0000000000000000aa", 0],
  ["writeDoubleLE", -0, 9, "aa0000000000000080aa", "-0"],
  ["writeDoubleLE", 1, 9, "aa000000000000f03faa", 1],
  ["writeDoubleLE", -1, 9, "aa000000000000f0bfaa", -1],
  ["writeDoubleLE", 1.5, 9, "aa000000000000f83faa", 1.5],
  ["writeDoubleLE", 3.141592653589793, 9, "aa182d4454fb210940aa", 3.141592653589793],
  ["writeDoubleLE", 1e+40, 9, "aaa55cc3f129633d48aa", 1e+40],
  ["writeDoubleLE", 1e-46, 9, "aa61552c24ce446236aa", 1e-46],
  ["writeDoubleLE", 3.4028234663852886e+38, 9, "aa000000e0ffffef47aa", 3.4028234663852886e+38],
  ["writeDoubleLE", 5e-324, 9, "aa0100000000000000aa", 5e-324],
  ["writeDoubleLE", 1.7976931348623157e+308, 9, "aaffffffffffffef7faa", 1.7976931348623157e+308],
  ["writeDoubleLE", Infinity, 9, "aa000000000000f07faa", Infinity],
  ["writeDoubleLE", -Infinity, 9, "aa000000000000f0ffaa", -Infinity],
  ["writeDoubleLE", NaN, 9, "aa000000000000f87faa", "NaN"],
  ["writeDoubleLE", "2.5", 9, "aa0000000000000440aa", 2.5],
  ["writeDoubleLE", "x", 9, "aa000000000000f87faa", "NaN"],
  ["writeDoubleLE", null, 9, "aa0000000000000000aa", 0],
  ["writeDoubleLE", "UNDEF", 9, "aa000000000000f87faa", "NaN"],
  ["writeDoubleBE", 0, 9, "aa0000000000000000aa", 0],
  ["writeDoubleBE", -0, 9, "aa8000000000000000aa", "-0"],
  ["writeDoubleBE", 1, 9, "aa3ff0000000000000aa", 1],
  ["writeDoubleBE", -1, 9, "aabff0000000000000aa", -1],
  ["writeDoubleBE", 1.5, 9, "aa3ff8000000000000aa", 1.5],
  ["writeDoubleBE", 3.141592653589793, 9, "aa400921fb54442d18aa", 3.141592653589793],
  ["writeDoubleBE", 1e+40, 9, "aa483d6329f1c35ca5aa", 1e+40],
  ["writeDoubleBE", 1e-46, 9, "aa366244ce242c5561aa", 1e-46],
  ["writeDoubleBE", 3.4028234663852886e+38, 9, "aa47efffffe0000000aa", 3.4028234663852886e+38],
  ["writeDoubleBE", 5e-324, 9, "aa0000000000000001aa", 5e-324],
  ["writeDoubleBE", 1.7976931348623157e+308, 9, "aa7fefffffffffffffaa", 1.7976931348623157e+308],
  ["writeDoubleBE", Infinity, 9, "aa7ff0000000000000aa", Infinity],
  ["writeDoubleBE", -Infinity, 9, "aafff0000000000000aa", -Infinity],
  ["writeDoubleBE", NaN, 9, "aa7ff8000000000000aa", "NaN"],
  ["writeDoubleBE", "2.5", 9, "aa4004000000000000aa", 2.5],
  ["writeDoubleBE", "x", 9, "aa7ff8000000000000aa", "NaN"],
  ["writeDoubleBE", null, 9, "aa0000000000000000aa", 0],
  ["writeDoubleBE", "UNDEF", 9, "aa7ff8000000000000aa", "NaN"],
];

for (const [method, value, returned, bytes, readBack] of cases) {
  const buf = Buffer.alloc(10, 0xaa);
  const v = value === 'UNDEF' ? undefined : value;
  const label = `${method}(${String(value)})`;
  assert.strictEqual(buf[method](v, 1), returned, label);
  assert.strictEqual(buf.toString('hex'), bytes, label);
  const got = buf['read' + method.slice(5)](1);
  if (readBack === 'NaN') assert.ok(Number.isNaN(got), label);
  else if (readBack === '-0') assert.ok(Object.is(got, -0), label);
  else assert.strictEqual(got, readBack, label);
}

const errors = [
  ["readFloatLE", 7, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received 7"],
  ["readFloatLE", -1, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received -1"],
  ["readFloatLE", 0.5, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"],
  ["readFloatLE", "0", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"],
  ["readFloatBE", 7, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received 7"],
  ["readFloatBE", -1, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received -1"],
  ["readFloatBE", 0.5, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"],
  ["readFloatBE", "0", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"],
  ["readDoubleLE", 7, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 7"],
  ["readDoubleLE", 3, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["readDoubleLE", -1, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["readDoubleLE", 0.5, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"],
  ["readDoubleLE", "0", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"],
  ["readDoubleBE", 7, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 7"],
  ["readDoubleBE", 3, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["readDoubleBE", -1, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["readDoubleBE", 0.5, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"],
  ["readDoubleBE", "0", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"],
  ["writeFloatLE", 7, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received 7"],
  ["writeFloatLE", -1, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received -1"],
  ["writeFloatLE", 0.5, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"],
  ["writeFloatLE", "0", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"],
  ["writeDoubleBE", 7, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 7"],
  ["writeDoubleBE", -1, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["writeDoubleBE", 0.5, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"],
  ["writeDoubleBE", "0", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"],
];

for (const [method, offset, name, code, message] of errors) {
  const call = method.startsWith('read') ? () => Buffer.alloc(10)[method](offset) : () => Buffer.alloc(10)[method](1, offset);
  assert.throws(call, { name, code, message }, `${method} at ${String(offset)}`);
}

// Agreement with DataView at many offsets.
const buf = Buffer.alloc(64);
const dv = new DataView(buf.buffer, buf.byteOffset, buf.length);
for (let o = 0; o + 8 <= buf.length; o++) {
  const x = (o * 1.25 - 17) ** 3;
  buf.writeDoubleLE(x, o);
  assert.strictEqual(dv.getFloat64(o, true), x);
  assert.strictEqual(buf.readDoubleLE(o), x);
  buf.writeFloatBE(x, o);
  assert.strictEqual(dv.getFloat32(o, false), Math.fround(x));
  assert.strictEqual(buf.readFloatBE(o), Math.fround(x));
}
