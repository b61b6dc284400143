'use strict';
// readBigUInt64LE/BE, readBigInt64LE/BE and the writers (and the
// readBigUint64LE spellings); values out of range name their bounds in
// BigInt notation; a Number value is a TypeError (its message is the
// engine's). Results recorded from Node 24.
require('../common');
const assert = require('assert');

const source = Buffer.from('0180ff7f00fe123456789abc', 'hex');
const cases = [
  ["r", "readBigUInt64LE", "DEFAULT", "ok", 3752340717653950465n],
  ["r", "readBigUInt64LE", 0, "ok", 3752340717653950465n],
  ["r", "readBigUInt64LE", 1, "ok", 6211610668190138240n],
  ["r", "readBigUInt64LE", 4, "ok", 13590307137180073472n],
  ["r", "readBigUInt64BE", "DEFAULT", "ok", 108367311999472180n],
  ["r", "readBigUInt64BE", 0, "ok", 108367311999472180n],
  ["r", "readBigUInt64BE", 1, "ok", 9295287798155326550n],
  ["r", "readBigUInt64BE", 4, "ok", 71514660082850492n],
  ["r", "readBigInt64LE", "DEFAULT", "ok", 3752340717653950465n],
  ["r", "readBigInt64LE", 0, "ok", 3752340717653950465n],
  ["r", "readBigInt64LE", 1, "ok", 6211610668190138240n],
  ["r", "readBigInt64LE", 4, "ok", -4856436936529478144n],
  ["r", "readBigInt64BE", "DEFAULT", "ok", 108367311999472180n],
  ["r", "readBigInt64BE", 0, "ok", 108367311999472180n],
  ["r", "readBigInt64BE", 1, "ok", -9151456275554225066n],
  ["r", "readBigInt64BE", 4, "ok", 71514660082850492n],
  ["w", "writeBigUInt64LE", [0n, 0], "ok", [8, "0000000000000000aaaa"]],
  ["w", "writeBigUInt64LE", [0n, 2], "ok", [10, "aaaa0000000000000000"]],
  ["w", "writeBigUInt64LE", [0n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigUInt64LE", [0n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigUInt64LE", [1n, 0], "ok", [8, "0100000000000000aaaa"]],
  ["w", "writeBigUInt64LE", [1n, 2], "ok", [10, "aaaa0100000000000000"]],
  ["w", "writeBigUInt64LE", [1n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigUInt64LE", [1n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigUInt64LE", [18446744073709551615n, 0], "ok", [8, "ffffffffffffffffaaaa"]],
  ["w", "writeBigUInt64LE", [18446744073709551615n, 2], "ok", [10, "aaaaffffffffffffffff"]],
  ["w", "writeBigUInt64LE", [18446744073709551615n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigUInt64LE", [18446744073709551615n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigUInt64LE", [18446744073709551616n, 0], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received 18_446_744_073_709_551_616n"],
  ["w", "writeBigUInt64LE", [18446744073709551616n, 2], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received 18_446_744_073_709_551_616n"],
  ["w", "writeBigUInt64LE", [18446744073709551616n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received 18_446_744_073_709_551_616n"],
  ["w", "writeBigUInt64LE", [18446744073709551616n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received 18_446_744_073_709_551_616n"],
  ["w", "writeBigUInt64LE", [-1n, 0], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"],
  ["w", "writeBigUInt64LE", [-1n, 2], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"],
  ["w", "writeBigUInt64LE", [-1n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"],
  ["w", "writeBigUInt64LE", [-1n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"],
  ["w", "writeBigUInt64LE", [72623859790382856n, 0], "ok", [8, "0807060504030201aaaa"]],
  ["w", "writeBigUInt64LE", [72623859790382856n, 2], "ok", [10, "aaaa0807060504030201"]],
  ["w", "writeBigUInt64LE", [72623859790382856n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigUInt64LE", [72623859790382856n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigUInt64BE", [72623859790382856n, 0], "ok", [8, "0102030405060708aaaa"]],
  ["w", "writeBigUInt64BE", [72623859790382856n, 2], "ok", [10, "aaaa0102030405060708"]],
  ["w", "writeBigUInt64BE", [72623859790382856n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigUInt64BE", [72623859790382856n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigInt64LE", [-1n, 0], "ok", [8, "ffffffffffffffffaaaa"]],
  ["w", "writeBigInt64LE", [-1n, 2], "ok", [10, "aaaaffffffffffffffff"]],
  ["w", "writeBigInt64LE", [-1n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigInt64LE", [-1n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigInt64LE", [9223372036854775807n, 0], "ok", [8, "ffffffffffffff7faaaa"]],
  ["w", "writeBigInt64LE", [9223372036854775807n, 2], "ok", [10, "aaaaffffffffffffff7f"]],
  ["w", "writeBigInt64LE", [9223372036854775807n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigInt64LE", [9223372036854775807n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigInt64LE", [9223372036854775808n, 0], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"],
  ["w", "writeBigInt64LE", [9223372036854775808n, 2], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"],
  ["w", "writeBigInt64LE", [9223372036854775808n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"],
  ["w", "writeBigInt64LE", [9223372036854775808n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"],
  ["w", "writeBigInt64LE", [-9223372036854775808n, 0], "ok", [8, "0000000000000080aaaa"]],
  ["w", "writeBigInt64LE", [-9223372036854775808n, 2], "ok", [10, "aaaa0000000000000080"]],
  ["w", "writeBigInt64LE", [-9223372036854775808n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigInt64LE", [-9223372036854775808n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
  ["w", "writeBigInt64LE", [-9223372036854775809n, 0], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received -9_223_372_036_854_775_809n"],
  ["w", "writeBigInt64LE", [-9223372036854775809n, 2], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received -9_223_372_036_854_775_809n"],
  ["w", "writeBigInt64LE", [-9223372036854775809n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received -9_223_372_036_854_775_809n"],
  ["w", "writeBigInt64LE", [-9223372036854775809n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received -9_223_372_036_854_775_809n"],
  ["w", "writeBigInt64BE", [-2n, 0], "ok", [8, "fffffffffffffffeaaaa"]],
  ["w", "writeBigInt64BE", [-2n, 2], "ok", [10, "aaaafffffffffffffffe"]],
  ["w", "writeBigInt64BE", [-2n, 3], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  ["w", "writeBigInt64BE", [-2n, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"],
];

for (const [what, method, args, kind, ...rest] of cases) {
  const label = `${method}(${String(args)})`;
  if (what === 'r') {
    const call = () => (args === 'DEFAULT' ? source[method]() : source[method](args));
    if (kind === 'ok') assert.strictEqual(call(), rest[0], label);
    else assert.throws(call, { name: rest[0], code: rest[1], message: rest[2] }, label);
  } else {
    const buf = Buffer.alloc(10, 0xaa);
    const call = () => buf[method](...args);
    if (kind === 'ok') {
      assert.strictEqual(call(), rest[0][0], label);
      assert.strictEqual(buf.toString('hex'), rest[0][1], label);
    } else {
      assert.throws(call, { name: rest[0], code: rest[1], message: rest[2] }, label);
    }
  }
}

assert.throws(() => Buffer.alloc(8).writeBigUInt64LE(1), TypeError);
assert.throws(() => Buffer.alloc(8).writeBigInt64BE(1.5), TypeError);
for (const name of ['readBigUint64LE', 'readBigUint64BE', 'writeBigUint64LE', 'writeBigUint64BE']) {
  assert.strictEqual(Buffer.prototype[name], Buffer.prototype[name.replace('Uint', 'UInt')]);
}
const buf = Buffer.alloc(8);
for (const v of [0n, 1n, 255n, 256n, 2n ** 32n, 2n ** 63n - 1n, -(2n ** 63n), -12345678901234n]) {
  buf.writeBigInt64LE(v);
  assert.strictEqual(buf.readBigInt64LE(), v);
  buf.writeBigInt64BE(v);
  assert.strictEqual(buf.readBigInt64BE(), v);
  const u = BigInt.asUintN(64, v);
  buf.writeBigUInt64LE(u);
  assert.strictEqual(buf.readBigUInt64LE(), u);
  assert.strictEqual(buf.readBigInt64LE(), v);
}
