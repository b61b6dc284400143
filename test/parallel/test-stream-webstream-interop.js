'use strict';
// node:stream's helpers on web streams: finished() on a ReadableStream,
// pipeline() from a ReadableStream into a Writable, from a Readable into a
// WritableStream and through a TransformStream, addAbortSignal() erroring
// a ReadableStream, isDisturbed/isErrored/isReadable.
const assert = require('assert');
const { finished, addAbortSignal, Readable, Writable, isDisturbed, isErrored, isReadable } =
  require('stream');
const { pipeline } = require('stream/promises');

const log = [];

async function main() {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  finished(rs, (err) => log.push(`rs finished ${err}`));
  log.push(`disturbed before ${isDisturbed(rs)}`);
  const got = [];
  await pipeline(rs, new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }));
  log.push(`web -> node ${got.join(',')} disturbed ${isDisturbed(rs)}`);

  const out = [];
  await pipeline(Readable.from(['x', 'y']), new WritableStream({ write(c) { out.push(c); } }));
  log.push(`node -> web ${out.join(',')}`);

  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const out2 = [];
  await pipeline(Readable.from(['p', 'q']), upper,
                 new Writable({ objectMode: true, write(c, e, cb) { out2.push(c); cb(); } }));
  log.push(`through TransformStream ${out2.join(',')}`);

  const ac = new AbortController();
  const rs2 = new ReadableStream({ pull() {} });
  assert.strictEqual(addAbortSignal(ac.signal, rs2), rs2);
  ac.abort();
  try {
    await rs2.getReader().read();
  } catch (err) {
    log.push(`aborted ${err.name}`);
  }
  log.push(`errored ${isErrored(rs2)} readable ${isReadable(rs2)}`);
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'disturbed before false', 'rs finished undefined', 'web -> node a,b disturbed true',
    'node -> web x,y', 'through TransformStream P,Q', 'aborted AbortError',
    'errored true readable false', 'main done',
  ]);
});
