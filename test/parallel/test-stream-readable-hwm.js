'use strict';
// highWaterMark: push() returns false once the queue reaches it, _read is
// called until it is reached, object mode counts objects; read(n) beyond
// the mark raises it; the defaults come from getDefaultHighWaterMark and
// can be changed with setDefaultHighWaterMark.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex } = stream;

const log = [];
const r = new Readable({ highWaterMark: 5, read() {} });
assert.strictEqual(r.readableHighWaterMark, 5);
log.push(r.push('ab'), r.push('cd'), r.push('e'), r.push('f'));
assert.strictEqual(r.readableLength, 6);

// Filling up to the mark by calling _read repeatedly.
let calls = 0;
const filler = new Readable({
  highWaterMark: 3,
  read() {
    calls++;
    this.push('x');
  },
});
filler.on('readable', () => {
  log.push(`filler readable len=${filler.readableLength} calls=${calls}`);
  filler.removeAllListeners('readable');
});

const o = new Readable({ objectMode: true, read() {} });
assert.strictEqual(o.readableHighWaterMark, 16);
for (let i = 0; i < 15; i++) assert.strictEqual(o.push(i), true);
assert.strictEqual(o.push(15), false);
assert.strictEqual(o.readableLength, 16);

// read(n) past the mark raises it to the next power of two.
const big = new Readable({ highWaterMark: 4, read() {} });
big.read(100);
assert.strictEqual(big.readableHighWaterMark, 128);
assert.throws(() => big.read(2 ** 31), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });

// highWaterMark 0: push still accepts a chunk into an empty queue.
const zero = new Readable({ highWaterMark: 0, read() {} });
assert.strictEqual(zero.push('a'), false);

// Defaults.
assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
assert.strictEqual(new Readable().readableHighWaterMark, 65536);
assert.strictEqual(new Writable().writableHighWaterMark, 65536);
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
assert.strictEqual(new Readable().readableHighWaterMark, 1024);
assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 4);
stream.setDefaultHighWaterMark(false, 65536);
stream.setDefaultHighWaterMark(true, 16);
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => stream.setDefaultHighWaterMark(false, 1.5), { code: 'ERR_OUT_OF_RANGE' });

// Invalid marks, reported under the option's name.
assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new Readable({ highWaterMark: 1.5 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Writable({ highWaterMark: 'a' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Duplex({ readableHighWaterMark: -1 }), {
  message: "The property 'options.readableHighWaterMark' is invalid. Received -1",
});
// Readable ignores readableHighWaterMark; Duplex prefers highWaterMark.
assert.strictEqual(new Readable({ readableHighWaterMark: 3 }).readableHighWaterMark, 65536);
const d = new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 });
assert.strictEqual(d.readableHighWaterMark, 3);
assert.strictEqual(d.writableHighWaterMark, 7);
assert.strictEqual(new Duplex({ highWaterMark: 9, readableHighWaterMark: 3 }).readableHighWaterMark, 9);
assert.strictEqual(new Duplex({ readableObjectMode: true }).readableHighWaterMark, 16);
assert.strictEqual(new Duplex({ readableObjectMode: true }).writableHighWaterMark, 65536);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    true, true, false, false, 'filler readable len=1 calls=1',
  ]);
});
