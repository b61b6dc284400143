'use strict';
// The legacy Stream class: an EventEmitter whose pipe() forwards 'data'
// to write(), pauses the source when write() returns false, resumes it on
// 'drain' and ends the destination on 'end'.
const assert = require('assert');
const EventEmitter = require('events');
const Stream = require('stream');

const log = [];
assert.strictEqual(Stream.Stream, Stream);
assert.ok(new Stream() instanceof EventEmitter);
assert.strictEqual(Object.getPrototypeOf(Stream.Readable.prototype), Stream.prototype);

const source = new Stream();
source.readable = true;
source.pause = () => log.push('source pause');
source.resume = () => log.push('source resume');
const dest = new Stream();
dest.writable = true;
let full = true;
dest.write = (chunk) => {
  log.push(`write ${chunk}`);
  return !full;
};
dest.end = () => log.push('dest end');
dest.on('pipe', (src) => log.push(`pipe ${src === source}`));
assert.strictEqual(source.pipe(dest), dest);
source.emit('data', 'a');
full = false;
dest.emit('drain');
source.emit('data', 'b');
source.emit('end');
source.emit('data', 'after end');   // unpiped: not written
log.push(`listeners ${source.listenerCount('data')}`);

// An error with no other listener is rethrown as an 'error' event.
const s2 = new Stream();
const d2 = new Stream();
d2.writable = true;
d2.write = () => true;
s2.pipe(d2);
assert.throws(() => s2.emit('error', new Error('legacy error')), /legacy error/);

// close before end destroys the destination.
const s3 = new Stream();
const d3 = new Stream();
d3.writable = true;
d3.write = () => true;
d3.destroy = () => log.push('d3 destroy');
s3.pipe(d3);
s3.emit('close');

// A Readable pipes into a legacy writable.
const r = Stream.Readable.from(['x', 'y'], { objectMode: true });
const sink = new Stream();
sink.writable = true;
sink.write = (c) => { log.push(`sink ${c}`); return true; };
sink.end = () => log.push('sink end');
r.pipe(sink);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'pipe true', 'write a', 'source pause', 'source resume', 'write b', 'dest end', 'listeners 0',
    'd3 destroy', 'sink x', 'sink y', 'sink end',
  ]);
});
