'use strict';
// Small allocations share a pool of Buffer.poolSize bytes, as Node
// documents: allocUnsafe, from(string), from(array) and concat below half
// the pool size are views of one ArrayBuffer, each starting 8-aligned.
// alloc, allocUnsafeSlow and larger sizes get their own memory.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof Buffer.poolSize, 'number');
assert.strictEqual(Buffer.poolSize, 64 * 1024);

function pooled(b) {
  return b.buffer.byteLength === Buffer.poolSize && b.byteLength < Buffer.poolSize;
}

const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(3);
assert.ok(pooled(a));
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(b.byteOffset - a.byteOffset, 8);
assert.strictEqual(a.byteOffset % 8, 0);

assert.ok(pooled(Buffer.from('abc')));
assert.ok(pooled(Buffer.from([1, 2, 3])));
assert.ok(pooled(Buffer.from(new Uint16Array(4))));
assert.ok(pooled(Buffer.concat([Buffer.from('a'), Buffer.from('b')])));
assert.ok(pooled(Buffer.allocUnsafe(Buffer.poolSize / 2 - 1)));

assert.ok(!pooled(Buffer.alloc(10)));
assert.ok(!pooled(Buffer.allocUnsafeSlow(10)));
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.allocUnsafe(Buffer.poolSize / 2).buffer.byteLength, Buffer.poolSize / 2);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);

// Views do not overlap.
const views = [];
for (let i = 0; i < 200; i++) views.push(Buffer.allocUnsafe(1 + (i % 50)).fill(i));
for (let i = 0; i < 200; i++) assert.ok(views[i].every((v) => v === i), `view ${i}`);

// A changed poolSize takes effect when the next pool is made.
const saved = Buffer.poolSize;
Buffer.poolSize = 1024;
Buffer.allocUnsafe(600); // not pooled: at least half of 1024
const c = Buffer.allocUnsafe(500);
assert.strictEqual(c.length, 500);
assert.ok(c.buffer.byteLength === 1024 || c.buffer.byteLength === saved);
Buffer.poolSize = saved;
