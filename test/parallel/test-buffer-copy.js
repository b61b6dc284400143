'use strict';
// buf.copy(target, targetStart, sourceStart, sourceEnd): offsets are
// coerced to integers (NaN is 0), the count is clamped to what fits, and
// overlapping copies within one buffer act like memmove; results from
// Node 24.
require('../common');
const assert = require('assert');

const cases = [
  [[], "ok", [4, "7778797a2e2e"]],
  [[0], "ok", [4, "7778797a2e2e"]],
  [[2], "ok", [4, "2e2e7778797a"]],
  [[1, 1], "ok", [3, "2e78797a2e2e"]],
  [[1, 1, 3], "ok", [2, "2e78792e2e2e"]],
  [[0, 0, 10], "ok", [4, "7778797a2e2e"]],
  [[10], "ok", [0, "2e2e2e2e2e2e"]],
  [[0, 4], "ok", [0, "2e2e2e2e2e2e"]],
  [[0, 5], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceStart\" is out of range. It must be >= 0 && <= 4. Received 5"],
  [[-1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range. It must be >= 0. Received -1"],
  [[0, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceStart\" is out of range. It must be >= 0 && <= 4. Received -1"],
  [[0, 0, -1], "throws", "RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceEnd\" is out of range. It must be >= 0. Received -1"],
  [[1.5, 0.5, 2.5], "ok", [2, "2e77782e2e2e"]],
  [["1", "1", "3"], "ok", [2, "2e78792e2e2e"]],
  [[NaN, NaN, NaN], "ok", [0, "2e2e2e2e2e2e"]],
  [[null, null, null], "ok", [0, "2e2e2e2e2e2e"]],
  [[0, 3, 1], "ok", [0, "2e2e2e2e2e2e"]],
  [[0, 2, 2], "ok", [0, "2e2e2e2e2e2e"]],
  [[Infinity], "ok", [4, "7778797a2e2e"]],
  [[0, Infinity], "ok", [4, "7778797a2e2e"]],
  [[0, 0, Infinity], "ok", [0, "2e2e2e2e2e2e"]],
  [[9007199254740992], "ok", [0, "2e2e2e2e2e2e"]],
  [[6], "ok", [0, "2e2e2e2e2e2e"]],
  [[5, 0, 4], "ok", [1, "2e2e2e2e2e77"]],
  [["OBJ", "ARR", "2"], "ok", [2, "77782e2e2e2e"]],
];

for (const [args, kind, ...rest] of cases) {
  const real = args.map((a) => (a === 'OBJ' ? {} : a === 'ARR' ? [] : a));
  const source = Buffer.from('wxyz');
  const target = Buffer.alloc(6, 0x2e);
  const label = `copy(target, ${args.map(String)})`;
  if (kind === 'ok') {
    assert.strictEqual(source.copy(target, ...real), rest[0][0], label);
    assert.strictEqual(target.toString('hex'), rest[0][1], label);
  } else {
    assert.throws(() => source.copy(target, ...real), { name: rest[0], code: rest[1], message: rest[2] }, label);
  }
}

function ramp(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = i;
  return b;
}
for (const n of [8, 100, 5000]) {
  const fwd = ramp(n);
  assert.strictEqual(fwd.copy(fwd, 2, 0, n - 3), n - 3);
  const back = ramp(n);
  assert.strictEqual(back.copy(back, 0, 2, n), n - 2);
  const sub = ramp(n);
  sub.copy(sub.subarray(1), 0, 0, n - 2);
  for (let i = 0; i < n - 3; i++) {
    assert.strictEqual(fwd[i + 2], i & 255, `forward ${n} at ${i}`);
    assert.strictEqual(back[i], (i + 2) & 255, `backward ${n} at ${i}`);
    assert.strictEqual(sub[i + 1], i & 255, `through a subarray ${n} at ${i}`);
  }
}

// Uint8Arrays on either side; other views copy their bytes (Node's
// message names Buffer and Uint8Array only).
const u16 = new Uint16Array(2);
assert.strictEqual(Buffer.from('abcd').copy(u16, 1), 3);
assert.strictEqual(Buffer.from(u16.buffer).toString('hex'), '00616263');
const dv = new DataView(new ArrayBuffer(2));
assert.strictEqual(Buffer.from('ab').copy(dv), 2);
assert.strictEqual(dv.getUint16(0), 0x6162);
const u8 = new Uint8Array(3);
assert.strictEqual(Buffer.from('abc').copy(u8), 3);
assert.deepStrictEqual([...u8], [97, 98, 99]);
const into = Buffer.alloc(4);
Buffer.prototype.copy.call(new Uint8Array([1, 2, 3]), into, 1);
assert.strictEqual(into.toString('hex'), '00010203');
for (const bad of ['x', 1, {}, null]) {
  assert.throws(() => Buffer.from('a').copy(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "target" argument must be an instance of Buffer or Uint8Array\./,
  });
}
