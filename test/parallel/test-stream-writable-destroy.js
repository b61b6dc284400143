'use strict';
// destroy() on a Writable: buffered writes and end() callbacks fail with
// ERR_STREAM_DESTROYED (or the destroy error) once the write in progress
// is over; 'error' then 'close'; no 'finish'.
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push(`_write ${chunk}`);
    setImmediate(() => {
      log.push(`_write ${chunk} done`);
      cb();
    });
  },
});
w.on('finish', () => log.push('finish'));
w.on('close', () => log.push('close'));
w.on('error', (err) => log.push(`error ${err.message}`));
w.write('a', (err) => log.push(`cb a ${err && err.code}`));
w.write('b', (err) => log.push(`cb b ${err && err.code}`));
w.end((err) => log.push(`end cb ${err && err.code}`));
w.destroy();
log.push(`destroyed ${w.destroyed} writable ${w.writable}`);

const e = new Writable({ write(c, enc, cb) { setImmediate(cb); } });
e.on('error', (err) => log.push(`e error ${err.message}`));
e.on('close', () => log.push('e close'));
e.write('a', (err) => log.push(`e cb a ${err && err.message}`));
e.write('b', (err) => log.push(`e cb b ${err && err.message}`));
e.destroy(new Error('gone'));

// destroy() from inside _write.
const i = new Writable({
  write(chunk, enc, cb) {
    this.destroy(new Error('inside'));
    cb();
  },
});
i.on('error', (err) => log.push(`i error ${err.message}`));
i.on('close', () => log.push('i close'));
i.write('x', (err) => log.push(`i cb ${err && err.message}`));

// _destroy of a Writable.
const c = new Writable({
  write(chunk, enc, cb) { cb(); },
  destroy(err, cb) {
    log.push(`c _destroy ${err && err.message}`);
    cb(err);
  },
});
c.on('error', (err) => log.push(`c error ${err.message}`));
c.destroy(new Error('custom'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '_write a', 'destroyed true writable false', 'c _destroy custom', 'close', 'e error gone',
    'e close', 'i error inside', 'i close', 'i cb null', 'c error custom', '_write a done',
    'cb a null', 'cb b ERR_STREAM_DESTROYED', 'end cb ERR_STREAM_DESTROYED', 'e cb a null',
    'e cb b gone',
  ]);
});
