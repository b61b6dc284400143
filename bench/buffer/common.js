'use strict';
// Shared by the bench/buffer workloads: input data made the same way on
// every runtime, and a timer that prints `<ms>` (the time of the timed
// loop only, after a warm-up) for run.sh to collect.

// Deterministic pseudo-random bytes (xorshift32), so both runtimes see
// the same input.
function bytes(n, seed = 1) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

// Text of n characters, mostly ASCII letters with some accented ones
// (`mixed`), or ASCII only.
function text(n, mixed = false) {
  const r = bytes(n, 7);
  let s = '';
  for (let i = 0; i < n; i++) {
    const v = r[i];
    s += mixed && v < 16 ? 'é' : String.fromCharCode(0x61 + (v % 26));
  }
  return s;
}

// A string to decode in `enc`, whose decoded size is about n bytes.
function encoded(n, enc) {
  if (enc === 'utf8') return text(n);
  if (enc === 'latin1') return text(n, true);
  return bytes(n).toString(enc);
}

// Iterations so that each run handles about `total` bytes, within limits.
function iterations(size, total = 64 * 1024 * 1024, max = 2e6) {
  return Math.max(4, Math.min(max, Math.floor(total / size)));
}

function parseSize(s) {
  const m = /^(\d+)(k|m)?$/i.exec(s);
  if (!m) throw new Error(`bad size ${s}`);
  return +m[1] * (m[2] ? (m[2].toLowerCase() === 'k' ? 1024 : 1024 * 1024) : 1);
}

let sink;
// Runs fn(i) for n iterations after a warm-up of a tenth of them, and
// prints the milliseconds the timed part took: wall-clock time, or with
// BENCH_CLOCK=cpu the process's CPU time (user + system, all threads),
// which a machine busy with other work disturbs far less.
function time(n, fn) {
  const warm = Math.max(1, Math.floor(n / 10));
  for (let i = 0; i < warm; i++) sink = fn(i);
  const cpu = process.env.BENCH_CLOCK === 'cpu';
  const t0 = process.hrtime();
  const c0 = cpu ? process.cpuUsage() : undefined;
  for (let i = 0; i < n; i++) sink = fn(i);
  if (cpu) {
    const c = process.cpuUsage(c0);
    console.log(((c.user + c.system) / 1e3).toFixed(3));
  } else {
    const [s, ns] = process.hrtime(t0);
    console.log((s * 1e3 + ns / 1e6).toFixed(3));
  }
  return sink;
}

module.exports = { bytes, text, encoded, iterations, parseSize, time };
