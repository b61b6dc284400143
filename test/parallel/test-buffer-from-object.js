'use strict';
// Buffer.from(value) for arrays, array-likes, typed arrays (a copy, each
// element taken as a byte), { type: 'Buffer', data } objects, and objects
// whose valueOf or Symbol.toPrimitive gives a string or an array; anything
// else is ERR_INVALID_ARG_TYPE. Results recorded from Node 24.
require('../common');
const assert = require('assert');

const values = {
  'array': [1, 2, 3],
  'array coerced': [256, -1, 1.5, '7', 'x', null],
  'array-like': { length: 3, 0: 1, 1: 2 },
  'length string': { length: '3' },
  'fractional length': { length: 2.5, 0: 9, 1: 8 },
  'negative length': { length: -1 },
  'JSON form': { type: 'Buffer', data: [1, 2] },
  'JSON form bad data': { type: 'Buffer', data: 'ab' },
  'Uint16Array': new Uint16Array([1, 0x102]),
  'Float32Array': new Float32Array([1.5, -1]),
  'Buffer': Buffer.from('ab'),
  'String object': new String('abc'), // eslint-disable-line no-new-wrappers
  'valueOf string': { valueOf() { return 'xyz'; } },
  'valueOf array': { valueOf() { return [1, 2]; } },
  'toPrimitive': { [Symbol.toPrimitive](hint) { return `prim:${hint}`; } },
  'toPrimitive number': { [Symbol.toPrimitive]() { return 5; } },
  'number': 5,
  'null': null,
  'undefined': undefined,
  'symbol': Symbol('s'),
  'boolean': true,
  'function': [() => 1][0], // anonymous, as in the recorded message
  'plain object': {},
  'empty array': [],
  'DataView': new DataView(new ArrayBuffer(2)),
  'subarray': new Uint8Array([1, 2, 3, 4]).subarray(1, 3),
};

const cases = [
  ["array", "ok", "010203"],
  ["array coerced", "ok", "00ff01070000"],
  ["array-like", "ok", "010200"],
  ["length string", "ok", ""],
  ["fractional length", "ok", "0908"],
  ["negative length", "ok", ""],
  ["JSON form", "ok", "0102"],
  ["JSON form bad data", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object"],
  ["Uint16Array", "ok", "0102"],
  ["Float32Array", "ok", "01ff"],
  ["Buffer", "ok", "6162"],
  ["String object", "ok", "616263"],
  ["valueOf string", "ok", "78797a"],
  ["valueOf array", "ok", "0102"],
  ["toPrimitive", "ok", "7072696d3a737472696e67"],
  ["toPrimitive number", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object"],
  ["number", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)"],
  ["null", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null"],
  ["undefined", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined"],
  ["symbol", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type symbol (Symbol(s))"],
  ["boolean", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type boolean (true)"],
  ["function", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received function "],
  ["plain object", "throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object"],
  ["empty array", "ok", ""],
  ["DataView", "ok", ""],
  ["subarray", "ok", "0203"],
];

for (const [name, kind, ...rest] of cases) {
  if (kind === 'ok') {
    assert.strictEqual(Buffer.from(values[name]).toString('hex'), rest[0], name);
  } else {
    assert.throws(() => Buffer.from(values[name]), { name: rest[0], code: rest[1], message: rest[2] }, name);
  }
}

// Copies, not views.
const src = new Uint8Array([1, 2]);
const copy = Buffer.from(src);
src[0] = 9;
assert.strictEqual(copy[0], 1);
const buf = Buffer.from('ab');
const copy2 = Buffer.from(buf);
buf[0] = 0;
assert.strictEqual(copy2.toString(), 'ab');

// A long array is not pooled and still right.
const long = Array.from({ length: 70000 }, (v, i) => i);
const fromLong = Buffer.from(long);
assert.strictEqual(fromLong.length, 70000);
assert.strictEqual(fromLong[69999], 69999 & 255);
