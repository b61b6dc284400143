'use strict';
// pipeThrough(): returns transform.readable, pipes into transform.writable,
// chains, validates its arguments (synchronously, with Node's names), and
// passes the pipe options on.
const assert = require('assert');
const common = require('../common');

(async () => {
  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } });
  const exclaim = new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}!`); } });
  const source = ReadableStream.from(['a', 'b']);
  const out = source.pipeThrough(upper).pipeThrough(exclaim);
  assert.strictEqual(out, exclaim.readable);
  assert.strictEqual(source.locked, true);
  assert.strictEqual(upper.writable.locked, true);
  const chunks = [];
  for await (const c of out) chunks.push(c);
  assert.deepStrictEqual(chunks, ['A!', 'B!']);

  // Any { readable, writable } pair works.
  const pair = { readable: new ReadableStream(), writable: new WritableStream() };
  assert.strictEqual(new ReadableStream().pipeThrough(pair), pair.readable);

  assert.throws(() => new ReadableStream().pipeThrough({}), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transform.readable" property must be an instance of ReadableStream. Received undefined',
  });
  assert.throws(() => new ReadableStream().pipeThrough({ readable: new ReadableStream() }), {
    message: 'The "transform.writable" property must be an instance of WritableStream. Received undefined',
  });
  assert.throws(() => new ReadableStream().pipeThrough(new TransformStream(), 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream().pipeThrough(new TransformStream(), { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.pipeThrough(new TransformStream()), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked',
  });
  const ts = new TransformStream();
  ts.writable.getWriter();
  assert.throws(() => new ReadableStream().pipeThrough(ts), { message: 'Invalid state: The WritableStream is locked' });
  assert.throws(() => ReadableStream.prototype.pipeThrough.call({}, new TransformStream()), {
    code: 'ERR_INVALID_THIS',
  });

  // Members read in Node's order.
  const log = [];
  const spy = (name, obj) => new Proxy(obj, {
    get(t, k) { if (typeof k === 'string') log.push(`${name}.${k}`); return t[k]; },
  });
  new ReadableStream().pipeThrough(spy('ts', new TransformStream()), spy('opt', {}));
  assert.deepStrictEqual(log, ['ts.readable', 'ts.writable', 'opt.preventAbort', 'opt.preventCancel',
    'opt.preventClose', 'opt.signal']);

  // preventClose leaves the transform's writable side open; an error goes
  // through and the rejection of the hidden pipe is not reported.
  const kept = new TransformStream();
  new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }).pipeThrough(kept, { preventClose: true });
  const r = kept.readable.getReader();
  assert.strictEqual((await r.read()).value, 'x');
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.strictEqual(kept.writable.locked, false);
  const writer = kept.writable.getWriter();
  writer.write('more');
  assert.strictEqual((await r.read()).value, 'more');

  const err = new Error('source failed');
  const failed = new ReadableStream({ start(c) { c.error(err); } }).pipeThrough(new TransformStream());
  await assert.rejects(failed.getReader().read(), err);
})().then(common.mustCall());
