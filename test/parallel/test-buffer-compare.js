'use strict';
// Buffer.compare, buf.compare (with target and source ranges) and
// buf.equals: byte order, shorter first when one is a prefix; ranges are
// integers checked against the buffers; results from Node 24 (KMAX stands
// for buffer.kMaxLength).
require('../common');
const assert = require('assert');
const { kMaxLength } = require('buffer');

const pairs = [
  ["abcd", "abce", -1, false],
  ["abce", "abcd", 1, false],
  ["abcd", "abcd", 0, true],
  ["abcd", "ab", 1, false],
  ["ab", "abcd", -1, false],
  ["", "", 0, true],
  ["", "a", -1, false],
  ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", -1, false],
  ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxb", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxa", 1, false],
  ["\u00ff", "a", 1, false],
];

for (const [p, q, order, equal] of pairs) {
  const a = Buffer.from(p, 'latin1');
  const b = Buffer.from(q, 'latin1');
  assert.strictEqual(Buffer.compare(a, b), order, `compare(${p}, ${q})`);
  assert.strictEqual(a.compare(b), order);
  assert.strictEqual(a.equals(b), equal);
  assert.strictEqual(a.equals(new Uint8Array(b)), equal);
  assert.strictEqual(Buffer.compare(new Uint8Array(a), b), order);
}

const ranges = [
  [[0], "ok", -1],
  [[0, 3], "ok", 1],
  [[0, 3, 0, 3], "ok", 0],
  [[1, 2, 1, 2], "ok", 0],
  [[3, 4, 3, 4], "ok", -1],
  [[0, 4, 0, 4], "ok", -1],
  [[5], "ok", 1],
  [[0, 5], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetEnd\" is out of range. It must be >= 0 && <= 4. Received 5"],
  [[0, 4, 5], "ok", -1],
  [[0, 4, 0, 5], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceEnd\" is out of range. It must be >= 0 && <= 4. Received 5"],
  [[-1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range. It must be >= 0 && <= KMAX. Received -1"],
  [[1.5], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range. It must be an integer. Received 1.5"],
  [["1"], "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"targetStart\" argument must be of type number. Received type string ('1')"],
  [[undefined, undefined, 1], "ok", 1],
  [[2, 1], "ok", 1],
  [[0, 0, 2, 1], "ok", 0],
  [[4, 4, 0, 1], "ok", 1],
  [[0, 1, 4, 4], "ok", -1],
  [[null], "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"targetStart\" argument must be of type number. Received null"],
  [[0, null], "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"targetEnd\" argument must be of type number. Received null"],
  [[10, 11], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetEnd\" is out of range. It must be >= 0 && <= 4. Received 11"],
  [[0, 4, 10], "ok", -1],
  [[0, 4, 4, 4], "ok", -1],
  [[5, 5, 5, 5], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetEnd\" is out of range. It must be >= 0 && <= 4. Received 5"],
  [[3, 2, 3, 2], "ok", 0],
  [[NaN], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range. It must be an integer. Received NaN"],
  [[0, 2, 2, 4], "ok", 1],
  [[2, 4, 0, 2], "ok", -1],
];

const source = Buffer.from('abcd');
const target = Buffer.from('abce');
for (const [args, kind, ...rest] of ranges) {
  const label = `compare(target, ${args.map(String)})`;
  if (kind === 'ok') assert.strictEqual(source.compare(target, ...args), rest[0], label);
  else assert.throws(() => source.compare(target, ...args), { name: rest[0], code: rest[1], message: rest[2].replace('KMAX', kMaxLength) }, label);
}

const sorted = [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare);
assert.deepStrictEqual(sorted.map(String), ['', 'a', 'ab', 'b']);

const buf = Buffer.from('a');
assert.strictEqual(buf.equals(buf), true);
for (const bad of ['a', 1, null, {}, new Uint16Array(1)]) {
  assert.throws(() => Buffer.compare(bad, buf), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "buf1" argument must be an instance of Buffer or Uint8Array\./ });
  assert.throws(() => Buffer.compare(buf, bad), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "buf2" argument/ });
  assert.throws(() => buf.compare(bad), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "target" argument/ });
  assert.throws(() => buf.equals(bad), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "otherBuffer" argument/ });
}
