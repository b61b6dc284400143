// nanoid 5 (ES modules only): ids from the Web Crypto random source, custom
// alphabets and random sources, and its non-secure variant.
import assert from 'node:assert';
import { nanoid, customAlphabet, customRandom, random, urlAlphabet } from 'nanoid';
import { nanoid as weakId, customAlphabet as weakAlphabet } from 'nanoid/non-secure';

assert.match(nanoid(), /^[A-Za-z0-9_-]{21}$/);
assert.strictEqual(nanoid(5).length, 5);
assert.strictEqual(nanoid(0), '');
assert.strictEqual(urlAlphabet.length, 64);
assert.strictEqual(new Set(urlAlphabet).size, 64);

// 20000 ids, all different, every symbol used about evenly.
const ids = new Set();
const counts = new Map();
for (let i = 0; i < 20000; i++) {
  const id = nanoid();
  ids.add(id);
  for (const ch of id) counts.set(ch, (counts.get(ch) || 0) + 1);
}
assert.strictEqual(ids.size, 20000);
assert.strictEqual(counts.size, 64);
const mean = (20000 * 21) / 64;
for (const n of counts.values()) assert.ok(Math.abs(n - mean) / mean < 0.1, `uneven: ${n} vs ${mean}`);

const hex = customAlphabet('0123456789abcdef', 12);
assert.match(hex(), /^[0-9a-f]{12}$/);
assert.match(hex(4), /^[0-9a-f]{4}$/);

const bytes = random(16);
assert.ok(bytes instanceof Uint8Array);
assert.strictEqual(bytes.length, 16);

// A custom random source: fully determined by it.
const fixed = customRandom('abcd', 6, (size) => new Uint8Array(size).fill(1));
assert.strictEqual(fixed(), 'bbbbbb');

assert.match(weakId(), /^[A-Za-z0-9_-]{21}$/);
assert.match(weakAlphabet('xy', 9)(), /^[xy]{9}$/);
