'use strict';
// crypto.secureHeapUsed() and the --secure-heap / --secure-heap-min options:
// the sizes as given (the smallest block at least 2 and at most the heap),
// powers of two refused otherwise with exit code 9, a heap OpenSSL refuses
// only warned about, and blocks taken from the heap by DH computations.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const crypto = require('crypto');

// Without the option: no heap.
const none = crypto.secureHeapUsed();
assert.deepStrictEqual(Object.keys(none).sort(), ['min', 'total', 'used', 'utilization']);
assert.strictEqual(none.total, 0);
assert.strictEqual(none.used, 0);
assert.strictEqual(none.min, 2);
assert(Number.isNaN(none.utilization));

// (LeakSanitizer, in kiln's sanitizer build, does not scan OpenSSL's secure
// heap, a locked mapping of its own, and would report the blocks only
// pointed to from there as leaked; other runtimes ignore the variable.)
const env = { ...process.env, ASAN_OPTIONS: `${process.env.ASAN_OPTIONS || ''}:detect_leaks=0` };

function run(options, code = 'console.log(JSON.stringify(require("crypto").secureHeapUsed()))') {
  const r = spawnSync(process.execPath, [...options, '-e', code], { encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function usage(options) {
  const r = run(options);
  assert.strictEqual(r.status, 0, r.stderr);
  return { ...JSON.parse(r.stdout), stderr: r.stderr };
}

let u = usage(['--secure-heap=65536', '--secure-heap-min=4']);
assert.strictEqual(u.total, 65536);
assert.strictEqual(u.min, 4);
assert.strictEqual(u.used, 0);
assert.strictEqual(u.utilization, 0);
assert.strictEqual(u.stderr, '');

u = usage(['--secure-heap', '1024']);
assert.strictEqual(u.total, 1024);
assert.strictEqual(u.min, 2);

// The smallest block: the heap at most, 2 at least.
u = usage(['--secure-heap=64', '--secure-heap-min=128']);
assert.strictEqual(u.total, 64);
assert.strictEqual(u.min, 64);
u = usage(['--secure-heap=65536', '--secure-heap-min=0']);
assert.strictEqual(u.min, 2);
// Without a heap the smallest block is not checked.
u = usage(['--secure-heap-min=3']);
assert.strictEqual(u.total, 0);
assert.strictEqual(u.min, 3);
// Not a number: no heap.
u = usage(['--secure-heap=abc']);
assert.strictEqual(u.total, 0);

// A heap OpenSSL cannot make: a warning, and the program runs.
u = usage(['--secure-heap=1']);
assert.strictEqual(u.total, 1);
assert.match(u.stderr, /Unable to initialize openssl secure heap\./);

// Sizes that are not powers of two.
let r = run(['--secure-heap=3', '--secure-heap-min=3']);
assert.strictEqual(r.status, 9);
assert.match(r.stderr, /--secure-heap must be a power of 2/);
assert.match(r.stderr, /--secure-heap-min must be a power of 2/);
assert.strictEqual(r.stdout, '');
r = run(['--secure-heap=4096', '--secure-heap-min=24']);
assert.strictEqual(r.status, 9);
assert.doesNotMatch(r.stderr, /--secure-heap must/);
assert.match(r.stderr, /--secure-heap-min must be a power of 2/);

// DH keys are computed in the heap's blocks.
r = run(['--secure-heap=65536', '--secure-heap-min=4'], `
  const crypto = require('crypto');
  const dh1 = crypto.createDiffieHellman(1024);
  const dh2 = crypto.createDiffieHellman(dh1.getPrime());
  dh1.generateKeys();
  dh1.computeSecret(dh2.generateKeys());
  const u = crypto.secureHeapUsed();
  console.log(u.used > 0, u.utilization > 0, u.total, u.min);
`);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'true true 65536 4\n');
