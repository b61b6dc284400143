'use strict';
// SharedArrayBuffer and Atomics exist as in Node: Atomics.wait as a
// synchronous sleep, clones that share memory, util.types, Buffer views.
const assert = require('assert');
const util = require('util');

assert.strictEqual(typeof SharedArrayBuffer, 'function');
assert.strictEqual(typeof Atomics, 'object');

const sab = new SharedArrayBuffer(16);
const ints = new Int32Array(sab);
assert.strictEqual(Atomics.add(ints, 0, 5), 0);
assert.strictEqual(Atomics.load(ints, 0), 5);
assert.strictEqual(Atomics.compareExchange(ints, 0, 5, 7), 5);
assert.strictEqual(Atomics.wait(ints, 0, 0, 10), 'not-equal');

const start = Date.now();
assert.strictEqual(Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50), 'timed-out');
assert.ok(Date.now() - start >= 45);

assert.strictEqual(util.types.isSharedArrayBuffer(sab), true);
assert.strictEqual(util.types.isArrayBuffer(sab), false);
assert.strictEqual(util.types.isAnyArrayBuffer(sab), true);
assert.strictEqual(util.types.isSharedArrayBuffer(new ArrayBuffer(1)), false);

// A clone shares the memory.
const clone = structuredClone(sab);
assert.ok(clone instanceof SharedArrayBuffer);
new Uint8Array(clone)[15] = 42;
assert.strictEqual(new Uint8Array(sab)[15], 42);

// Buffer views over it share it too.
const buf = Buffer.from(sab, 4, 4);
buf[0] = 1;
assert.strictEqual(new Uint8Array(sab)[4], 1);
assert.strictEqual(buf.buffer, sab);
assert.match(util.inspect(sab), /^SharedArrayBuffer \{/);
