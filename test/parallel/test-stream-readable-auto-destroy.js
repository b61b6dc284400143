'use strict';
// After 'end' a Readable destroys itself ('close' follows) unless
// autoDestroy is false; emitClose false keeps the 'close' event away
// while the stream is still destroyed.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
function watch(name, r) {
  for (const ev of ['end', 'close', 'error']) r.on(ev, () => log.push(`${name} ${ev}`));
  r.on('data', () => {});
}

const a = new Readable({ read() { this.push(null); } });
watch('auto', a);

const b = new Readable({ autoDestroy: false, read() { this.push(null); } });
watch('manual', b);
b.on('end', () => {
  setImmediate(() => {
    log.push(`manual destroyed=${b.destroyed} closed=${b.closed}`);
    b.destroy();
  });
});

const c = new Readable({ emitClose: false, read() { this.push(null); } });
watch('noclose', c);
c.on('end', () => setImmediate(() => log.push(`noclose destroyed=${c.destroyed} closed=${c.closed}`)));

const d = new Readable({ emitClose: false, read() {} });
watch('noclose-err', d);
d.destroy(new Error('x'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'noclose-err error', 'auto end', 'manual end', 'noclose end', 'auto close',
    'manual destroyed=false closed=false', 'manual close', 'noclose destroyed=true closed=true',
  ]);
});
