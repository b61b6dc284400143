'use strict';
// node:stream and web streams moving a lot of data, one line per case with
// two figures: `early`, the best of rounds 2 to 6 (what a program that
// streams for a fraction of a second sees, the JIT still warming up), and
// `steady`, the median of the last 10 of up to 40 rounds or 3 seconds
// (what a long-running server sees). JavaScriptCore tiers up later than V8,
// so the two can differ by 2x on kiln and hardly on node. A gigabyte in
// 64 KiB chunks is only 16384 chunks, a few milliseconds a round.
//
//   pipeline-1g      1 GiB in 64 KiB chunks: Readable -> Transform -> Writable
//                    through stream.pipeline
//   objects-1m       1M small objects in object mode through the same chain
//   async-iter-1g    1 GiB in 64 KiB chunks read with for await from a Readable
//   async-iter-1m    1M 1 KiB chunks read with for await (per-chunk overhead)
//   web-1g           1 GiB in 64 KiB chunks from a web ReadableStream through
//                    a reader
//   web-pipe-1g      1 GiB from a ReadableStream piped (pipeTo) into a
//                    WritableStream
//
//   node bench/stream/bulk.js            every case
//   node bench/stream/bulk.js web        the cases whose name contains "web"
//
// Compare runtimes by running the same file under each.
const { Readable, Transform, Writable, pipeline } = require('stream');

const kChunk = 64 * 1024;
const kGiB = 1024 * 1024 * 1024;
const chunk64k = Buffer.alloc(kChunk, 'z');
const chunk1k = Buffer.alloc(1024, 'y');

function chunkSource(count, chunk) {
  let left = count;
  return new Readable({
    highWaterMark: chunk.length * 4,
    read() {
      while (left > 0) {
        left--;
        if (!this.push(chunk)) return;
      }
      this.push(null);
    },
  });
}

const cases = [
  ['pipeline-1g', kGiB, 'MiB/s', (bytes, done) => {
    let seen = 0;
    pipeline(
      chunkSource(bytes / kChunk, chunk64k),
      new Transform({ transform(chunk, encoding, cb) { cb(null, chunk); } }),
      new Writable({ write(chunk, encoding, cb) { seen += chunk.length; cb(); } }),
      (err) => {
        if (err) throw err;
        if (seen !== bytes) throw new Error(`moved ${seen} of ${bytes}`);
        done();
      });
  }],
  ['objects-1m', 1e6, 'Mobj/s', (count, done) => {
    let i = 0;
    let seen = 0;
    pipeline(
      new Readable({
        objectMode: true,
        read() {
          while (i < count) {
            if (!this.push({ id: i++, name: 'item' })) return;
          }
          this.push(null);
        },
      }),
      new Transform({ objectMode: true, transform(o, encoding, cb) { cb(null, o.id); } }),
      new Writable({ objectMode: true, write(id, encoding, cb) { seen++; cb(); } }),
      (err) => {
        if (err) throw err;
        if (seen !== count) throw new Error(`moved ${seen} of ${count}`);
        done();
      });
  }],
  ['async-iter-1g', kGiB, 'MiB/s', (bytes, done) => {
    (async () => {
      let seen = 0;
      for await (const chunk of chunkSource(bytes / kChunk, chunk64k)) seen += chunk.length;
      if (seen !== bytes) throw new Error(`moved ${seen} of ${bytes}`);
    })().then(done);
  }],
  ['async-iter-1m', 1e6, 'Mchunk/s', (count, done) => {
    (async () => {
      let seen = 0;
      for await (const chunk of chunkSource(count, chunk1k)) seen += chunk.length;
      if (seen !== count * 1024) throw new Error(`moved ${seen}`);
    })().then(done);
  }],
  ['web-1g', kGiB, 'MiB/s', (bytes, done) => {
    let left = bytes / kChunk;
    const chunk = new Uint8Array(kChunk);
    const stream = new ReadableStream({
      pull(controller) {
        if (left-- > 0) controller.enqueue(chunk);
        else controller.close();
      },
    }, { highWaterMark: 4 });
    (async () => {
      const reader = stream.getReader();
      let seen = 0;
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        seen += value.length;
      }
      if (seen !== bytes) throw new Error(`moved ${seen} of ${bytes}`);
    })().then(done);
  }],
  ['web-pipe-1g', kGiB, 'MiB/s', (bytes, done) => {
    let left = bytes / kChunk;
    let seen = 0;
    const chunk = new Uint8Array(kChunk);
    new ReadableStream({
      pull(controller) {
        if (left-- > 0) controller.enqueue(chunk);
        else controller.close();
      },
    }, { highWaterMark: 4 }).pipeTo(new WritableStream({
      write(c) { seen += c.length; },
    })).then(() => {
      if (seen !== bytes) throw new Error(`moved ${seen} of ${bytes}`);
      done();
    });
  }],
];

const filter = process.argv[2];

async function main() {
  for (const [name, size, unit, run] of cases) {
    if (filter && !name.includes(filter)) continue;
    const times = [];
    const start = process.hrtime.bigint();
    while (times.length < 40 && (times.length < 16 || Number(process.hrtime.bigint() - start) < 3e9)) {
      const t = process.hrtime.bigint();
      await new Promise((resolve) => run(size, resolve));
      times.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
    const early = Math.min(...times.slice(1, 6));
    const last = times.slice(-10).sort((a, b) => a - b);
    const steady = (last[4] + last[5]) / 2;
    const amount = unit === 'MiB/s' ? size / (1024 * 1024) : size / 1e6;
    const show = (seconds) => (amount / seconds).toFixed(unit === 'MiB/s' ? 0 : 2).padStart(9);
    console.log(`${name.padEnd(16)} early ${show(early)}  steady ${show(steady)} ${unit}`);
  }
}
main();
