'use strict';
// buf.write(string[, offset[, length]][, encoding]) in all its argument
// forms: whole characters only, at most length bytes, returns the count;
// results and errors recorded from Node 24 (KMAX stands for the engine's
// buffer.kMaxLength).
require('../common');
const assert = require('assert');
const { kMaxLength } = require('buffer');

const cases = [
  [["xy"], 2, "78792e2e2e2e"],
  [["xy", 1], 2, "2e78792e2e2e"],
  [["xy", 1, 1], 1, "2e782e2e2e2e"],
  [["xy", "latin1"], 2, "78792e2e2e2e"],
  [["xy", 2, "hex"], 0, "2e2e2e2e2e2e"],
  [["7a7a7a", "hex"], 3, "7a7a7a2e2e2e"],
  [["7a7a7a", 1, "hex"], 3, "2e7a7a7a2e2e"],
  [["7a7a7a", 1, 1, "hex"], 1, "2e7a2e2e2e2e"],
  [["\u00e9\u00e9\u00e9"], 6, "c3a9c3a9c3a9"],
  [["\u00e9\u00e9\u00e9", 5], 0, "2e2e2e2e2e2e"],
  [["\u20ac", 4], 0, "2e2e2e2e2e2e"],
  [["\u20ac", 3], 3, "2e2e2ee282ac"],
  [["\ud83d\ude00", 2], 4, "2e2ef09f9880"],
  [["\ud83d\ude00", 0, 3], 0, "2e2e2e2e2e2e"],
  [["abcdefgh"], 6, "616263646566"],
  [["ab", 6], 0, "2e2e2e2e2e2e"],
  [["ab", "ucs2"], 4, "610062002e2e"],
  [["ab", 5, "ucs2"], 0, "2e2e2e2e2e2e"],
  [["enp6", "base64"], 3, "7a7a7a2e2e2e"],
  [["enp6", 4, "base64url"], 2, "2e2e2e2e7a7a"],
  [["ab", 0, 0], 0, "2e2e2e2e2e2e"],
  [["ab", undefined, "ascii"], 2, "61622e2e2e2e"],
  [["\u0100\u00ff", "latin1"], 2, "00ff2e2e2e2e"],
  [["\u0100\u00ff", "ascii"], 2, "00ff2e2e2e2e"],
  [["abc", "UTF-8"], 3, "6162632e2e2e"],
  [["abc", 1, "BINARY"], 3, "2e6162632e2e"],
  [["7a7", "hex"], 1, "7a2e2e2e2e2e"],
  [["7azz7a", "hex"], 1, "7a2e2e2e2e2e"],
  [["", 1], 0, "2e2e2e2e2e2e"],
  [["xy", 4, undefined, "hex"], 0, "2e2e2e2e2e2e"],
];

for (const [args, written, expected] of cases) {
  const buf = Buffer.alloc(6, 0x2e);
  assert.strictEqual(buf.write(...args), written, `write(${args.map(String)})`);
  assert.strictEqual(buf.toString('hex'), expected, `write(${args.map(String)})`);
}

const errors = [
  [[1], "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string"],
  [["a", -1], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 6. Received -1"],
  [["a", 7], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 6. Received 7"],
  [["a", 1.5], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 1.5"],
  [["a", "1", 2], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('1')"],
  [["a", 0, -1], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be >= 0 && <= 6. Received -1"],
  [["a", 0, 7], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be >= 0 && <= 6. Received 7"],
  [["a", 0, 1.5], "RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be an integer. Received 1.5"],
  [["a", 0, 1, "foo"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: foo"],
  [["a", "foo"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: foo"],
  [["a", 0, "foo"], "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: foo"],
  [["a", null], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received null"],
  [["a", 0, null], "TypeError", "ERR_INVALID_ARG_TYPE", "The \"length\" argument must be of type number. Received null"],
];

for (const [args, name, code, message] of errors) {
  assert.throws(() => Buffer.alloc(6).write(...args), { name, code, message: message.replace('KMAX', kMaxLength) },
                `write(${args.map(String)})`);
}

// A long string goes to C in one call; the result is the same.
const big = Buffer.alloc(5000);
assert.strictEqual(big.write('\u00e9'.repeat(3000)), 5000);
assert.strictEqual(big.toString(), '\u00e9'.repeat(2500));
assert.strictEqual(big.write('\u20ac'.repeat(2000), 1), 4998);
assert.strictEqual(big[4999], 0xa9);
