'use strict';
// A Transform holds back a write's callback while its readable side is
// full, so writes wait for the reader: backpressure crosses the stream.
const assert = require('assert');
const { Transform } = require('stream');

const log = [];
const t = new Transform({
  readableHighWaterMark: 2,
  writableHighWaterMark: 2,
  objectMode: true,
  transform(chunk, enc, cb) {
    log.push(`transform ${chunk}`);
    cb(null, chunk);
  },
});
for (let i = 1; i <= 6; i++) {
  log.push(`write ${i} -> ${t.write(i, () => log.push(`cb ${i}`))}`);
}
log.push(`readable ${t.readableLength} writable ${t.writableLength}`);
setImmediate(() => {
  log.push(`later: readable ${t.readableLength} writable ${t.writableLength}`);
  t.on('data', (d) => log.push(`data ${d}`));
  t.on('drain', () => log.push('drain'));
});

// readableHighWaterMark 0 makes the writable side's default 0 too.
const z = new Transform({ readableHighWaterMark: 0 });
assert.strictEqual(z.readableHighWaterMark, 0);
assert.strictEqual(z.writableHighWaterMark, 0);
const z2 = new Transform({ highWaterMark: 0 });
assert.strictEqual(z2.writableHighWaterMark, 0);
const z3 = new Transform({ readableHighWaterMark: 0, writableHighWaterMark: 5 });
assert.strictEqual(z3.writableHighWaterMark, 5);
const h = new Transform({ highWaterMark: 3 });
assert.strictEqual(h.readableHighWaterMark, 3);
assert.strictEqual(h.writableHighWaterMark, 3);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'transform 1', 'write 1 -> true', 'transform 2', 'write 2 -> true', 'write 3 -> false',
    'write 4 -> false', 'write 5 -> false', 'write 6 -> false', 'readable 2 writable 5', 'cb 1',
    'later: readable 2 writable 5', 'transform 3', 'cb 2', 'data 1', 'transform 4', 'cb 3',
    'data 2', 'transform 5', 'cb 4', 'data 3', 'transform 6', 'cb 5', 'data 4', 'drain', 'cb 6',
    'data 5', 'data 6',
  ]);
});
