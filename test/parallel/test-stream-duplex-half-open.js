'use strict';
// allowHalfOpen: by default a Duplex's writable side stays open after its
// readable side ended; with allowHalfOpen false, the end of the readable
// side ends the writable side. Either way 'close' comes once both are
// done.
const assert = require('assert');
const { Duplex } = require('stream');

const log = [];
function make(name, opts) {
  const d = new Duplex({
    ...opts,
    read() { this.push(null); },
    write(chunk, enc, cb) {
      log.push(`${name} write ${chunk}`);
      cb();
    },
  });
  for (const ev of ['end', 'prefinish', 'finish', 'close']) d.on(ev, () => log.push(`${name} ${ev}`));
  d.resume();
  return d;
}

const open = make('open');
assert.strictEqual(open.allowHalfOpen, true);
open.on('end', () => {
  setImmediate(() => {
    log.push(`open writable after end ${open.writable}`);
    open.end('late');
  });
});

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
  const closed = make('closed', { allowHalfOpen: false });
  assert.strictEqual(closed.allowHalfOpen, false);
});

section(() => {
  // The writable side finishing first leaves the readable side alone.
  const w = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
  });
  w.on('finish', () => log.push(`w finish readable=${w.readable}`));
  w.on('close', () => log.push('w close'));
  w.end();
  setImmediate(() => {
    log.push(`w destroyed ${w.destroyed}`);
    w.push(null);
    w.resume();
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'open end', 'open writable after end true', 'open write late', 'open prefinish', 'open finish',
    'open close', 'closed end', 'closed prefinish', 'closed finish', 'closed close',
    'w finish readable=true', 'w destroyed false', 'w close',
  ]);
});
