'use strict';
// One node:fs workload, named by the first argument; prints the
// milliseconds of its timed loop (after a warm-up, so start-up is not
// counted) for run.sh. Files live in a temporary directory removed at the
// end.
const fs = require('fs');
const os = require('os');
const path = require('path');

const op = process.argv[2];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-fs-'));
const small = path.join(dir, 'small');
const big = path.join(dir, 'big');
fs.writeFileSync(small, 'x'.repeat(100));
fs.writeFileSync(big, Buffer.alloc(1 << 20, 'a'));
for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, `entry${i}`), '');

// Files only some workloads need, made by them before the clock starts.
const file4k = path.join(dir, 'f4k');
const file10m = path.join(dir, 'f10m');
const data4k = Buffer.alloc(4096, 'k');
const data10m = Buffer.alloc(10 << 20, 'm');
const data1m = Buffer.alloc(1 << 20, 'r');
const manyDir = path.join(dir, 'many');
const hugeFile = path.join(dir, 'huge');
// 200 MiB of 'z', and the SHA-256 the hash workload must find.
let hugeDigest;
function makeHuge() {
  const fd = fs.openSync(hugeFile, 'w');
  const chunk = Buffer.alloc(8 << 20, 'z');
  const hash = require('crypto').createHash('sha256');
  for (let i = 0; i < 25; i++) {
    fs.writeSync(fd, chunk);
    hash.update(chunk);
  }
  fs.closeSync(fd);
  hugeDigest = hash.digest('hex');
}

const setup = {
  'readFileSync-4k': () => fs.writeFileSync(file4k, data4k),
  'readFileSync-10m': () => fs.writeFileSync(file10m, data10m),
  'rewriteFileSync-1m': () => fs.writeFileSync(path.join(dir, 'rw'), data1m),
  'readdirSync-10k': () => {
    fs.mkdirSync(manyDir);
    for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(manyDir, `entry-with-a-longer-name-${i}`), '');
  },
  'promises.readFile-1000-at-once': () => {
    fs.mkdirSync(manyDir);
    for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(manyDir, `f${i}`), `file ${i}\n`.repeat(20));
  },
  'createReadStream-200m': () => makeHuge(),
  'createReadStream-200m-hash': () => makeHuge(),
};
if (setup[op]) setup[op]();

const syncOps = {
  'statSync': [100000, () => fs.statSync(small)],
  'existsSync': [100000, () => fs.existsSync(small)],
  'existsSync-missing': [100000, () => fs.existsSync(path.join(dir, 'missing'))],
  'readFileSync-4k': [20000, () => fs.readFileSync(file4k)],
  'readFileSync-10m': [30, () => fs.readFileSync(file10m)],
  'writeFileSync-4k': [5000, () => fs.writeFileSync(path.join(dir, 'w4k'), data4k)],
  'writeFileSync-10m': [20, () => fs.writeFileSync(path.join(dir, 'w10m'), data10m)],
  // The same 1 MiB file written over again (the Bun comparison).
  'rewriteFileSync-1m': [300, () => fs.writeFileSync(path.join(dir, 'rw'), data1m)],
  'readdirSync-10k': [50, () => fs.readdirSync(manyDir)],
  'readFileSync-utf8-100': [30000, () => fs.readFileSync(small, 'utf8')],
  'readFileSync-buffer-100': [30000, () => fs.readFileSync(small)],
  'readFileSync-1m': [300, () => fs.readFileSync(big)],
  'writeFileSync-100': [5000, () => fs.writeFileSync(path.join(dir, 'w'), 'y'.repeat(100))],
  'readdirSync-100': [5000, () => fs.readdirSync(dir)],
  'readdirSync-types-100': [5000, () => fs.readdirSync(dir, { withFileTypes: true })],
  'open-read-close': [20000, () => {
    const fd = fs.openSync(small, 'r');
    fs.readSync(fd, Buffer.alloc(100), 0, 100, 0);
    fs.closeSync(fd);
  }],
};

const asyncOps = {
  'readFile-100': [10000, (cb) => fs.readFile(small, cb)],
  'stat': [20000, (cb) => fs.stat(small, cb)],
  'promises.readFile-100': [10000, (cb) => fs.promises.readFile(small).then(() => cb(), cb)],
  // 1000 small files read at once, 10 times over.
  'promises.readFile-1000-at-once': [10, (cb) => {
    const all = [];
    for (let i = 0; i < 1000; i++) all.push(fs.promises.readFile(path.join(manyDir, `f${i}`)));
    Promise.all(all).then(() => cb(), cb);
  }],
  // 200 MiB through a ReadStream into a hash, as the issue names it
  // (OpenSSL's SHA-256 on both runtimes), and the bytes alone.
  'createReadStream-200m-hash': [2, (cb) => {
    const hash = require('crypto').createHash('sha256');
    fs.createReadStream(hugeFile)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', cb)
      .on('end', () => cb(hash.digest('hex') === hugeDigest ? null : new Error('wrong digest')));
  }],
  'createReadStream-200m': [2, (cb) => {
    let n = 0;
    fs.createReadStream(hugeFile)
      .on('data', (chunk) => { n += chunk.length; })
      .on('error', cb)
      .on('end', () => cb(n === 200 << 20 ? null : new Error(`read ${n} bytes`)));
  }],
};

function finish(ms) {
  fs.rmSync(dir, { recursive: true });
  console.log(ms.toFixed(2));
}

if (syncOps[op]) {
  const [n, fn] = syncOps[op];
  for (let i = 0; i < Math.max(n / 10, 1); i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  finish(Number(process.hrtime.bigint() - start) / 1e6);
} else if (asyncOps[op]) {
  const [n, fn] = asyncOps[op];
  let i = 0;
  let start;
  const warm = Math.ceil(n / 10);
  const next = (err) => {
    if (err) throw err;
    if (i === warm) start = process.hrtime.bigint();
    if (i++ === n + warm) {
      finish(Number(process.hrtime.bigint() - start) / 1e6);
      return;
    }
    fn(next);
  };
  next();
} else {
  fs.rmSync(dir, { recursive: true });
  throw new Error(`unknown workload ${op}`);
}
