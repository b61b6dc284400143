'use strict';
// node:stream's helpers see web streams: isDisturbed/isErrored/isReadable,
// finished() when a web stream ends, addAbortSignal() erroring one, and
// pipeline() between them.
const assert = require('assert');
const common = require('../common');
const stream = require('stream');

(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
  assert.strictEqual(stream.isDisturbed(rs), false);
  assert.strictEqual(stream.isErrored(rs), false);
  assert.strictEqual(stream.isReadable(rs), true);
  await rs.getReader().read();
  assert.strictEqual(stream.isDisturbed(rs), true);

  const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  assert.strictEqual(stream.isErrored(errored), true);
  assert.strictEqual(stream.isReadable(errored), false);

  const ws = new WritableStream();
  stream.finished(ws, common.mustCall((err) => assert.strictEqual(err, undefined)));
  await ws.getWriter().close();

  const cancelled = new ReadableStream();
  stream.finished(cancelled, common.mustCall((err) => assert.strictEqual(err, undefined)));
  await cancelled.cancel();

  const ac = new AbortController();
  const aborted = new ReadableStream();
  stream.addAbortSignal(ac.signal, aborted);
  const closed = aborted.getReader().closed;
  ac.abort();
  await assert.rejects(closed, { name: 'AbortError' });

  const seen = [];
  await stream.promises.pipeline(ReadableStream.from(['a', 'b']),
                                 new WritableStream({ write(c) { seen.push(c); } }));
  assert.deepStrictEqual(seen, ['a', 'b']);
})().then(common.mustCall());
