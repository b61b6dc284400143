'use strict';
// node:stream hot paths, in nanoseconds per chunk (best of 5 rounds after a
// warm-up round), one line per case:
//
//   node bench/stream/throughput.js          every case
//   node bench/stream/throughput.js pipe     the cases whose name contains "pipe"
//
// Compare runtimes by running the same file under each.
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');

const chunk1k = Buffer.alloc(1024, 'a');
const chunk16k = Buffer.alloc(16 * 1024, 'b');

function source(n, chunk) {
  let i = 0;
  return new Readable({
    read() {
      for (;;) {
        if (i++ >= n) {
          this.push(null);
          return;
        }
        if (!this.push(chunk)) return;
      }
    },
  });
}

function sink(onDone) {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', onDone);
  return w;
}

const cases = [
  ['flowing-data-1k', 2e5, (n, done) => {
    const r = source(n, chunk1k);
    r.on('data', () => {});
    r.on('end', done);
  }],
  ['paused-read-1k', 2e5, (n, done) => {
    const r = source(n, chunk1k);
    r.on('readable', () => { while (r.read() !== null); });
    r.on('end', done);
  }],
  ['write-sync-1k', 5e5, (n, done) => {
    const w = sink(done);
    for (let i = 0; i < n; i++) w.write(chunk1k);
    w.end();
  }],
  ['write-cb-1k', 2e5, (n, done) => {
    const w = sink(done);
    const cb = () => {};
    for (let i = 0; i < n; i++) w.write(chunk1k, cb);
    w.end();
  }],
  ['pipe-16k', 1e5, (n, done) => {
    source(n, chunk16k).pipe(sink(done));
  }],
  ['pipe-passthrough-16k', 1e5, (n, done) => {
    source(n, chunk16k).pipe(new PassThrough()).pipe(sink(done));
  }],
  ['pipeline-transform-obj', 1e5, (n, done) => {
    const items = [];
    for (let i = 0; i < n; i++) items.push({ i });
    pipeline(
      Readable.from(items),
      new Transform({ objectMode: true, transform(o, e, cb) { cb(null, o.i); } }),
      new Writable({ objectMode: true, write(o, e, cb) { cb(); } }),
      done);
  }],
  ['async-iterator-1k', 1e5, (n, done) => {
    (async () => {
      for await (const c of source(n, chunk1k)) void c;
    })().then(done);
  }],
  ['read-n-bytes', 2e5, (n, done) => {
    const r = new Readable({ read() {} });
    let left = n;
    r.on('readable', () => {
      while (left > 0 && r.read(100) !== null) left--;
      if (left === 0) done();
    });
    for (let i = 0; i < (n * 100) / 1024 + 1; i++) r.push(chunk1k);
  }],
];

const filter = process.argv[2];

async function main() {
  for (const [name, n, run] of cases) {
    if (filter && !name.includes(filter)) continue;
    await new Promise((resolve) => run(n / 10, resolve));
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const t = process.hrtime.bigint();
      await new Promise((resolve) => run(n, resolve));
      best = Math.min(best, Number(process.hrtime.bigint() - t) / n);
    }
    console.log(`${name.padEnd(24)} ${best.toFixed(1).padStart(8)} ns/chunk`);
  }
}
main();
