'use strict';
// push() errors go through the stream's 'error' event, not a throw:
// ERR_STREAM_PUSH_AFTER_EOF and ERR_INVALID_ARG_TYPE; pushing to a
// destroyed stream is ignored and returns false.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
r.on('error', (err) => log.push(`r error ${err.code} ${err.message}`));
r.on('close', () => log.push('r close'));
r.push(null);
assert.strictEqual(r.push('late'), false);

const t = new Readable({ read() {} });
t.on('error', (err) => log.push(`t error ${err.name} ${err.code} ${err.message}`));
assert.strictEqual(t.push(5), false);
assert.strictEqual(t.destroyed, true);

// Typed arrays and DataViews are pushed as their bytes.
const v = new Readable({ read() {} });
assert.strictEqual(v.push(new Uint16Array([1, 2])), true);
assert.strictEqual(v.push(new DataView(new ArrayBuffer(3))), true);
assert.strictEqual(v.readableLength, 7);
assert.ok(Buffer.isBuffer(v.read()));

// Object mode takes anything but null.
const o = new Readable({ objectMode: true, read() {} });
assert.strictEqual(o.push(undefined), true);
assert.strictEqual(o.push(''), true);
assert.strictEqual(o.push(0), true);
assert.strictEqual(o.readableLength, 3);

// An empty chunk is no data.
const e = new Readable({ read() {} });
assert.strictEqual(e.push(''), true);
assert.strictEqual(e.push(Buffer.alloc(0)), true);
assert.strictEqual(e.readableLength, 0);

const d = new Readable({ read() {} });
d.destroy();
assert.strictEqual(d.push('x'), false);
assert.strictEqual(d.readableLength, 0);

// Without autoDestroy the error is emitted and the stream stays.
const k = new Readable({ autoDestroy: false, read() {} });
k.on('error', (err) => log.push(`k error ${err.code}`));
k.push(null);
k.push('x');
assert.strictEqual(k.destroyed, false);
assert.strictEqual(k.errored.code, 'ERR_STREAM_PUSH_AFTER_EOF');

// _read that is not implemented.
const n = new Readable();
n.on('error', (err) => log.push(`n error ${err.code} ${err.message}`));
n.read();

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'k error ERR_STREAM_PUSH_AFTER_EOF',
    'r error ERR_STREAM_PUSH_AFTER_EOF stream.push() after EOF', 'r close',
    't error TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
    'n error ERR_METHOD_NOT_IMPLEMENTED The _read() method is not implemented',
  ]);
});
