'use strict';
// A producer that pushes from a later tick: 'data' is emitted from inside
// push() once the stream flows with an empty queue, and _read is asked
// again right after.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
let n = 0;
const r = new Readable({
  highWaterMark: 2,
  read(size) {
    log.push(`_read ${size}`);
    setImmediate(() => {
      n++;
      log.push(`push ${n}`);
      const more = this.push(n <= 3 ? String(n) : null);
      log.push(`push returned ${more}`);
    });
  },
});
r.on('data', (d) => log.push(`data ${d}`));
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '_read 2', 'push 1', 'data 1', 'push returned true', '_read 2', 'push 2', 'data 2',
    'push returned true', '_read 2', 'push 3', 'data 3', 'push returned true', '_read 2', 'push 4',
    'push returned false', 'end', 'close',
  ]);
});
