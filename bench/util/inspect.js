'use strict';
// util.inspect and util.format on ordinary data, in microseconds per call,
// best of 5 rounds of CPU time after a warm-up, one line per case:
//
//   RUNTIME bench/util/inspect.js [filter]
//
// bench/util/run.sh runs it on kiln and node and prints the ratios.
const util = require('util');

// A medium object: what a program logs (a parsed JSON response with nesting,
// arrays, dates, a Map, a class instance, a Buffer).
class User {
  constructor(id) {
    this.id = id;
    this.name = `user${id}`;
    this.email = `user${id}@example.com`;
    this.roles = ['reader', id % 3 === 0 ? 'admin' : 'writer'];
  }
}
const medium = {
  status: 200,
  ok: true,
  url: 'https://api.example.com/v1/users?page=2',
  headers: { 'content-type': 'application/json', 'x-request-id': 'a1b2c3d4', 'cache-control': 'no-cache' },
  created: new Date(0),
  users: Array.from({ length: 8 }, (_, i) => new User(i)),
  tags: new Map([['red', 1], ['green', 2], ['blue', 3]]),
  ids: new Set([1, 2, 3, 5, 8, 13]),
  matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
  nested: { a: { b: { c: { d: { e: 'deep' } } } } },
  bytes: Buffer.from('hello world'),
  fn: function handler() {},
  sym: Symbol('token'),
  big: 12345678901234567890n,
  nothing: null,
  undef: undefined,
};
const array = Array.from({ length: 200 }, (_, i) => i * 1.5);
const strings = Array.from({ length: 50 }, (_, i) => `item number ${i} with 'quotes'`);

let sink = 0;
const cases = [
  ['inspect-medium', () => util.inspect(medium)],
  ['inspect-medium-depth', () => util.inspect(medium, { depth: Infinity, breakLength: 120 })],
  ['inspect-colors', () => util.inspect(medium, { colors: true })],
  ['inspect-numbers', () => util.inspect(array)],
  ['inspect-strings', () => util.inspect(strings)],
  ['inspect-small', () => util.inspect({ a: 1, b: 'two', c: [3] })],
  ['format', () => util.format('%s: %d items, %j', 'list', 42, { x: 1 })],
  ['format-object', () => util.format('value', medium.headers, medium.matrix)],
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
  const ns = measure(() => { sink += run().length; });
  console.log(`${name.padEnd(22)} ${(ns / 1000).toFixed(2).padStart(9)} us`);
}
