'use strict';
// One source piped to two destinations: the source waits for the 'drain'
// of every destination that asked it to wait.
const assert = require('assert');
const { Readable, Writable } = require('stream');

const log = [];
function dest(name, delay) {
  return new Writable({
    highWaterMark: 1,
    write(chunk, enc, cb) {
      log.push(`${name} ${chunk}`);
      if (delay === 0) cb();
      else setTimeout(cb, delay);
    },
  }).on('drain', () => log.push(`${name} drain`)).on('finish', () => log.push(`${name} finish`));
}
const src = new Readable({ read() {} });
src.on('pause', () => log.push('pause'));
src.on('resume', () => log.push('resume'));
src.pipe(dest('fast', 0));
src.pipe(dest('slow', 5));
src.push('a');
src.push('b');
src.push('c');
src.push(null);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'resume', 'fast a', 'slow a', 'pause', 'slow drain', 'resume', 'fast b', 'slow b', 'pause',
    'slow drain', 'resume', 'fast c', 'slow c', 'pause', 'fast finish', 'slow finish',
  ]);
});
