'use strict';
// Duplex.toWeb gives { readable, writable } over a Duplex (readableType
// 'bytes' makes the readable a byte stream); Duplex.fromWeb joins such a
// pair into a Duplex.
const common = require('../common');
const assert = require('assert');
const { Duplex, PassThrough } = require('stream');

assert.throws(() => Duplex.toWeb(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "duplex" argument must be an stream.Duplex. Received type number (5)',
});
assert.throws(() => Duplex.fromWeb(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pair" argument must be of type object. Received type number (5)',
});
assert.throws(() => Duplex.fromWeb({ readable: new ReadableStream() }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pair.writable" property must be an instance of WritableStream. Received undefined',
});
assert.throws(() => Duplex.fromWeb({ readable: new ReadableStream(), writable: new WritableStream() },
                                   { encoding: 'zz' }), { code: 'ERR_INVALID_ARG_VALUE' });

(async () => {
  // Through a PassThrough: what goes into the writable comes out of the
  // readable.
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const writer = writable.getWriter();
  writer.write(new TextEncoder().encode('ping'));
  writer.close();
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  assert.strictEqual(Buffer.concat(chunks).toString(), 'ping');

  const pair = Duplex.toWeb(new PassThrough(), { readableType: 'bytes' });
  assert.strictEqual(pair.readable.getReader({ mode: 'byob' }).constructor.name, 'ReadableStreamBYOBReader');

  // fromWeb over a TransformStream.
  const upper = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase()));
    },
  });
  const d = Duplex.fromWeb(upper, { encoding: 'utf8' });
  let out = '';
  d.on('data', (s) => { out += s; });
  d.end('shout');
  await new Promise((resolve) => d.on('end', resolve));
  assert.strictEqual(out, 'SHOUT');

  // objectMode passes values both ways.
  const identity = new TransformStream();
  const od = Duplex.fromWeb(identity, { objectMode: true });
  od.write({ n: 1 });
  od.end();
  const values = [];
  for await (const v of od) values.push(v);
  assert.deepStrictEqual(values, [{ n: 1 }]);
})().then(common.mustCall());
