'use strict';
// ReadableStream.from(): async and sync iterables, promises among sync
// values, how fast each value arrives (Node's pace), cancel() calling the
// iterator's return(), and the errors.
const assert = require('assert');
const common = require('../common');

async function collect(stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

(async () => {
  assert.deepStrictEqual(await collect(ReadableStream.from([1, 2, 3])), [1, 2, 3]);
  assert.deepStrictEqual(await collect(ReadableStream.from('ab')), ['a', 'b']);
  assert.deepStrictEqual(await collect(ReadableStream.from(new Set([1]))), [1]);
  async function* gen() { yield 'x'; yield 'y'; }
  assert.deepStrictEqual(await collect(ReadableStream.from(gen())), ['x', 'y']);
  // Promises yielded by a sync iterator are awaited.
  assert.deepStrictEqual(await collect(ReadableStream.from([Promise.resolve(1), 2])), [1, 2]);
  // A ReadableStream is itself async-iterable.
  const inner = new ReadableStream({ start(c) { c.enqueue('s'); c.close(); } });
  assert.deepStrictEqual(await collect(ReadableStream.from(inner)), ['s']);

  assert(ReadableStream.from([]) instanceof ReadableStream);
  assert.throws(() => ReadableStream.from(1), {
    name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE', message: '1 must be iterable',
  });
  assert.throws(() => ReadableStream.from({ [Symbol.asyncIterator]: 1 }), { code: 'ERR_ARG_NOT_ITERABLE' });
  assert.throws(() => ReadableStream.from(null), TypeError);

  // next() must give objects.
  const bad = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
  await assert.rejects(bad.getReader().read(), {
    name: 'TypeError',
    message: 'Invalid state: The promise returned by the iterator.next() method must fulfill with an object',
  });
  // A throwing next() errors the stream.
  const err = new Error('next failed');
  const throwing = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { throw err; } }; } });
  await assert.rejects(throwing.getReader().read(), err);

  // cancel() calls return(reason); pending reads end.
  const iterable = {
    [Symbol.asyncIterator]() {
      return {
        next: common.mustCall(() => new Promise(() => {})),
        return: common.mustCall((reason) => {
          assert.strictEqual(reason, 'stop');
          return { done: true };
        }),
      };
    },
  };
  const reader = ReadableStream.from(iterable).getReader();
  const pending = reader.read();
  await new Promise((r) => setTimeout(r, 1)); // started, next() called
  assert.strictEqual(await reader.cancel('stop'), undefined);
  assert.deepStrictEqual(await pending, { value: undefined, done: true });

  // Pace: each value of a sync iterable is ready a microtask after next().
  const log = [];
  let tick = 0;
  const L = (s) => log.push(`${s}@${tick}`);
  let i = 0;
  const counted = ReadableStream.from({
    [Symbol.iterator]() {
      return { next() { L(`next ${i}`); return i < 2 ? { value: i++, done: false } : { done: true }; } };
    },
  });
  await new Promise((r) => setTimeout(r, 1));
  let p = Promise.resolve();
  for (let t = 1; t <= 10; t++) p = p.then(() => { tick = t; });
  const r2 = counted.getReader();
  for (let k = 0; k < 3; k++) r2.read().then((r) => L(`read ${r.done ? 'done' : r.value}`));
  await new Promise((r) => setTimeout(r, 5));
  assert.deepStrictEqual(log, ['next 0@0', 'next 1@1', 'read 0@2', 'next 2@2', 'read 1@3', 'read done@4']);
})().then(common.mustCall());
