'use strict';
// Readable.toWeb: a ReadableStream over a stream.Readable. Bytes arrive as
// Uint8Array copies, strings as strings; the web side's queue limits how
// far the Readable is read ahead; an error or premature close reaches the
// reader; cancel() destroys the Readable. type: 'bytes' gives a byte
// stream with a BYOB reader.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

// Argument checks, with Node's codes and wording.
assert.throws(() => Readable.toWeb(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "streamReadable" argument must be an stream.Readable. Received type number (5)',
});
assert.throws(() => Readable.toWeb(new Readable({ read() {} }), 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Readable.toWeb(new Readable({ read() {} }), { type: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.type' must be one of: 'bytes', undefined. Received 'x'",
});
assert.strictEqual(Readable.toWeb.name, '');
assert.strictEqual(Readable.toWeb.length, 2);

(async () => {
  // Data, in order, as copies.
  const source = new Readable({ read() {} });
  const buf = Buffer.from('ab');
  source.push(buf);
  source.push('cd');
  source.push(null);
  const chunks = [];
  for await (const chunk of Readable.toWeb(source)) chunks.push(chunk);
  assert.deepStrictEqual(chunks.map((c) => c.constructor.name), ['Uint8Array', 'Uint8Array']);
  assert.deepStrictEqual(Buffer.concat(chunks).toString(), 'abcd');
  assert.notStrictEqual(chunks[0].buffer, buf.buffer);

  // An encoding makes string chunks; objectMode passes objects through.
  const text = new Readable({ read() {}, encoding: 'utf8' });
  text.push('x');
  text.push(null);
  const got = [];
  for await (const chunk of Readable.toWeb(text)) got.push(chunk);
  assert.deepStrictEqual(got, ['x']);
  const objects = Readable.from([{ a: 1 }, 2]);
  const objs = [];
  for await (const chunk of Readable.toWeb(objects)) objs.push(chunk);
  assert.deepStrictEqual(objs, [{ a: 1 }, 2]);

  // Backpressure: with a count strategy of 2, at most a few chunks are
  // read before anybody reads from the web side.
  let produced = 0;
  const endless = new Readable({ objectMode: true, highWaterMark: 1, read() { this.push(produced++); } });
  const limited = Readable.toWeb(endless, { strategy: new CountQueuingStrategy({ highWaterMark: 2 }) });
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(produced <= 5, `read ${produced} chunks ahead`);
  const reader = limited.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 0, done: false });
  reader.releaseLock();

  // cancel() destroys the Readable with the reason.
  const idle = new Readable({ read() {} });
  idle.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'enough')));
  await Readable.toWeb(idle).cancel(new Error('enough'));
  assert.strictEqual(idle.destroyed, true);

  // An error on the Readable errors the web stream.
  const failing = new Readable({ read() {} });
  const failingWeb = Readable.toWeb(failing);
  failing.destroy(new Error('boom'));
  await assert.rejects(failingWeb.getReader().read(), { message: 'boom' });

  // Destroyed without an error: a premature close, an AbortError.
  const closed = new Readable({ read() {} });
  closed.destroy();
  await assert.rejects(Readable.toWeb(closed).getReader().read(), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause.code, 'ERR_STREAM_PREMATURE_CLOSE');
    return true;
  });

  // type 'bytes': a byte stream that BYOB readers can read.
  const bytes = new Readable({ read() {} });
  bytes.push(Buffer.from('hello'));
  bytes.push(null);
  const byteStream = Readable.toWeb(bytes, { type: 'bytes' });
  const byob = byteStream.getReader({ mode: 'byob' });
  const first = await byob.read(new Uint8Array(16));
  assert.strictEqual(Buffer.from(first.value).toString(), 'hello');
  assert.strictEqual((await byob.read(new Uint8Array(16))).done, true);
})().then(common.mustCall());
