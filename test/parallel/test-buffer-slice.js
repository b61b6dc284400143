'use strict';
// buf.subarray and buf.slice are the same: a Buffer viewing the same
// memory; negative offsets count from the end, others are truncated and
// clamped, NaN is 0; results from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  [[], "abcdef", "abcdef"],
  [[1], "bcdef", "bcdef"],
  [[1, 3], "bc", "bc"],
  [[-2], "ef", "ef"],
  [[-2, -1], "e", "e"],
  [[3, 1], "", ""],
  [[10], "", ""],
  [[-10], "abcdef", "abcdef"],
  [[1.5, 3.5], "bc", "bc"],
  [["1", "3"], "bc", "bc"],
  [[NaN], "abcdef", "abcdef"],
  [[undefined, 2], "ab", "ab"],
  [[null, 2], "ab", "ab"],
  [[0, -0], "", ""],
  [[Infinity], "", ""],
  [[-Infinity, Infinity], "abcdef", "abcdef"],
  [[1099511627776], "", ""],
  [[-1099511627776, 2], "ab", "ab"],
];

for (const [args, sub, sliced] of cases) {
  const buf = Buffer.from('abcdef');
  const a = buf.subarray(...args);
  const b = buf.slice(...args);
  assert.strictEqual(a.toString(), sub, `subarray(${args.map(String)})`);
  assert.strictEqual(b.toString(), sliced, `slice(${args.map(String)})`);
  for (const view of [a, b]) {
    assert.ok(Buffer.isBuffer(view));
    assert.strictEqual(Object.getPrototypeOf(view), Buffer.prototype);
    assert.strictEqual(view.buffer, buf.buffer);
  }
}

const buf = Buffer.from('abc');
buf.slice(1)[0] = 0x5a;
assert.strictEqual(buf.toString(), 'aZc');
buf.subarray(2)[0] = 0x59;
assert.strictEqual(buf.toString(), 'aZY');
assert.strictEqual(buf.subarray(1).subarray(1).byteOffset, buf.byteOffset + 2);
// subarray on a plain Uint8Array gives a Buffer too, when called as a
// Buffer method.
assert.ok(Buffer.isBuffer(Buffer.prototype.subarray.call(new Uint8Array(4), 1)));
assert.strictEqual(Buffer.prototype.slice.length, 2);
