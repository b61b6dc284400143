'use strict';
// finished() waits for writes still in flight after end(), and pipeline()
// calls back only after every stage it destroyed has closed, even when a
// destination is slow to destroy and several stages close before it.
const assert = require('assert');
const { Duplex, Writable, Readable, PassThrough, finished, pipeline } = require('stream');

let calls = 0;
process.on('exit', () => assert.strictEqual(calls, 3));

{
  let written = false;
  const stream = new Duplex({
    write(chunk, enc, cb) {
      setImmediate(() => {
        written = true;
        cb();
      });
    },
    read() {},
  });
  stream.end('foo');
  finished(stream, { readable: false }, (err) => {
    calls++;
    assert.strictEqual(err, undefined);
    assert.strictEqual(written, true);
    assert.strictEqual(stream._writableState.pendingcb, 0);
  });
}

function slowSink() {
  return new Writable({
    write(chunk, enc, cb) { cb(); },
    destroy(err, cb) { setImmediate(cb, err); },
  });
}

for (const middle of [0, 5]) {
  const src = new Readable({ read() {} });
  const dst = slowSink();
  const stages = [];
  for (let i = 0; i < middle; i++) stages.push(new PassThrough());
  pipeline(src, ...stages, dst, (err) => {
    calls++;
    assert.strictEqual(err.message, 'problem');
    assert.strictEqual(src.closed, true);
    assert.strictEqual(dst.closed, true);
    for (const s of stages) assert.strictEqual(s.closed, true);
  });
  src.destroy(new Error('problem'));
}
