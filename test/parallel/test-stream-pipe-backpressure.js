'use strict';
// pipe() with a slow destination: when write() returns false the source
// pauses, and resumes on 'drain'; every chunk arrives once and in order;
// the destination is ended after the source's 'end'.
const assert = require('assert');
const { Readable, Writable } = require('stream');

const log = [];
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    this.push(n <= 4 ? `c${n}` : null);
  },
});
const dest = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log.push(`write ${chunk}`);
    setImmediate(cb);
  },
});
for (const ev of ['pause', 'resume', 'end', 'close']) src.on(ev, () => log.push(`src ${ev}`));
for (const ev of ['drain', 'finish', 'close', 'pipe', 'unpipe']) dest.on(ev, () => log.push(`dest ${ev}`));
assert.strictEqual(src.pipe(dest), dest);
assert.strictEqual(src.readableFlowing, true);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'dest pipe', 'src resume', 'write c1', 'src pause', 'write c2', 'dest drain', 'src resume',
    'write c3', 'src pause', 'src end', 'src close', 'write c4', 'dest finish', 'dest unpipe',
    'dest close',
  ]);
});
