'use strict';
// pause() and resume(): 'pause' when leaving flowing mode, 'resume' on the
// tick after resume(); readableFlowing is null until someone consumes,
// and isPaused() follows pause()/resume() and 'readable' listeners.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
r.on('data', (d) => log.push(`data ${d}`));
assert.strictEqual(r.readableFlowing, true);
r.push('a');
r.pause();
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);
r.pause();                        // already paused: no second event
r.push('b');
setImmediate(() => {
  log.push('immediate');
  assert.strictEqual(r.readableLength, 2);
  r.resume();
  assert.strictEqual(r.isPaused(), false);
  r.resume();                     // one 'resume' only
  process.nextTick(() => {
    log.push('tick after resume');
    // A 'readable' listener takes over: paused, data only through read().
    r.on('readable', () => log.push('readable'));
    assert.strictEqual(r.readableFlowing, false);
    r.push('c');
    setImmediate(() => {
      log.push(`len ${r.readableLength}`);
      log.push(`read ${r.read()}`);
      r.removeAllListeners('readable');
      process.nextTick(() => {
        // With its 'data' listener the stream flows again.
        log.push(`flowing ${r.readableFlowing}`);
        r.push('d');
      });
    });
  });
});

// A 'data' listener on a paused stream does not resume it.
const p = new Readable({ read() {} });
p.pause();
p.on('data', () => log.push('p data'));
p.push('x');
assert.strictEqual(p.readableFlowing, false);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'pause', 'resume', 'immediate', 'resume', 'data a', 'data b', 'tick after resume', 'readable',
    'len 1', 'data c', 'read c', 'flowing true', 'data d', 'resume',
  ]);
});
