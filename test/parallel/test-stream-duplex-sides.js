'use strict';
// A Duplex with one side switched off (readable: false or writable:
// false) behaves as a Writable or a Readable; readableObjectMode and
// writableObjectMode set each side's mode; Duplex is an instance of
// Writable through Symbol.hasInstance.
const assert = require('assert');
const { Duplex, Readable, Writable, Transform } = require('stream');

const log = [];
const w = new Duplex({ readable: false, write(c, e, cb) { log.push(`w write ${c}`); cb(); } });
assert.strictEqual(w.readable, false);
assert.strictEqual(w.writable, true);
assert.strictEqual(w.readableEnded, true);
w.on('finish', () => log.push('w finish'));
w.on('close', () => log.push('w close'));
w.end('x');

const r = new Duplex({ writable: false, read() { this.push('y'); this.push(null); } });
assert.strictEqual(r.writable, false);
assert.strictEqual(r.writableFinished, true);
assert.strictEqual(r.writableEnded, true);
r.on('data', (c) => log.push(`r data ${c}`));
r.on('end', () => log.push('r end'));
r.on('close', () => log.push('r close'));
r.on('error', (err) => log.push(`r error ${err.code}`));
r.write('nope');

const m = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
assert.strictEqual(m.readableObjectMode, true);
assert.strictEqual(m.writableObjectMode, false);
assert.strictEqual(m.readableHighWaterMark, 16);
assert.strictEqual(m.writableHighWaterMark, 65536);
const n = new Duplex({ writableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
assert.strictEqual(n.writableObjectMode, true);
assert.strictEqual(n.readableObjectMode, false);
const o = new Duplex({ objectMode: true });
assert.strictEqual(o.readableObjectMode, true);
assert.strictEqual(o.writableObjectMode, true);

const d = new Duplex();
assert.ok(d instanceof Duplex);
assert.ok(d instanceof Readable);
assert.ok(d instanceof Writable);
assert.ok(new Transform() instanceof Writable);
assert.ok(!(new Readable() instanceof Writable));
class MyWritable extends Writable {}
assert.ok(!(d instanceof MyWritable));
assert.ok(new MyWritable() instanceof Writable);
assert.strictEqual(Duplex.prototype.write, Writable.prototype.write);
assert.strictEqual(Duplex.prototype.destroy, Writable.prototype.destroy);
// Duplex() without new.
assert.ok(Duplex() instanceof Duplex);
assert.ok(Readable() instanceof Readable);
assert.ok(Writable() instanceof Writable);

// destroyed on a Duplex means both sides.
const both = new Duplex();
assert.strictEqual(both.destroyed, false);
both.destroy();
assert.strictEqual(both.destroyed, true);
assert.strictEqual(both._readableState.destroyed, true);
assert.strictEqual(both._writableState.destroyed, true);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'w write x', 'w finish', 'r error ERR_STREAM_WRITE_AFTER_END', 'r close', 'w close',
  ]);
});
