'use strict';
// A Buffer is a Uint8Array: instanceof holds, typed-array methods work on
// it, and those that make a new array (map, filter, slice of
// Uint8Array.prototype) make a Buffer through Symbol.species, without the
// deprecation warning of Buffer().
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustNotCall('no warning expected'));

const buf = Buffer.from('abc');
assert.ok(buf instanceof Uint8Array);
assert.ok(buf instanceof Buffer);
assert.ok(ArrayBuffer.isView(buf));
assert.strictEqual(Object.prototype.toString.call(buf), '[object Uint8Array]');
assert.strictEqual(buf.BYTES_PER_ELEMENT, 1);
assert.strictEqual(buf.length, 3);
assert.strictEqual(buf.byteLength, 3);

const mapped = buf.map((v) => v + 1);
assert.ok(Buffer.isBuffer(mapped));
assert.strictEqual(mapped.toString(), 'bcd');
const filtered = buf.filter((v) => v > 97);
assert.ok(Buffer.isBuffer(filtered));
assert.strictEqual(filtered.toString(), 'bc');
const sliced = Uint8Array.prototype.slice.call(buf, 1);
assert.ok(Buffer.isBuffer(sliced));
assert.notStrictEqual(sliced.buffer, buf.buffer);

assert.strictEqual(Buffer.from('cba').sort().toString(), 'abc');
assert.strictEqual(Buffer.from('abc').reverse().toString(), 'cba');
assert.strictEqual(buf.at(-1), 99);
assert.strictEqual(buf.join('-'), '97-98-99');
assert.strictEqual(buf.find((v) => v > 97), 98);
assert.strictEqual(buf.findLastIndex((v) => v < 99), 1);
assert.strictEqual(buf.every((v) => v >= 97), true);
assert.strictEqual(buf.reduce((a, v) => a + v, 0), 294);
const target = Buffer.alloc(4);
target.set([1, 2], 1);
target.set(new Uint8Array([9]), 3);
assert.strictEqual(target.toString('hex'), '00010209');
assert.strictEqual(Buffer.from('abcdef').copyWithin(0, 3).toString(), 'defdef');
assert.strictEqual(Buffer.alloc(3).fill(7, 1).toString('hex'), '000707');
assert.ok(Buffer.from('ab').with(0, 0x7a) instanceof Uint8Array);
assert.deepStrictEqual([...Buffer.from('ab').toReversed()], [98, 97]);

// A Uint8Array can use Buffer's methods.
const u8 = new Uint8Array([0x68, 0x69]);
assert.strictEqual(Buffer.prototype.toString.call(u8, 'hex'), '6869');
assert.strictEqual(Buffer.prototype.readUInt16BE.call(u8, 0), 0x6869);
assert.strictEqual(Buffer.prototype.indexOf.call(u8, 0x69), 1);
assert.strictEqual(Buffer.prototype.equals.call(u8, Buffer.from('hi')), true);

// Typed arrays of other kinds view the same memory as a Buffer.
const f64 = new Float64Array([1.5]);
const view = Buffer.from(f64.buffer);
assert.strictEqual(view.readDoubleLE(0), 1.5);
view.writeDoubleLE(2.5, 0);
assert.strictEqual(f64[0], 2.5);
