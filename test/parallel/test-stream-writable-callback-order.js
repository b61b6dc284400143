'use strict';
// Write callbacks, 'drain', 'prefinish', 'finish' and 'close' in Node's
// order, for a _write that completes synchronously and for one that
// completes later; synchronous completions are reported on a later tick.
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
let t = 0;
function ticks(n) {
  if (n > 0) process.nextTick(() => { log.push(`tick${++t}`); ticks(n - 1); });
}
function watch(name, w) {
  for (const ev of ['drain', 'prefinish', 'finish', 'close']) w.on(ev, () => log.push(`${name} ${ev}`));
}

const sync = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log.push(`sync _write ${chunk}`);
    cb();
  },
});
watch('sync', sync);
log.push(`sync write a ${sync.write('a', () => log.push('sync cb a'))}`);
log.push(`sync write b ${sync.write('b', () => log.push('sync cb b'))}`);
sync.end('c', () => log.push('sync end cb'));
log.push('sync returned');
ticks(6);

setImmediate(() => {
  log.push('--- async');
  const later = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) {
      log.push(`async _write ${chunk}`);
      setImmediate(cb);
    },
  });
  watch('async', later);
  log.push(`async write ab ${later.write('ab', () => log.push('async cb ab'))}`);
  log.push(`async write c ${later.write('c', () => log.push('async cb c'))}`);
  log.push(`needDrain ${later.writableNeedDrain} length ${later.writableLength}`);
  later.on('drain', () => {
    later.end(() => log.push('async end cb'));
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'sync _write a', 'sync write a true', 'sync _write b', 'sync write b true', 'sync _write c',
    'sync prefinish', 'sync returned', 'sync cb a', 'sync cb b', 'tick1', 'sync end cb',
    'sync finish', 'tick2', 'sync close', 'tick3', 'tick4', 'tick5', 'tick6', '--- async',
    'async _write ab', 'async write ab true', 'async write c false', 'needDrain true length 3',
    'async _write c', 'async cb ab', 'async drain', 'async prefinish', 'async cb c',
    'async end cb', 'async finish', 'async close',
  ]);
});
