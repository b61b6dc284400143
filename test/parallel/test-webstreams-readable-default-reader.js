'use strict';
// ReadableStreamDefaultReader: locking, read() results (Node builds them as
// { done, value } for a queued chunk and { value, done } for one handed to
// a waiting read), releaseLock() and what a released reader does.
const assert = require('assert');
const common = require('../common');

(async () => {
  const stream = new ReadableStream({ start(c) { c.enqueue('a'); } });
  const reader = stream.getReader();
  assert(reader instanceof ReadableStreamDefaultReader);
  assert.strictEqual(stream.locked, true);
  assert.throws(() => stream.getReader(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked',
  });
  assert.throws(() => new ReadableStreamDefaultReader(stream), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => new ReadableStreamDefaultReader({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream. Received an instance of Object',
  });
  await assert.rejects(stream.cancel(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });

  const queued = await reader.read();
  assert.deepStrictEqual(Object.keys(queued), ['done', 'value']);
  assert.deepStrictEqual(queued, { done: false, value: 'a' });

  const pending = reader.read();
  const closed = reader.closed;
  assert.strictEqual(reader.closed, closed);
  reader.releaseLock();
  assert.strictEqual(stream.locked, false);
  await assert.rejects(pending, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Releasing reader' });
  await assert.rejects(closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Reader released' });
  assert.strictEqual(reader.closed, closed);
  await assert.rejects(reader.closed, { message: 'Invalid state: Reader released' });
  await assert.rejects(reader.read(), { message: 'Invalid state: The reader is not attached to a stream' });
  await assert.rejects(reader.cancel(), { message: 'Invalid state: The reader is not attached to a stream' });
  reader.releaseLock(); // again: nothing happens

  // A waiting read gets { value, done }.
  let controller;
  const s2 = new ReadableStream({ start(c) { controller = c; } });
  const r2 = s2.getReader();
  const p = r2.read();
  controller.enqueue('b');
  const handed = await p;
  assert.deepStrictEqual(Object.keys(handed), ['value', 'done']);
  controller.close();
  assert.deepStrictEqual(await r2.read(), { value: undefined, done: true });
  assert.deepStrictEqual(await r2.read(), { value: undefined, done: true });
  assert.strictEqual(await r2.closed, undefined);

  // A reader made on a closed or errored stream.
  const closedStream = new ReadableStream({ start(c) { c.close(); } });
  assert.strictEqual(await closedStream.getReader().closed, undefined);
  const err = new Error('boom');
  const erroredStream = new ReadableStream({ start(c) { c.error(err); } });
  const r3 = erroredStream.getReader();
  await assert.rejects(r3.closed, err);
  await assert.rejects(r3.read(), err);
  r3.releaseLock();
  await assert.rejects(r3.closed, { message: 'Invalid state: Reader released' });

  // cancel() through the reader cancels the stream; pending reads end.
  const s4 = new ReadableStream({ cancel: common.mustCall((reason) => assert.strictEqual(reason, 'why')) });
  const r4 = s4.getReader();
  const waiting = r4.read();
  assert.strictEqual(await r4.cancel('why'), undefined);
  assert.deepStrictEqual(await waiting, { value: undefined, done: true });
  assert.strictEqual(await r4.closed, undefined);

  // Wrong receivers.
  await assert.rejects(ReadableStreamDefaultReader.prototype.read.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStreamDefaultReader',
  });
  await assert.rejects(Object.getOwnPropertyDescriptor(ReadableStreamDefaultReader.prototype, 'closed').get.call(1),
                       { code: 'ERR_INVALID_THIS' });
  assert.throws(() => ReadableStreamDefaultReader.prototype.releaseLock.call({}), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
