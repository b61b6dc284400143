'use strict';
// The 'readable' event: emitted on the next tick once data (or the end) is
// there, again only after the consumer read the queue down; the end is
// announced by a last 'readable' whose read() returns null.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
let i = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    i++;
    log.push(`_read ${i}`);
    if (i <= 2) {
      this.push(`c${i}`);
    } else if (i === 3) {
      setImmediate(() => { log.push('push c3'); this.push('c3'); });
    } else {
      setImmediate(() => { log.push('push null'); this.push(null); });
    }
  },
});
r.on('readable', () => {
  log.push(`readable len=${r.readableLength}`);
  let chunk;
  while ((chunk = r.read()) !== null) log.push(`read ${chunk}`);
  log.push('read null');
});
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));
assert.strictEqual(r.readableFlowing, false);
log.push('sync end');

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'sync end', '_read 1', 'readable len=2', '_read 2', 'read c1c2', '_read 3', 'read null',
    'push c3', 'readable len=2', '_read 4', 'read c3', 'read null', 'push null', 'readable len=0',
    'read null', 'end', 'close',
  ]);
});
