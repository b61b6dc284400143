'use strict';
// assert.deepStrictEqual (and deepEqual, util.isDeepStrictEqual) on large
// equal structures, in milliseconds per call, best of 5 rounds after a
// warm-up, one line per case:
//
//   RUNTIME bench/assert/deep-equal.js [filter]
//
// bench/assert/run.sh runs it on kiln and node and prints the ratios.
const assert = require('assert');
const util = require('util');

// Two separately built copies, so nothing is compared by identity.
function build() {
  const records = [];
  for (let i = 0; i < 2000; i++) {
    records.push({
      id: i,
      name: `record ${i}`,
      active: i % 2 === 0,
      score: i * 0.25,
      tags: ['a', 'b', `t${i % 10}`],
      address: { street: `${i} Main St`, city: 'Springfield', zip: String(10000 + i) },
      created: new Date(1700000000000 + i),
    });
  }
  return {
    records,
    index: new Map(records.map((r) => [r.id, r.name])),
    seen: new Set(records.map((r) => `k${r.id}`)),
    bytes: new Uint8Array(64 * 1024).fill(7),
    matrix: Array.from({ length: 100 }, (_, i) => Array.from({ length: 100 }, (_, j) => i * j)),
  };
}
const a = build();
const b = build();

// A nested structure of about 100k nodes: objects five levels deep, ten
// children each, under arrays, with numbers, strings and booleans at the
// leaves.
function tree(depth, id) {
  if (depth === 0) return { id, label: `leaf ${id}`, on: (id & 1) === 0 };
  const children = [];
  for (let i = 0; i < 10; i++) children.push(tree(depth - 1, id * 10 + i));
  return { id, kind: 'node', children };
}
const treeA = tree(5, 1);
const treeB = tree(5, 1);
// Two separately allocated 8 MiB byte arrays of equal content.
const bigA = new Uint8Array(8 << 20);
const bigB = new Uint8Array(8 << 20);
for (let i = 0; i < bigA.length; i += 4096) bigA[i] = bigB[i] = i & 255;
const objSet1 = new Set(a.records.slice(0, 200));
const objSet2 = new Set(b.records.slice(0, 200).reverse());

const cases = [
  ['deepStrictEqual', () => assert.deepStrictEqual(a, b)],
  ['deepEqual', () => assert.deepEqual(a, b)],
  ['isDeepStrictEqual', () => util.isDeepStrictEqual(a, b)],
  ['records-array', () => assert.deepStrictEqual(a.records, b.records)],
  ['matrix', () => assert.deepStrictEqual(a.matrix, b.matrix)],
  ['map-set', () => { assert.deepStrictEqual(a.index, b.index); assert.deepStrictEqual(a.seen, b.seen); }],
  ['typed-array', () => assert.deepStrictEqual(a.bytes, b.bytes)],
  ['set-of-objects', () => assert.deepStrictEqual(objSet1, objSet2)],
  ['large-structure', () => assert.deepStrictEqual(treeA, treeB)],
  ['uint8array-8MiB', () => assert.deepStrictEqual(bigA, bigB)],
];

// CPU time (user + system, all threads) rather than wall time: on a shared
// machine the wall time of a round varies far more. With BENCH_STEADY=1 in
// the environment: the CPU time of the main thread alone, after a warm-up
// of two seconds, which leaves out the engine's JIT compiler and GC threads
// and the code that runs before the optimizing tiers are ready.
const steady = process.env.BENCH_STEADY === '1';
const { readFileSync } = require('fs');
function threadNs() {
  return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]);
}
function cpuStart() {
  return steady ? threadNs() : process.cpuUsage();
}
function cpuNs(start) {
  if (steady) return threadNs() - start;
  const d = process.cpuUsage(start);
  return (d.user + d.system) * 1000;
}

// Nanoseconds per call of run(): the best of 5 rounds of at least 30 ms of
// CPU time each, after a warm-up of as long (2 s with BENCH_STEADY=1).
function measure(run) {
  let calls = 0;
  let spent = 0;
  const warmUp = steady ? 2e9 : 3e7;
  for (let n = 1; spent < warmUp; n = steady ? Math.min(n * 2, 1 << 16) : n * 2) {
    const t = cpuStart();
    for (let i = 0; i < n; i++) run();
    spent += cpuNs(t);
    calls += n;
  }
  const n = Math.max(1, Math.ceil(3e7 / (spent / calls)));
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t = cpuStart();
    for (let i = 0; i < n; i++) run();
    best = Math.min(best, cpuNs(t) / n);
  }
  return best;
}

const filter = process.argv[2];
for (const [name, run] of cases) {
  if (filter && !name.includes(filter)) continue;
  const ns = measure(run);
  console.log(`${name.padEnd(20)} ${(ns / 1e6).toFixed(3).padStart(9)} ms`);
}
