'use strict';
// pipeline() with functions: a source function (given { signal }), async
// generator transforms that receive the previous stage as an async
// iterable, and an async destination function whose result is passed to
// the callback.
const assert = require('assert');
const { pipeline, Readable, Writable } = require('stream');

const log = [];

pipeline(
  function* source() { yield 'a'; yield 'b'; },
  async function* double(src) {
    for await (const chunk of src) yield chunk + chunk;
  },
  async function* upper(src, { signal }) {
    assert.ok(signal instanceof AbortSignal);
    for await (const chunk of src) yield chunk.toUpperCase();
  },
  async function collect(src) {
    let all = '';
    for await (const chunk of src) all += chunk;
    return all;
  },
  (err, value) => log.push(`1: err=${err} value=${value}`),
);

// Streams and generators mixed; a Readable source into a generator.
const sink = [];
pipeline(
  Readable.from([1, 2, 3]),
  async function* (src) {
    for await (const n of src) yield String(n * 10);
  },
  new Writable({ write(c, e, cb) { sink.push(String(c)); cb(); } }),
  (err) => log.push(`2: err=${err} sink=${sink.join(',')}`),
);

// A generator that throws fails the pipeline and destroys the source.
const src3 = new Readable({ highWaterMark: 4, read() { this.push('x'); } });
pipeline(
  src3,
  async function* (src) {
    for await (const c of src) {
      throw new Error(`generator saw ${c}`);
    }
  },
  async function (src) {
    for await (const c of src);
  },
  (err) => log.push(`3: ${err.message} src destroyed=${src3.destroyed}`),
);

// The source function's signal aborts when the pipeline fails.
pipeline(
  async function* (opts) {
    opts.signal.addEventListener('abort', () => log.push('4: source signal aborted'));
    yield 'one';
    await new Promise((resolve) => setTimeout(resolve, 20));
    yield 'two';
  },
  async function (src) {
    for await (const c of src) throw new Error(`stop at ${c}`);
  },
  (err) => log.push(`4: ${err.message}`),
);

// Return values that are not iterables are errors.
assert.throws(() => pipeline(() => 5, new Writable(), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected Iterable, AsyncIterable or Stream to be returned from the "source" function ' +
    'but got type number (5).',
});
assert.throws(() => pipeline(Readable.from([]), () => 5, new Writable(), () => {}), {
  message: 'Expected AsyncIterable to be returned from the "transform[0]" function but got type number (5).',
});
assert.throws(() => pipeline(Readable.from([]), () => 5, () => {}), {
  message: 'Expected AsyncIterable or Promise to be returned from the "destination" function ' +
    'but got type number (5).',
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '4: source signal aborted', '4: stop at one', '3: generator saw x src destroyed=true',
    '1: err=undefined value=AABB', '2: err=undefined sink=10,20,30',
  ]);
});
