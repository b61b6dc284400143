'use strict';
// The errors of buf.fill: unknown encodings, values that encode to no
// bytes, offsets that are not integers in range; codes and messages from
// Node 24 (KMAX stands for the engine's buffer.kMaxLength).
require('../common');
const assert = require('assert');
const { kMaxLength } = require('buffer');

const cases = [
  [["a", "hex"], "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received 'a'"],
  [["a", "foo"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: foo"],
  [["a", 1, "foo"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: foo"],
  [["a", 0, 1, "foo"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: foo"],
  [["a", 0, 1, 5], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"encoding\" argument must be of type string. Received type number (5)"],
  [["zz", "hex"], "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received 'zz'"],
  [["EMPTY_U8"], "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received Uint8Array(0) []"],
  [["a", -1], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= KMAX. Received -1"],
  [["a", 0, 7], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"end\" is out of range. It must be >= 0 && <= 6. Received 7"],
  [["a", 1.5], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 1.5"],
  [["a", "1"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: 1"],
  [["a", 0, "1x"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: 1x"],
  [["ab", null], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received null"],
  [[1, NaN], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received NaN"],
  [["a", 0, -1], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"end\" is out of range. It must be >= 0 && <= 6. Received -1"],
  [[1, 0, 7], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"end\" is out of range. It must be >= 0 && <= 6. Received 7"],
];

for (const [args, name, code, message] of cases) {
  const real = args.map((a) => (a === 'EMPTY_U8' ? new Uint8Array(0) : a));
  assert.throws(() => Buffer.alloc(6).fill(...real), { name, code, message: message.replace('KMAX', kMaxLength) },
                `fill(${args.map(String)})`);
}
// The buffer is not touched by a fill that fails.
const buf = Buffer.from('abcdef');
assert.throws(() => buf.fill('zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(buf.toString(), 'abcdef');
