'use strict';
// Flowing mode: a 'data' listener resumes the stream on the next tick;
// 'resume', the chunks, 'end' and 'close' then arrive in Node's ticks,
// interleaved with the caller's own process.nextTick callbacks.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
let t = 0;
function ticks(n) {
  if (n > 0) process.nextTick(() => { log.push(`tick${++t}`); ticks(n - 1); });
}

const chunks = ['a', 'b', 'c'];
const r = new Readable({
  read() {
    log.push('_read');
    const c = chunks.shift();
    this.push(c === undefined ? null : c);
  },
});
for (const ev of ['resume', 'pause', 'end', 'close']) r.on(ev, () => log.push(ev));
r.on('data', (d) => log.push(`data ${d}`));
assert.strictEqual(r.readableFlowing, true);
ticks(8);
log.push('sync end');

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'sync end', '_read', 'resume', '_read', 'data a', '_read', 'data b', '_read', 'data c',
    'tick1', 'end', 'tick2', 'close', 'tick3', 'tick4', 'tick5', 'tick6', 'tick7', 'tick8',
  ]);
});
