'use strict';
// Paused mode: read(n) returns exactly n bytes once that many are queued,
// null before; read() returns everything; a read past the end returns
// what is left. Chunks are joined or split as needed.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
r.push('abc');
r.push('defg');
assert.strictEqual(r.readableLength, 7);
log.push(String(r.read(2)));       // part of the first chunk
log.push(String(r.read(3)));       // across two chunks
log.push(String(r.read(10)));      // more than there is: null, not ended
assert.strictEqual(r.readableLength, 2);
r.push('hi');
log.push(String(r.read()));        // everything
log.push(String(r.read()));
r.push('xyz');
r.push(null);
log.push(String(r.read(10)));      // ended: what is left
log.push(String(r.read()));
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));

// Object mode: one object per read, whatever n is.
const o = new Readable({ objectMode: true, read() {} });
o.push({ a: 1 });
o.push('two');
o.push(3);
log.push(JSON.stringify(o.read(5)), o.read(0), o.read(), o.read(), o.read());
assert.strictEqual(o.readableLength, 0);

// read() with a non-integer size is parsed, as by parseInt.
const p = new Readable({ read() {} });
p.push('12345');
log.push(String(p.read('2')), String(p.read(1.9)));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'ab', 'cde', 'null', 'fghi', 'null', 'xyz', 'null', '{"a":1}', null, 'two', 3, null, '12', '3',
    'end', 'close',
  ]);
});
