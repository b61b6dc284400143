'use strict';
// readable.wrap(oldStream) and Readable.wrap(): an old-style stream (just
// 'data' and 'end' events, pause/resume) as a Readable; backpressure
// pauses the old stream, destroying the wrapper destroys it.
const assert = require('assert');
const EventEmitter = require('events');
const { Readable } = require('stream');

const log = [];

const old = new EventEmitter();
old.pause = () => log.push('old pause');
old.resume = () => log.push('old resume');
old.custom = function() { return this === old; };
const r = new Readable({ highWaterMark: 2 }).wrap(old);
assert.strictEqual(r.custom(), true);
// Every own method the wrapper lacks is bound to the old stream, the
// first one included.
const plain = { first() { return this; }, on() { return this; } };
const wp = new Readable().wrap(plain);
assert.strictEqual(wp.first(), plain);
assert.notStrictEqual(wp.on, plain.on);
r.on('readable', () => {
  let c;
  while ((c = r.read()) !== null) log.push(`read ${c}`);
});
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));
old.emit('data', Buffer.from('abc'));
old.emit('data', Buffer.from('d'));
setImmediate(() => {
  old.emit('data', Buffer.from('e'));
  old.emit('end');
});

// Errors of the old stream destroy the wrapper.
const old2 = new EventEmitter();
const w2 = Readable.wrap(old2);
assert.strictEqual(w2.readableObjectMode, true);
w2.on('error', (err) => log.push(`w2 error ${err.message}`));
w2.on('close', () => log.push('w2 close'));
old2.emit('error', new Error('old failed'));

// Readable.wrap destroys the source with the wrapper.
const old3 = new EventEmitter();
old3.destroy = (err) => log.push(`old3 destroy ${err && err.message}`);
const w3 = Readable.wrap(old3, { objectMode: false });
assert.strictEqual(w3.readableObjectMode, false);
w3.on('error', () => {});
w3.destroy(new Error('stop'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'old pause', 'old pause', 'old3 destroy stop', 'old resume', 'read abcd',
    'w2 error old failed', 'w2 close', 'read e', 'end', 'close',
  ]);
});
