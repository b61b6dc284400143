'use strict';
// unpipe(dest) and unpipe(): 'unpipe' on the destination, the source
// pauses when it has no destinations left; a 'close' or 'finish' of the
// destination unpipes it; pipe({ end: false }) leaves it open.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

const log = [];
const sink = (name) => new Writable({ write(c, e, cb) { log.push(`${name} ${c}`); cb(); } });

const src = new Readable({ read() {} });
const a = sink('a');
const b = sink('b');
for (const [name, w] of [['a', a], ['b', b]]) {
  w.on('pipe', (s) => log.push(`${name} pipe ${s === src}`));
  w.on('unpipe', (s) => log.push(`${name} unpipe ${s === src}`));
}
src.on('pause', () => log.push('src pause'));
src.pipe(a);
src.pipe(b);
assert.strictEqual(src._readableState.pipes.length, 2);
src.push('1');
setImmediate(() => {
  src.unpipe(b);
  src.push('2');
  setImmediate(() => {
    src.unpipe();
    log.push(`flowing ${src.readableFlowing}`);
    src.unpipe(a);                  // nothing left: no event
    src.push('3');
    setImmediate(() => {
      log.push(`queued ${src.readableLength}`);
      // end: false.
      const c = sink('c');
      c.on('finish', () => log.push('c finish'));
      src.pipe(c, { end: false });
      src.push(null);
      src.on('end', () => setImmediate(() => log.push(`c ended ${c.writableEnded}`)));
    });
  });
});

// A destination that closes is unpiped.
const s2 = new Readable({ read() {} });
const p = new PassThrough();
p.on('unpipe', () => log.push('p unpipe'));
s2.pipe(p);
p.destroy();
p.on('close', () => log.push(`p close pipes=${s2._readableState.pipes.length}`));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a pipe true', 'b pipe true', 'a 1', 'b 1', 'p unpipe', 'p close pipes=0', 'b unpipe true',
    'a 2', 'src pause', 'a unpipe true', 'flowing false', 'queued 1', 'c 3', 'src pause',
    'c ended false',
  ]);
});
