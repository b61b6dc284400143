'use strict';
// An error on the destination unpipes it from the source (which is left
// alone); the error still reaches the destination's own listeners.
const assert = require('assert');
const { Readable, Writable } = require('stream');

const log = [];
const src = new Readable({ read() {} });
const dest = new Writable({
  write(chunk, enc, cb) {
    log.push(`write ${chunk}`);
    cb(new Error('write failed'));
  },
});
dest.on('unpipe', () => log.push('unpipe'));
dest.on('error', (err) => log.push(`dest error ${err.message}`));
dest.on('close', () => log.push('dest close'));
src.on('close', () => log.push('src close'));
src.pipe(dest);
src.push('x');
setImmediate(() => {
  log.push(`src destroyed=${src.destroyed} pipes=${src._readableState.pipes.length}`);
  log.push(`src flowing=${src.readableFlowing}`);
});

// With no 'error' listener of its own, the destination's error is thrown.
const src2 = new Readable({ read() {} });
const dest2 = new Writable({ write(c, e, cb) { cb(new Error('unheard')); } });
src2.pipe(dest2);
src2.push('y');
process.on('uncaughtException', (err) => log.push(`uncaught ${err.message}`));

// Piping from a Writable is an error.
const w = new Writable();
w.on('error', (err) => log.push(`w error ${err.code} ${err.message}`));
w.pipe(new Writable());

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'write x', 'w error ERR_STREAM_CANNOT_PIPE Cannot pipe, not readable', 'unpipe',
    'dest error write failed', 'dest close', 'uncaught unheard', 'src destroyed=false pipes=0',
    'src flowing=false',
  ]);
});
