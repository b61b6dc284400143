'use strict';
// for await over a Readable: chunks in order, then done; an error
// rejects the loop; leaving the loop early destroys the stream, unless
// iterator({ destroyOnReturn: false }) asked to keep it.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

async function main() {
  const r = Readable.from(['a', 'b', 'c'], { objectMode: true });
  for await (const chunk of r) log.push(`chunk ${chunk}`);
  log.push(`done destroyed=${r.destroyed}`);

  // Chunks pushed later arrive as they come.
  const slow = new Readable({ read() {} });
  setImmediate(() => {
    slow.push('x');
    setImmediate(() => {
      slow.push('y');
      slow.push(null);
    });
  });
  const got = [];
  for await (const chunk of slow) got.push(String(chunk));
  log.push(`slow ${got.join(',')}`);

  // An error.
  const bad = new Readable({ read() {} });
  bad.push('ok');
  setImmediate(() => bad.destroy(new Error('bad')));
  try {
    for await (const chunk of bad) log.push(`bad chunk ${chunk}`);
  } catch (err) {
    log.push(`bad error ${err.message}`);
  }

  // break destroys.
  const br = Readable.from([1, 2, 3]);
  br.on('close', () => log.push('br close'));
  for await (const v of br) {
    log.push(`br ${v}`);
    break;
  }
  log.push(`br destroyed=${br.destroyed}`);

  // destroyOnReturn: false keeps the stream for a second loop.
  const keep = Readable.from([1, 2, 3, 4]);
  for await (const v of keep.iterator({ destroyOnReturn: false })) {
    log.push(`keep ${v}`);
    if (v === 2) break;
  }
  log.push(`keep destroyed=${keep.destroyed}`);
  for await (const v of keep) log.push(`keep again ${v}`);

  // A throw in the loop body destroys the stream with no error event.
  const th = Readable.from([1, 2]);
  th.on('error', () => log.push('th error event'));
  try {
    for await (const v of th) throw new Error(`body ${v}`);
  } catch (err) {
    log.push(`th ${err.message} destroyed=${th.destroyed}`);
  }

  // iterator() validates its options.
  assert.throws(() => new Readable().iterator(5), { code: 'ERR_INVALID_ARG_TYPE' });

  // A premature close ends the loop with ERR_STREAM_PREMATURE_CLOSE.
  const pc = new Readable({ read() {} });
  setImmediate(() => pc.destroy());
  try {
    for await (const v of pc) log.push(`pc ${v}`);
  } catch (err) {
    log.push(`pc ${err.code}`);
  }

  // Bytes mode yields the chunks as they were queued.
  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('cd');
  bytes.push(null);
  const parts = [];
  for await (const chunk of bytes) parts.push(chunk.toString());
  log.push(`bytes ${parts.join('|')}`);
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'chunk a', 'chunk b', 'chunk c', 'done destroyed=true', 'slow x,y', 'bad chunk ok',
    'bad error bad', 'br 1', 'br destroyed=true', 'keep 1', 'keep 2', 'keep destroyed=false',
    'keep again 3', 'keep again 4', 'br close', 'th body 1 destroyed=true', 'th error event',
    'pc ERR_STREAM_PREMATURE_CLOSE', 'bytes abcd', 'main done',
  ]);
});
