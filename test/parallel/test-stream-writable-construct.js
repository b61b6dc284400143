'use strict';
// _construct(cb): called on the next tick; writes and end() wait for its
// callback; a construction error destroys the stream; destroy() during
// construction waits for it before _destroy runs.
const assert = require('assert');
const { Writable, Readable, Duplex } = require('stream');

const log = [];
const w = new Writable({
  construct(cb) {
    log.push('construct');
    setImmediate(() => {
      log.push('constructed');
      cb();
    });
  },
  write(chunk, enc, cb) {
    log.push(`_write ${chunk}`);
    cb();
  },
  final(cb) {
    log.push('_final');
    cb();
  },
});
w.write('a', () => log.push('cb a'));
w.end('b');
w.on('finish', () => log.push('finish'));
w.on('close', () => log.push('close'));
log.push(`sync length ${w.writableLength}`);

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
  const f = new Writable({
    construct(cb) { cb(new Error('no resource')); },
    write(c, e, cb) { cb(); },
  });
  f.on('error', (err) => log.push(`f error ${err.message}`));
  f.on('close', () => log.push('f close'));
  f.write('x', (err) => log.push(`f cb ${err && err.message}`));
});

section(() => {
  const d = new Readable({
    construct(cb) {
      log.push('d construct');
      setImmediate(() => {
        log.push('d constructed');
        cb();
      });
    },
    read() {},
    destroy(err, cb) {
      log.push('d _destroy');
      cb(err);
    },
  });
  d.on('close', () => log.push('d close'));
  d.destroy();
  log.push('d destroy called');
});

section(() => {
  // A Duplex constructs once for both sides.
  let calls = 0;
  const dup = new Duplex({
    construct(cb) { calls++; cb(); },
    read() { this.push('r'); this.push(null); },
    write(c, e, cb) { log.push(`dup write ${c}`); cb(); },
  });
  dup.on('data', (c) => log.push(`dup data ${c}`));
  dup.end('w');
  dup.on('close', () => log.push(`dup close constructs=${calls}`));
});

section(() => {
  const twice = new Writable({ construct(cb) { cb(); cb(); } });
  twice.on('error', (err) => log.push(`twice error ${err.code}`));
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'sync length 2', 'construct', 'constructed', '_write a', '_write b', '_final', 'cb a',
    'finish', 'close', 'f cb no resource', 'f error no resource', 'f close', 'd destroy called',
    'd construct', 'd constructed', 'd _destroy', 'd close', 'dup write w', 'dup data r',
    'dup close constructs=1', 'twice error ERR_MULTIPLE_CALLBACK',
  ]);
});
