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

const syncOps = {
  'statSync': [50000, () => fs.statSync(small)],
  'existsSync': [50000, () => fs.existsSync(small)],
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
};

function finish(ms) {
  fs.rmSync(dir, { recursive: true });
  console.log(ms.toFixed(2));
}

if (syncOps[op]) {
  const [n, fn] = syncOps[op];
  for (let i = 0; i < n / 10; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  finish(Number(process.hrtime.bigint() - start) / 1e6);
} else if (asyncOps[op]) {
  const [n, fn] = asyncOps[op];
  let i = 0;
  let start;
  const warm = n / 10;
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
