'use strict';
// Readable.fromWeb: a stream.Readable reading a ReadableStream. Options
// highWaterMark, encoding, objectMode and signal; the web stream's error
// destroys the Readable; destroying the Readable cancels the web stream.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

assert.throws(() => Readable.fromWeb(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "readableStream" argument must be an instance of ReadableStream. Received type number (5)',
});
assert.throws(() => Readable.fromWeb(new ReadableStream(), { encoding: 'zz' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.encoding' is invalid. Received 'zz'",
});
assert.throws(() => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.objectMode" property must be of type boolean. Received type number (1)',
});
assert.throws(() => Readable.fromWeb(new ReadableStream(), 5), { code: 'ERR_INVALID_ARG_TYPE' });

function webOf(...chunks) {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

(async () => {
  const r = Readable.fromWeb(webOf(new Uint8Array([104, 105]), new Uint8Array([33])));
  assert.strictEqual(r.readableObjectMode, false);
  assert.strictEqual(r.readableHighWaterMark, 65536);
  const parts = [];
  for await (const chunk of r) parts.push(chunk);
  assert.strictEqual(Buffer.concat(parts).toString(), 'hi!');

  const text = Readable.fromWeb(webOf(new Uint8Array([0xc3]), new Uint8Array([0xa9])), { encoding: 'utf8' });
  let s = '';
  for await (const chunk of text) s += chunk;
  assert.strictEqual(s, 'é');

  const objects = Readable.fromWeb(webOf({ a: 1 }, 'two'), { objectMode: true, highWaterMark: 4 });
  assert.strictEqual(objects.readableHighWaterMark, 4);
  const got = [];
  for await (const chunk of objects) got.push(chunk);
  assert.deepStrictEqual(got, [{ a: 1 }, 'two']);

  // The web stream's error destroys the Readable with it.
  const failing = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web failed')); } }));
  failing.resume();
  await new Promise((resolve) => failing.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'web failed');
    resolve();
  })));

  // destroy() cancels the web stream with the error.
  const reasons = [];
  const cancellable = Readable.fromWeb(new ReadableStream({
    pull() {},
    cancel(reason) { reasons.push(reason); },
  }));
  const why = new Error('stop');
  cancellable.on('error', common.mustCall());
  cancellable.destroy(why);
  await new Promise((resolve) => cancellable.on('close', resolve));
  assert.deepStrictEqual(reasons, [why]);

  // An aborted signal destroys the Readable with an AbortError.
  const ac = new AbortController();
  const aborted = Readable.fromWeb(new ReadableStream({ pull() {} }), { signal: ac.signal });
  ac.abort();
  await new Promise((resolve) => aborted.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    resolve();
  })));
})().then(common.mustCall());
