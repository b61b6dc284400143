'use strict';
// What node:stream, node:stream/promises and the _stream_* modules
// export, and how.
const assert = require('assert');
const stream = require('stream');

assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(typeof stream, 'function');
assert.deepStrictEqual(Object.keys(stream), [
  'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'Readable', 'Writable',
  'Duplex', 'Transform', 'PassThrough', 'duplexPair', 'pipeline', 'addAbortSignal', 'finished',
  'destroy', 'compose', 'setDefaultHighWaterMark', 'getDefaultHighWaterMark', 'promises', 'Stream',
  '_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer',
]);
assert.deepStrictEqual(Object.keys(require('stream/promises')).sort(), ['finished', 'pipeline']);
assert.strictEqual(stream.promises, require('stream/promises'));
assert.strictEqual(require('node:stream/promises'), require('stream/promises'));

assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);

// Class shapes.
assert.strictEqual(Object.getPrototypeOf(stream.Readable), stream.Stream);
assert.strictEqual(Object.getPrototypeOf(stream.Writable), stream.Stream);
assert.strictEqual(Object.getPrototypeOf(stream.Duplex), stream.Readable);
assert.strictEqual(Object.getPrototypeOf(stream.Transform), stream.Duplex);
assert.strictEqual(Object.getPrototypeOf(stream.PassThrough), stream.Transform);
assert.strictEqual(typeof stream.Readable.ReadableState, 'function');
assert.strictEqual(typeof stream.Writable.WritableState, 'function');
assert.strictEqual(typeof stream.Readable.from, 'function');
assert.strictEqual(typeof stream.Readable.wrap, 'function');
assert.strictEqual(typeof stream.Duplex.from, 'function');
for (const C of [stream.Readable, stream.Writable, stream.Duplex]) {
  assert.strictEqual(typeof C.fromWeb, 'function');
  assert.strictEqual(typeof C.toWeb, 'function');
}

// Methods are enumerable, properties are accessors.
const rp = stream.Readable.prototype;
for (const m of ['push', 'unshift', 'read', 'pipe', 'unpipe', 'pause', 'resume', 'setEncoding',
  'isPaused', 'wrap', 'iterator', 'destroy', '_read', '_destroy', '_undestroy', 'on']) {
  assert.strictEqual(typeof rp[m], 'function', m);
  assert.strictEqual(Object.getOwnPropertyDescriptor(rp, m).enumerable, true, m);
}
for (const p of ['readable', 'readableFlowing', 'readableLength', 'readableEnded', 'destroyed']) {
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(rp, p).get, 'function', p);
}
assert.strictEqual(typeof rp[Symbol.asyncIterator], 'function');
assert.strictEqual(typeof rp[Symbol.asyncDispose], 'function');
assert.strictEqual(typeof rp[Symbol.for('nodejs.rejection')], 'function');
for (const op of ['map', 'filter', 'forEach', 'toArray', 'some', 'find', 'every', 'flatMap',
  'drop', 'take', 'reduce']) {
  assert.strictEqual(typeof rp[op], 'function', op);
  assert.strictEqual(Object.getOwnPropertyDescriptor(rp, op).enumerable, false, op);
}
const wp = stream.Writable.prototype;
for (const m of ['write', 'end', 'cork', 'uncork', 'setDefaultEncoding', '_write', 'destroy']) {
  assert.strictEqual(typeof wp[m], 'function', m);
}
assert.strictEqual(wp._writev, null);
assert.deepStrictEqual(Object.getOwnPropertyNames(stream.Transform.prototype),
                       ['constructor', '_final', '_transform', '_write', '_read']);

// pipeline and finished have util.promisify.custom getters.
const custom = Symbol.for('nodejs.util.promisify.custom');
assert.strictEqual(stream.pipeline[custom], stream.promises.pipeline);
assert.strictEqual(stream.finished[custom], stream.promises.finished);

// The helpers for other stream implementations.
assert.strictEqual(stream._isUint8Array(new Uint8Array(1)), true);
assert.strictEqual(stream._isUint8Array(Buffer.alloc(1)), true);
assert.strictEqual(stream._isUint8Array(new Uint16Array(1)), false);
assert.strictEqual(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), true);
const u8 = new Uint8Array([1, 2, 3]).subarray(1);
const b = stream._uint8ArrayToBuffer(u8);
assert.ok(Buffer.isBuffer(b));
assert.deepStrictEqual([...b], [2, 3]);
assert.strictEqual(b.buffer, u8.buffer);
