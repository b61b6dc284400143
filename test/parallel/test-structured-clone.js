'use strict';
// structuredClone: deep copies with shared references and cycles kept,
// the built-in types, transfer of ArrayBuffers, and DataCloneError for
// what cannot be cloned.
const assert = require('assert');

const inner = { n: 1 };
const src = { a: [1, 'x', inner, inner], d: new Date(5), r: /a+/gi, m: new Map([[inner, 'v']]),
  s: new Set([1, inner]), big: 10n, u: undefined, nul: null, nested: { deep: [new Uint8Array([1, 2])] } };
src.self = src;
const c = structuredClone(src);
assert.notStrictEqual(c, src);
assert.strictEqual(c.self, c);
assert.strictEqual(c.a[2], c.a[3]);
assert.notStrictEqual(c.a[2], inner);
assert.deepStrictEqual(c.a[2], { n: 1 });
assert(c.d instanceof Date && c.d.getTime() === 5);
assert.strictEqual(c.r.source, 'a+');
assert.strictEqual(c.r.flags, 'gi');
assert.strictEqual(c.m.get(c.a[2]), 'v');
assert(c.s.has(1) && c.s.has(c.a[2]));
assert.strictEqual(c.big, 10n);
assert('u' in c);
assert.deepStrictEqual([...c.nested.deep[0]], [1, 2]);

const e = structuredClone(new RangeError('bad'));
assert(e instanceof RangeError);
assert.strictEqual(e.message, 'bad');
assert.strictEqual(Object.getPrototypeOf(structuredClone(new Number(3))), Number.prototype);
assert.strictEqual(structuredClone(Buffer.from('ab')).constructor, Uint8Array);

const ab = new ArrayBuffer(4);
const moved = structuredClone(ab, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(moved.byteLength, 4);

for (const bad of [() => {}, Symbol('s'), { f() {} }, new WeakMap(), Promise.resolve()]) {
  assert.throws(() => structuredClone(bad), { name: 'DataCloneError' });
}
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS' });
class K { constructor() { this.x = 1; } }
const k = structuredClone(new K());
assert.strictEqual(Object.getPrototypeOf(k), Object.prototype);
assert.deepStrictEqual(k, { x: 1 });
