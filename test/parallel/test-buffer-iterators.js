'use strict';
// A Buffer iterates as its Uint8Array does: for...of, keys, values,
// entries, spread, Array.from.
require('../common');
const assert = require('assert');

const buf = Buffer.from([10, 20, 30]);
const seen = [];
for (const b of buf) seen.push(b);
assert.deepStrictEqual(seen, [10, 20, 30]);
assert.deepStrictEqual([...buf.keys()], [0, 1, 2]);
assert.deepStrictEqual([...buf.values()], [10, 20, 30]);
assert.deepStrictEqual([...buf.entries()], [[0, 10], [1, 20], [2, 30]]);
assert.deepStrictEqual([...buf], [10, 20, 30]);
assert.deepStrictEqual(Array.from(buf), [10, 20, 30]);
assert.strictEqual(buf[Symbol.iterator], Uint8Array.prototype[Symbol.iterator]);
assert.deepStrictEqual([...Buffer.alloc(0)], []);
const it = buf.subarray(1).entries();
assert.deepStrictEqual(it.next(), { value: [0, 20], done: false });
assert.deepStrictEqual(it.next(), { value: [1, 30], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
