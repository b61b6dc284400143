'use strict';
// Writable's errors and their messages: write after end, null chunks,
// chunks of the wrong type, unknown encodings, writing to a destroyed
// stream, a callback called twice, _write not implemented.
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => log.push(`w error ${err.code}: ${err.message}`));
w.on('close', () => log.push('w close'));
w.end();
assert.strictEqual(w.write('x', (err) => log.push(`write cb ${err.code}`)), false);

assert.throws(() => new Writable().write(null), {
  name: 'TypeError',
  code: 'ERR_STREAM_NULL_VALUES',
  message: 'May not write null values to stream',
});
assert.throws(() => new Writable({ objectMode: true }).write(null), { code: 'ERR_STREAM_NULL_VALUES' });
assert.throws(() => new Writable().write(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (5)',
});
assert.throws(() => new Writable().write({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Writable().write('x', 'nope'), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: nope',
});
assert.throws(() => new Writable({ defaultEncoding: 'nope' }), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => new Writable().setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });

const d = new Writable({ write(c, e, cb) { cb(); } });
d.on('error', () => log.push('d error event'));
d.destroy();
assert.strictEqual(d.write('x', (err) => log.push(`d cb ${err.code}: ${err.message}`)), false);

const m = new Writable({ write(c, e, cb) { cb(); cb(); } });
m.on('error', (err) => log.push(`m error ${err.code}: ${err.message}`));
m.write('x');

assert.throws(() => new Writable().write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The _write() method is not implemented',
});

// A write error: the callback gets it, then 'error', then 'close'.
const f = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
f.on('error', (err) => log.push(`f error ${err.message}`));
f.on('close', () => log.push('f close'));
f.write('x', (err) => log.push(`f cb ${err.message}`));
f.write('y', (err) => log.push(`f cb2 ${err && err.message}`));
assert.strictEqual(f.writable, false);

// end() twice and end() after finish.
const e = new Writable({ write(c, enc, cb) { cb(); } });
e.end();
e.on('finish', () => {
  e.end((err) => log.push(`e end after finish ${err.code}: ${err.message}`));
});
e.on('error', (err) => log.push(`e error ${err.code}`));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'write cb ERR_STREAM_WRITE_AFTER_END', 'w error ERR_STREAM_WRITE_AFTER_END: write after end',
    'w close', 'd cb ERR_STREAM_DESTROYED: Cannot call write after a stream was destroyed',
    'm error ERR_MULTIPLE_CALLBACK: Callback called multiple times', 'f cb disk full',
    'f cb2 disk full', 'f error disk full', 'f close',
    'e end after finish ERR_STREAM_ALREADY_FINISHED: Cannot call end after a stream was finished',
  ]);
});
