'use strict';
// Transferable web streams (issue 6): a ReadableStream, WritableStream or
// TransformStream in structuredClone's or postMessage's transfer list is
// locked into a pipe, and its clone is a new stream of the same kind that
// carries the data across: chunks cloned, errors and cancellation in both
// directions, backpressure as 'pull' messages. The order of events was
// recorded from Node 24.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');


function dataCloneError(message) {
  return { name: 'DataCloneError', code: 25, message };
}

// What may not be transferred, and how it is refused.
{
  const make = () => new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  const locked = make();
  locked.getReader();
  assert.throws(() => structuredClone(locked, { transfer: [locked] }),
                dataCloneError('Cannot transfer a locked ReadableStream'));
  const twice = make();
  assert.throws(() => structuredClone(twice, { transfer: [twice, twice] }),
                dataCloneError('Transfer list contains duplicate ReadableStream'));
  assert.strictEqual(twice.locked, false);
  const ws = new WritableStream();
  ws.getWriter();
  assert.throws(() => structuredClone(ws, { transfer: [ws] }),
                dataCloneError('Cannot transfer a locked WritableStream'));
  const ts = new TransformStream();
  ts.writable.getWriter();
  assert.throws(() => structuredClone(ts, { transfer: [ts] }),
                dataCloneError('Cannot transfer a locked WritableStream'));
  for (const stream of [make(), new WritableStream(), new TransformStream()]) {
    assert.throws(() => structuredClone(stream), dataCloneError(
      'Object that needs transfer was found in message but not listed in transferList'));
    assert.throws(() => structuredClone({ nested: [stream] }), { name: 'DataCloneError' });
  }
  // Listed but not in the value: locked all the same.
  const listed = make();
  assert.strictEqual(structuredClone(7, { transfer: [listed] }), 7);
  assert.strictEqual(listed.locked, true);
  // Met twice in the value: one new stream.
  const shared = make();
  const out = structuredClone({ a: shared, b: shared }, { transfer: [shared] });
  assert.ok(out.a instanceof ReadableStream);
  assert.strictEqual(out.a, out.b);
  assert.strictEqual(inspect(out.a), "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
}

// DOMExceptions clone as DOMExceptions (the errors these streams send).
{
  const err = new DOMException('gone', { name: 'AbortError', cause: 1 });
  const copy = structuredClone(err);
  assert.ok(copy instanceof DOMException);
  assert.strictEqual(copy.name, 'AbortError');
  assert.strictEqual(copy.message, 'gone');
  assert.strictEqual(copy.code, 20);
  assert.strictEqual(copy.stack, err.stack);
  assert.strictEqual(copy.cause, undefined);
  class Sub extends DOMException {}
  assert.strictEqual(structuredClone(new Sub('x', 'NotFoundError')).constructor, DOMException);
}

async function readAll(stream) {
  const reader = stream.getReader();
  const out = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

async function readable() {
  // Reads pull from the source through the pipe; chunks are clones.
  const log = [];
  let pulls = 0;
  const chunk = { n: 0, bytes: new Uint8Array([9]) };
  const source = new ReadableStream({
    pull(c) {
      pulls++;
      log.push(`pull ${pulls}`);
      if (pulls <= 3) c.enqueue(chunk);
      else c.close();
    },
  }, { highWaterMark: 1 });
  const moved = structuredClone(source, { transfer: [source] });
  assert.strictEqual(source.locked, true);
  const reader = moved.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    log.push(done ? 'done' : `read ${value.bytes[0]}`);
    if (done) break;
    assert.notStrictEqual(value, chunk);
    assert.ok(value.bytes instanceof Uint8Array);
  }
  await reader.closed;
  assert.deepStrictEqual(log, ['pull 1', 'pull 2', 'pull 3', 'read 9', 'pull 4', 'read 9', 'read 9', 'done']);

  // A source's error arrives after the chunks before it.
  let n = 0;
  const failing = new ReadableStream({
    pull(c) {
      n++;
      if (n < 3) c.enqueue(n);
      else c.error(new RangeError('late'));
    },
  });
  const failingReader = structuredClone(failing, { transfer: [failing] }).getReader();
  assert.deepStrictEqual(await failingReader.read(), { value: 1, done: false });
  assert.deepStrictEqual(await failingReader.read(), { value: 2, done: false });
  await assert.rejects(failingReader.read(), { name: 'RangeError', message: 'late' });

  // An error class the clone does not know becomes an Error.
  class MyError extends Error {
    constructor(message) {
      super(message);
      this.name = 'MyError';
    }
  }
  const custom = new ReadableStream({ start(c) { c.error(new MyError('custom')); } });
  await assert.rejects(structuredClone(custom, { transfer: [custom] }).getReader().read(),
                       (err) => err.constructor === Error && err.name === 'Error' && err.message === 'custom');

  // Byte streams move as default streams of Uint8Arrays.
  const bytes = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } });
  const chunks = await readAll(structuredClone(bytes, { transfer: [bytes] }));
  assert.strictEqual(chunks.length, 1);
  assert.deepStrictEqual([...chunks[0]], [1, 2, 3]);

  // Transferred again.
  const first = new ReadableStream({ start(c) { c.enqueue('twice'); c.close(); } });
  const second = structuredClone(first, { transfer: [first] });
  const third = structuredClone(second, { transfer: [second] });
  assert.deepStrictEqual(await readAll(third), ['twice']);
}

