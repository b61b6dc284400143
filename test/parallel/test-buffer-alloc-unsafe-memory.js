'use strict';
// Buffer.allocUnsafe, allocUnsafeSlow and the shared pool hand out memory
// that is not cleared first, as in Node; --zero-fill-buffers clears it
// all. Either way a Buffer is a full, writable, transferable Buffer of
// its own bytes.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'huge') {
  // Past the engine's largest ArrayBuffer (kiln: 4 GiB): a RangeError, or
  // a Buffer where the engine allows it (Node), never a crash.
  for (const size of [2 ** 32 + 8, 2 ** 33, 2 ** 35]) {
    for (const make of [Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
      try {
        assert.strictEqual(make(size).length, size);
      } catch (err) {
        assert.strictEqual(err.name, 'RangeError');
        assert.strictEqual(err.code, 'ERR_MEMORY_ALLOCATION_FAILED');
      }
    }
  }
  process.stdout.write('ok');
  return;
}

if (process.argv[2] === 'child') {
  // Dirty a lot of memory, let it go, then ask for more.
  const zero = process.execArgv.includes('--zero-fill-buffers');
  for (let round = 0; round < 3; round++) {
    let dirty = [];
    for (let i = 0; i < 64; i++) dirty.push(Buffer.allocUnsafe(256 * 1024).fill(0xa5));
    for (let i = 0; i < 512; i++) dirty.push(Buffer.allocUnsafe(1000).fill(0xa5));
    dirty = null;
    globalThis.gc?.();
  }
  const sizes = [1, 100, 4000, 32 * 1024 - 1, 32 * 1024, 100000, 1 << 20];
  for (const size of sizes) {
    for (const make of [Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
      const b = make(size);
      assert.strictEqual(b.length, size);
      if (zero) assert.ok(b.every((v) => v === 0), `${make.name}(${size}) cleared`);
    }
  }
  if (zero) {
    // The pool too: the bytes around a small Buffer are zeros.
    const small = Buffer.allocUnsafe(10);
    assert.ok(new Uint8Array(small.buffer).every((v) => v === 0));
  }
  process.stdout.write('ok');
  return;
}

for (const flags of [[], ['--zero-fill-buffers']]) {
  const r = spawnSync(process.execPath, [...flags, '--expose-gc', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '', `${flags}: ${r.stderr}`);
  assert.strictEqual(r.stdout, 'ok');
  assert.strictEqual(r.status, 0);
}

{
  const r = spawnSync(process.execPath, [__filename, 'huge'], { encoding: 'utf8' });
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.stdout, 'ok', r.stderr);
}

// A large allocUnsafe Buffer owns its memory: the whole ArrayBuffer is
// its own, writes stay in it, and it can be transferred (unlike the pool).
for (const size of [32 * 1024, 100000, 1 << 20]) {
  const b = Buffer.allocUnsafe(size);
  assert.ok(b instanceof Buffer);
  assert.strictEqual(b.byteOffset, 0);
  assert.strictEqual(b.buffer.byteLength, size);
  b.fill(7);
  b[size - 1] = 9;
  assert.strictEqual(b.readUInt8(size - 1), 9);
  const copy = Buffer.from(b);
  const moved = structuredClone(b.buffer, { transfer: [b.buffer] });
  assert.strictEqual(b.length, 0);
  assert.strictEqual(moved.byteLength, size);
  assert.ok(Buffer.from(moved).equals(copy));
  const again = Buffer.allocUnsafeSlow(size);
  const t = again.buffer.transfer();
  assert.strictEqual(again.buffer.detached, true);
  assert.strictEqual(t.byteLength, size);
}

// Buffer.from(string) and concat above half the pool size come from the
// same kind of memory and hold exactly their bytes.
const text = 'x'.repeat(50000) + 'é';
const fromText = Buffer.from(text);
assert.strictEqual(fromText.length, 50002);
assert.strictEqual(fromText.toString(), text);
const joined = Buffer.concat([fromText, fromText], 120000);
assert.strictEqual(joined.length, 120000);
assert.ok(joined.subarray(100004).every((v) => v === 0));
assert.strictEqual(Buffer.from('00ff'.repeat(30000), 'hex').length, 60000);
common.mustCall()();
