'use strict';
// A Readable's _construct runs on the next tick; _read waits for its
// callback; reading starts once it called back.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
let t = 0;
function ticks(n) {
  if (n > 0) process.nextTick(() => { log.push(`tick${++t}`); ticks(n - 1); });
}
const r = new Readable({
  construct(cb) {
    log.push('construct');
    cb();
  },
  read() {
    log.push('_read');
    this.push(null);
  },
});
r.on('data', () => {});
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));
ticks(8);

const e = new Readable({
  construct(cb) { process.nextTick(cb, new Error('construct failed')); },
  read() { log.push('e _read'); },
});
e.on('error', (err) => log.push(`e error ${err.message}`));
e.on('close', () => log.push('e close'));
e.resume();

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'construct', 'tick1', 'tick2', '_read', 'tick3', 'tick4', 'e error construct failed',
    'e close', 'end', 'tick5', 'close', 'tick6', 'tick7', 'tick8',
  ]);
});
