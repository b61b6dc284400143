'use strict';
// end() runs _final before 'prefinish'/'finish'; writes wait for it to
// be called only after the last write completed; an error from _final
// fails end()'s callback and the stream; 'finish' waits for pending
// write callbacks.
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push(`_write ${chunk}`);
    setImmediate(cb);
  },
  final(cb) {
    log.push('_final');
    setImmediate(() => {
      log.push('_final done');
      cb();
    });
  },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => log.push(ev));
w.write('a');
w.end('b', () => log.push('end cb'));
log.push(`ended ${w.writableEnded} finished ${w.writableFinished}`);

// The sections below run one after another, ten turns of the event loop
// apart, so that their events do not interleave (no wall-clock timing).
let turns = 0;
function section(fn) {
  let n = (turns += 10);
  (function wait() {
    if (--n > 0) setImmediate(wait);
    else fn();
  })();
}

section(() => {
  log.push('--- failing final');
  const f = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  f.on('error', (err) => log.push(`f error ${err.message}`));
  f.on('finish', () => log.push('f finish'));
  f.on('close', () => log.push('f close'));
  f.end((err) => log.push(`f end cb ${err && err.message}`));
});

section(() => {
  log.push('--- throwing final');
  const g = new Writable({ final() { throw new Error('final threw'); } });
  g.on('error', (err) => log.push(`g error ${err.message}`));
  g.end();
});

section(() => {
  log.push('--- final called twice');
  const h = new Writable({ final(cb) { cb(); cb(); } });
  h.on('error', (err) => log.push(`h error ${err.code}`));
  h.on('finish', () => log.push('h finish'));
  h.end();
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '_write a', 'ended true finished false', '_write b', '_final', '_final done', 'prefinish',
    'end cb', 'finish', 'close', '--- failing final', 'f error final failed', 'f close',
    'f end cb final failed', '--- throwing final', 'g error final threw', '--- final called twice',
    'h finish', 'h error ERR_MULTIPLE_CALLBACK',
  ]);
});
