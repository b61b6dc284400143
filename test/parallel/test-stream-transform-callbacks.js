'use strict';
// Transform: the callback forms of _transform (cb(null, data), push then
// cb(), several pushes, nothing) and of _flush; errors from either; the
// order of 'data', 'finish', 'end' and 'close'.
const assert = require('assert');
const { Transform } = require('stream');

const log = [];
const t = new Transform({
  transform(chunk, enc, cb) {
    const s = String(chunk);
    if (s === 'a') cb(null, 'A');
    else if (s === 'b') { this.push('B1'); this.push('B2'); cb(); }
    else if (s === 'skip') cb();
    else setImmediate(() => cb(null, s.toUpperCase()));
  },
  flush(cb) {
    log.push('_flush');
    cb(null, 'FLUSHED');
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log.push(ev));
t.on('data', (d) => log.push(`data ${d}`));
t.write('a');
t.write('b');
t.write('skip');
t.end('c');

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
  const e = new Transform({
    transform(chunk, enc, cb) { cb(new Error('transform failed')); },
  });
  e.on('error', (err) => log.push(`e error ${err.message}`));
  e.on('close', () => log.push('e close'));
  e.write('x', (err) => log.push(`e write cb ${err && err.message}`));
});

section(() => {
  const f = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  f.on('error', (err) => log.push(`f error ${err.message}`));
  f.on('end', () => log.push('f end'));
  f.on('finish', () => log.push('f finish'));
  f.resume();
  f.end('x');
});

section(() => {
  // Without _transform: the write throws.
  assert.throws(() => new Transform().write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
});

section(() => {
  // A subclass replacing _final still has its _flush called, on
  // 'prefinish'.
  class Sub extends Transform {
    _transform(chunk, enc, cb) { cb(null, chunk); }
    _flush(cb) { log.push('sub _flush'); cb(null, 'tail'); }
    _final(cb) { log.push('sub _final'); cb(); }
  }
  const s = new Sub();
  s.on('data', (d) => log.push(`sub data ${d}`));
  s.on('end', () => log.push('sub end'));
  s.end('x');
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'data A', 'data B1', 'data B2', 'data C', '_flush', 'data FLUSHED', 'prefinish', 'end',
    'finish', 'close', 'e write cb transform failed', 'e error transform failed', 'e close',
    'f error flush failed', 'sub data x', 'sub _final', 'sub _flush', 'sub data tail', 'sub end',
  ]);
});
