'use strict';
// util.inspect of typed arrays, ArrayBuffer and DataView.

const assert = require('assert');
const { inspect } = require('util');

class MyU8 extends Uint8Array {}

assert.strictEqual(inspect(new Uint8Array([1, 2, 3])), "Uint8Array(3) [ 1, 2, 3 ]");
assert.strictEqual(inspect(new Uint8Array(0)), "Uint8Array(0) []");
assert.strictEqual(
  inspect(new Float64Array([1.5, -0, NaN, Infinity])),
  "Float64Array(4) [ 1.5, -0, NaN, Infinity ]");
assert.strictEqual(inspect(new BigInt64Array([1n, -2n])), "BigInt64Array(2) [ 1n, -2n ]");
assert.strictEqual(
  inspect(new BigUint64Array([2n ** 64n - 1n])),
  "BigUint64Array(1) [ 18446744073709551615n ]");
assert.strictEqual(inspect(new Float16Array([1.5, 2])), "Float16Array(2) [ 1.5, 2 ]");
assert.strictEqual(
  inspect(new Int16Array([12345, -1000]), { numericSeparator: true }),
  "Int16Array(2) [ 12_345, -1_000 ]");
assert.strictEqual(inspect(Object.assign(new Uint8Array(2), { x: 1 })), "Uint8Array(2) [ 0, 0, x: 1 ]");
assert.strictEqual(
  inspect(new Uint8Array(40)),
  "Uint8Array(40) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0\n]");
assert.strictEqual(
  inspect(new Uint8Array(5), { maxArrayLength: 2 }),
  "Uint8Array(5) [ 0, 0, ... 3 more items ]");
assert.strictEqual(
  inspect(new Uint8Array(new ArrayBuffer(8), 2, 3), { showHidden: true }),
  "Uint8Array(3) [\n  0,\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 3,\n  [byteLength]: 3,\n  [byteOffset]: 2,\n  [buffer]: ArrayBuffer { [byteLength]: 8 }\n]");
assert.strictEqual(
  inspect(new Uint16Array(1), { showHidden: true, colors: true }),
  "Uint16Array(1) [\n  \u001b[33m0\u001b[39m,\n  \u001b[32m[BYTES_PER_ELEMENT]\u001b[39m: \u001b[33m2\u001b[39m,\n  \u001b[32m[length]\u001b[39m: \u001b[33m1\u001b[39m,\n  \u001b[32m[byteLength]\u001b[39m: \u001b[33m2\u001b[39m,\n  \u001b[32m[byteOffset]\u001b[39m: \u001b[33m0\u001b[39m,\n  \u001b[32m[buffer]\u001b[39m: ArrayBuffer { [byteLength]: \u001b[33m2\u001b[39m }\n]");
assert.strictEqual(inspect(new MyU8(2)), "MyU8(2) [Uint8Array] [ 0, 0 ]");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Int8Array(2), null)),
  "[Int8Array(2): null prototype] [ 0, 0 ]");
assert.strictEqual(inspect({ a: { b: { c: new Uint8Array(1) } } }), "{ a: { b: { c: [Uint8Array] } } }");
assert.strictEqual(
  inspect(new Uint8Array([0, 1, 171, 255]).buffer),
  "ArrayBuffer { [Uint8Contents]: <00 01 ab ff>, [byteLength]: 4 }");
assert.strictEqual(inspect(new ArrayBuffer(0)), "ArrayBuffer { [Uint8Contents]: <>, [byteLength]: 0 }");
assert.strictEqual(
  inspect(new ArrayBuffer(5), { maxArrayLength: 2 }),
  "ArrayBuffer {\n  [Uint8Contents]: <00 00 ... 3 more bytes>,\n  [byteLength]: 5\n}");
assert.strictEqual(
  inspect(new ArrayBuffer(3), { maxArrayLength: 0 }),
  "ArrayBuffer { [Uint8Contents]: < ... 3 more bytes>, [byteLength]: 3 }");
assert.strictEqual(
  inspect(new ArrayBuffer(2, { maxByteLength: 8 })),
  "ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }");
assert.strictEqual(inspect({ a: new ArrayBuffer(1) }, { depth: 0 }), "{ a: [ArrayBuffer] }");
assert.strictEqual(
  inspect(new ArrayBuffer(2), { colors: true }),
  "ArrayBuffer { \u001b[36m[Uint8Contents]\u001b[39m: <00 00>, \u001b[32m[byteLength]\u001b[39m: \u001b[33m2\u001b[39m }");
assert.strictEqual(
  inspect(Object.assign(new ArrayBuffer(1), { x: 1 })),
  "ArrayBuffer { [Uint8Contents]: <00>, [byteLength]: 1, x: 1 }");
assert.strictEqual(
  inspect(new DataView(new ArrayBuffer(4), 1, 2)),
  "DataView {\n  [byteLength]: 2,\n  [byteOffset]: 1,\n  [buffer]: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, [byteLength]: 4 }\n}");
assert.strictEqual(
  inspect(new DataView(new ArrayBuffer(1)), { colors: true }),
  "DataView {\n  \u001b[32m[byteLength]\u001b[39m: \u001b[33m1\u001b[39m,\n  \u001b[32m[byteOffset]\u001b[39m: \u001b[33m0\u001b[39m,\n  \u001b[32m[buffer]\u001b[39m: ArrayBuffer { \u001b[36m[Uint8Contents]\u001b[39m: <00>, \u001b[32m[byteLength]\u001b[39m: \u001b[33m1\u001b[39m }\n}");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new ArrayBuffer(1), null)),
  "[ArrayBuffer: null prototype] {\n  [Uint8Contents]: <00>,\n  [byteLength]: undefined\n}");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new DataView(new ArrayBuffer(1)), null)),
  "[DataView: null prototype] {\n  [byteLength]: undefined,\n  [byteOffset]: undefined,\n  [buffer]: undefined\n}");
// A large typed array is shown quickly: only the first 100 elements are read.
assert.strictEqual(inspect(new Uint8Array(1e6)).split('\n').pop(), "]");
assert.strictEqual(inspect(new Uint8Array(1e6)).includes('... 999900 more items'), true);

// A DataView over a detached buffer: its getters throw, so the buffer's
// properties of those names are shown (byteLength 0, byteOffset
// undefined), and, as in Node, each failed read leaves two more columns of
// indentation for the rest of that inspection.
{
  const ab = new ArrayBuffer(8);
  const dv = new DataView(ab, 1, 2);
  structuredClone(ab, { transfer: [ab] });
  assert.strictEqual(inspect(ab), 'ArrayBuffer { (detached), [byteLength]: 0 }');
  assert.strictEqual(inspect(dv),
                     'DataView {\n      [byteLength]: 0,\n      [byteOffset]: undefined,\n' +
                     '      [buffer]: ArrayBuffer { (detached), [byteLength]: 0 }\n    }');
  assert.strictEqual(inspect(new Uint8Array(new ArrayBuffer(0))), 'Uint8Array(0) []');
}