// A source whose cancel() reports its reason through a promise: the reason
// crosses the channel, so it arrives on a later turn of the event loop.
function cancellable(pull) {
  let reported;
  const reason = new Promise((resolve) => { reported = resolve; });
  const stream = new ReadableStream({ pull, cancel(r) { reported(r); } });
  return { stream, reason };
}

async function cancel() {
  // cancel() reaches the source with its reason; for await's break too.
  const first = cancellable((c) => c.enqueue('y'));
  const reader = structuredClone(first.stream, { transfer: [first.stream] }).getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'y', done: false });
  await reader.cancel('why');
  assert.strictEqual(await first.reason, 'why');

  const second = cancellable((c) => c.enqueue('q'));
  for await (const chunk of structuredClone(second.stream, { transfer: [second.stream] })) {
    assert.strictEqual(chunk, 'q');
    break;
  }
  assert.strictEqual(await second.reason, undefined);

  // A reason that cannot be cloned: both ends see a DataCloneError.
  const third = cancellable((c) => c.enqueue('z'));
  const thirdReader = structuredClone(third.stream, { transfer: [third.stream] }).getReader();
  await thirdReader.read();
  await assert.rejects(thirdReader.cancel(() => {}), dataCloneError('() => {} could not be cloned.'));
  assert.strictEqual((await third.reason).name, 'DataCloneError');

  // So does a chunk that cannot be cloned.
  let badReason;
  const badCancelled = new Promise((resolve) => { badReason = resolve; });
  const bad = new ReadableStream({
    start(c) { c.enqueue(() => {}); },
    cancel(r) { badReason(r); },
  });
  await assert.rejects(structuredClone(bad, { transfer: [bad] }).getReader().read(),
                       dataCloneError('() => {} could not be cloned.'));
  assert.strictEqual((await badCancelled).message, '() => {} could not be cloned.');
}

async function writable() {
  // Writes resolve as the pipe takes them; the sink sees clones, then close.
  const log = [];
  let sinkClosed;
  const sinkDone = new Promise((resolve) => { sinkClosed = resolve; });
  const sink = new WritableStream({
    write(chunk) {
      log.push(`sink ${JSON.stringify(chunk)}`);
      return new Promise((resolve) => setTimeout(resolve, 5));
    },
    close() {
      log.push('sink close');
      sinkClosed();
    },
  }, { highWaterMark: 2 });
  const writer = structuredClone(sink, { transfer: [sink] }).getWriter();
  assert.strictEqual(writer.desiredSize, 1);
  await writer.ready;
  const p1 = writer.write({ k: 1 });
  const p2 = writer.write('two');
  assert.strictEqual(writer.desiredSize, -1);
  await p1;
  log.push('p1');
  await p2;
  log.push('p2');
  await writer.close();
  log.push('closed');
  await sinkDone;
  assert.deepStrictEqual(log, ['p1', 'sink {"k":1}', 'p2', 'closed', 'sink "two"', 'sink close']);

  // The sink's error comes back and errors the new stream: the writes
  // after it fail with it.
  const seen = [];
  const failing = new WritableStream({
    write(chunk) {
      seen.push(chunk);
      if (chunk === 2) throw new TypeError('sink broke');
    },
  });
  const failingWriter = structuredClone(failing, { transfer: [failing] }).getWriter();
  await failingWriter.write(1);
  await failingWriter.write(2);
  await assert.rejects(failingWriter.closed, { name: 'TypeError', message: 'sink broke' });
  await assert.rejects(failingWriter.write(3), { name: 'TypeError', message: 'sink broke' });
  assert.deepStrictEqual(seen, [1, 2]);

  // abort() reaches the sink with its reason.
  const aborted = [];
  let sinkAborted;
  const abortDone = new Promise((resolve) => { sinkAborted = resolve; });
  const target = new WritableStream({
    write(c) { aborted.push(c); },
    abort(r) {
      aborted.push(`abort ${r}`);
      sinkAborted();
    },
  });
  const targetWriter = structuredClone(target, { transfer: [target] }).getWriter();
  await targetWriter.write('a');
  await targetWriter.abort('stop');
  await abortDone;
  assert.deepStrictEqual(aborted, ['a', 'abort stop']);
}

async function transform() {
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(chunk * 10); } });
  const moved = structuredClone(ts, { transfer: [ts] });
  assert.ok(moved instanceof TransformStream);
  assert.strictEqual(ts.readable.locked, true);
  assert.strictEqual(ts.writable.locked, true);
  const source = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  assert.deepStrictEqual(await readAll(source.pipeThrough(moved)), [10, 20]);
}

async function postMessage() {
  const { port1, port2 } = new MessageChannel();
  const stream = new ReadableStream({ start(c) { c.enqueue('via port'); c.close(); } });
  const received = new Promise((resolve) => { port2.onmessage = ({ data }) => resolve(data); });
  port1.postMessage({ stream }, [stream]);
  assert.strictEqual(stream.locked, true);
  const data = await received;
  assert.deepStrictEqual(await readAll(data.stream), ['via port']);
  port1.close();
  assert.throws(() => port1.postMessage(new ReadableStream()), { name: 'DataCloneError' });
}

// The ends that only send (a cancelled reader's source, an aborted sink)
// do not hold the process open, as in Node: this timer does, until the
// last check.
const keepAlive = setInterval(() => {}, 1000);
(async () => {
  await readable();
  await cancel();
  await writable();
  await transform();
  await postMessage();
  clearInterval(keepAlive);
})().then(common.mustCall());
