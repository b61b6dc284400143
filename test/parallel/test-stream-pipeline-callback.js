'use strict';
// stream.pipeline(...streams, callback): data flows through every stage,
// the callback runs once after the last stage finished; an error in any
// stage destroys all of them and reaches the callback; the last stream is
// returned.
const assert = require('assert');
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');

const log = [];
const upper = () => new Transform({
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
});

const src = Readable.from(['a', 'b', 'c'], { objectMode: false });
const got = [];
const sink = new Writable({
  write(chunk, enc, cb) {
    got.push(String(chunk));
    cb();
  },
});
const ret = pipeline(src, upper(), new PassThrough(), sink, (err, val) => {
  log.push(`done err=${err} val=${val} got=${got.join('')} sink finished=${sink.writableFinished}`);
});
assert.strictEqual(ret, sink);

// A failing middle stage destroys the others.
const s2 = new Readable({ read() {} });
const bad = new Transform({
  transform(chunk, enc, cb) { cb(new Error('stage failed')); },
});
const w2 = new Writable({ write(c, e, cb) { cb(); } });
for (const [n, s] of [['s2', s2], ['bad', bad], ['w2', w2]]) {
  s.on('close', () => log.push(`${n} close destroyed=${s.destroyed}`));
}
pipeline(s2, bad, w2, (err) => log.push(`pipeline 2 ${err.message}`));
s2.push('x');

// A destination destroyed early: premature close.
const s3 = new Readable({ read() {} });
const w3 = new Writable({ write(c, e, cb) { cb(); } });
pipeline(s3, w3, (err) => log.push(`pipeline 3 ${err.code} s3 destroyed=${s3.destroyed}`));
setImmediate(() => w3.destroy());

// The callback must be a function; at least two streams.
assert.throws(() => pipeline(new PassThrough(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "streams\[stream\.length - 1\]" property must be of type function/,
});
assert.throws(() => pipeline(new PassThrough(), () => {}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "streams" argument must be specified',
});
// An array of streams works too.
const arr = [Readable.from(['q']), new PassThrough({ objectMode: true }),
  new Writable({ objectMode: true, write(c, e, cb) { log.push(`array got ${c}`); cb(); } })];
pipeline(arr, (err) => log.push(`array done ${err}`));

// A destroyed destination cannot be piped to.
const gone = new PassThrough();
gone.destroy();
assert.throws(() => pipeline(Readable.from(['x']), gone, () => {}), {
  code: 'ERR_STREAM_UNABLE_TO_PIPE',
  message: 'Cannot pipe to a closed or destroyed stream',
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'array got q', 'bad close destroyed=true', 's2 close destroyed=true',
    'w2 close destroyed=true', 'pipeline 2 stage failed',
    'done err=undefined val=undefined got=ABC sink finished=true', 'array done undefined',
    'pipeline 3 ERR_STREAM_PREMATURE_CLOSE s3 destroyed=true',
  ]);
});
