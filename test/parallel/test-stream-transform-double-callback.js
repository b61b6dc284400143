'use strict';
// A _transform that calls its callback twice: the second call is
// ERR_MULTIPLE_CALLBACK on the stream. A Transform reused for many chunks
// calls _transform once per chunk, in order, never two at a time.
const assert = require('assert');
const { Transform } = require('stream');

const log = [];
const t = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk);
    cb(null, chunk);
  },
});
t.on('error', (err) => log.push(`error ${err.code}: ${err.message}`));
t.on('data', (d) => log.push(`data ${d}`));
t.write('x');

let active = 0;
const order = [];
const s = new Transform({
  objectMode: true,
  transform(n, enc, cb) {
    active++;
    assert.strictEqual(active, 1);
    order.push(n);
    const done = () => {
      active--;
      cb(null, n * 2);
    };
    if (n % 2) setImmediate(done);
    else done();
  },
});
const out = [];
s.on('data', (d) => out.push(d));
s.on('end', () => log.push(`order ${order.join(',')} out ${out.join(',')}`));
for (let i = 1; i <= 6; i++) s.write(i);
s.end();

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'data x', 'data x', 'error ERR_MULTIPLE_CALLBACK: Callback called multiple times',
    'order 1,2,3,4,5,6 out 2,4,6,8,10,12',
  ]);
});
