'use strict';
// node:stream/web exports the stream classes, the same objects as the
// globals; the globals are lazy, writable, non-enumerable; WebIDL members
// are enumerable accessors and methods; controllers, requests and the
// async-iterator are not constructible by users.
const assert = require('assert');
const web = require('stream/web');

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
];
for (const name of names) {
  assert.strictEqual(typeof web[name], 'function', name);
  assert.strictEqual(globalThis[name], web[name], name);
  assert.strictEqual(require('node:stream/web')[name], web[name]);
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.writable, true, name);
  assert.strictEqual(desc.configurable, true, name);
  assert.strictEqual(web[name].name, name);
}

const members = {
  ReadableStream: 'locked:eg cancel:ew getReader:ew pipeThrough:ew pipeTo:ew tee:ew values:ew',
  ReadableStreamDefaultReader: 'read:ew releaseLock:ew closed:eg cancel:ew',
  ReadableStreamBYOBReader: 'read:ew releaseLock:ew closed:eg cancel:ew',
  ReadableStreamBYOBRequest: 'view:eg respond:ew respondWithNewView:ew',
  ReadableByteStreamController: 'byobRequest:eg desiredSize:eg close:ew enqueue:ew error:ew',
  ReadableStreamDefaultController: 'desiredSize:eg close:ew enqueue:ew error:ew',
  TransformStream: 'readable:eg writable:eg',
  TransformStreamDefaultController: 'desiredSize:eg enqueue:ew error:ew terminate:ew',
  WritableStream: 'locked:eg abort:ew close:ew getWriter:ew',
  WritableStreamDefaultWriter: 'closed:eg desiredSize:eg ready:eg abort:ew close:ew releaseLock:ew write:ew',
  WritableStreamDefaultController: 'signal:eg error:ew',
  ByteLengthQueuingStrategy: 'highWaterMark:eg size:eg',
  CountQueuingStrategy: 'highWaterMark:eg size:eg',
  TextEncoderStream: 'encoding:eg readable:eg writable:eg',
  TextDecoderStream: 'encoding:eg fatal:eg ignoreBOM:eg readable:eg writable:eg',
};
for (const [name, want] of Object.entries(members)) {
  const descs = Object.getOwnPropertyDescriptors(web[name].prototype);
  const got = Object.entries(descs).filter(([n]) => n !== 'constructor').map(([n, d]) =>
    `${n}:${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.get ? 'g' : ''}${d.set ? 's' : ''}`);
  assert.strictEqual(got.join(' '), want, name);
}

for (const name of names.filter((n) => !n.startsWith('Text'))) {
  assert.strictEqual(web[name].prototype[Symbol.toStringTag], name);
}
assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');

// Lengths, as Node has them.
assert.strictEqual(ReadableStream.length, 0);
assert.strictEqual(ReadableStreamDefaultReader.length, 1);
assert.strictEqual(ReadableStreamBYOBReader.length, 1);
assert.strictEqual(WritableStreamDefaultWriter.length, 1);
assert.strictEqual(ByteLengthQueuingStrategy.length, 1);
assert.strictEqual(CountQueuingStrategy.length, 1);
assert.strictEqual(ReadableStream.prototype.pipeTo.length, 1);
assert.strictEqual(ReadableStream.prototype.pipeThrough.length, 1);
assert.strictEqual(ReadableStream.prototype.getReader.length, 0);
assert.strictEqual(ReadableStream.from.length, 1);
assert.strictEqual(ReadableStreamBYOBReader.prototype.read.length, 1);
assert.strictEqual(ReadableByteStreamController.prototype.enqueue.length, 1);
assert.strictEqual(ReadableStreamBYOBRequest.prototype.respond.length, 1);
assert.strictEqual(WritableStreamDefaultWriter.prototype.write.length, 0);

// values() is the async iterator.
assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
const it = new ReadableStream().values();
assert.strictEqual(typeof it.next, 'function');
assert.strictEqual(typeof it.return, 'function');
assert.strictEqual(it.throw, undefined);
assert.strictEqual(it[Symbol.asyncIterator](), it);
const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
assert(AsyncIteratorPrototype.isPrototypeOf(it));

for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController',
  'ReadableStreamBYOBRequest', 'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
  assert.throws(() => new web[name](), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
}

// Subclassing works.
class MyReadable extends ReadableStream {}
const mine = new MyReadable({ start(c) { c.close(); } });
assert(mine instanceof ReadableStream);
assert.strictEqual(mine.locked, false);
