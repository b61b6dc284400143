'use strict';
// TextEncoderStream: strings in, UTF-8 Uint8Arrays out; a surrogate pair
// split across chunks is joined, a lone surrogate becomes U+FFFD (also one
// left at the end), empty chunks produce nothing, non-strings are
// stringified.
const assert = require('assert');
const common = require('../common');

(async () => {
  const tes = new TextEncoderStream();
  assert.strictEqual(tes.encoding, 'utf-8');
  assert(tes.readable instanceof ReadableStream);
  assert(tes.writable instanceof WritableStream);
  assert.strictEqual(tes.readable, tes.readable);
  assert.strictEqual(Object.prototype.toString.call(tes), '[object Object]');

  const out = [];
  const reading = (async () => {
    for await (const chunk of tes.readable) {
      assert.strictEqual(chunk.constructor, Uint8Array);
      out.push([...chunk]);
    }
  })();
  const writer = tes.writable.getWriter();
  await writer.write('a\u00e9');
  await writer.write('\ud83d');
  await writer.write('\ude00b');
  await writer.write('');
  await writer.write('\ud800');
  await writer.write(42);
  await writer.write('\ud801');
  await writer.close();
  await reading;
  assert.deepStrictEqual(out, [
    [0x61, 0xc3, 0xa9],
    [0xf0, 0x9f, 0x98, 0x80, 0x62],
    [0xef, 0xbf, 0xbd, 0x34, 0x32],
    [0xef, 0xbf, 0xbd],
  ]);

  // Through pipeThrough.
  const bytes = [];
  await ReadableStream.from(['hi', ' ', 'there'])
    .pipeThrough(new TextEncoderStream())
    .pipeTo(new WritableStream({ write(c) { bytes.push(...c); } }));
  assert.strictEqual(Buffer.from(bytes).toString(), 'hi there');

  assert.throws(() => Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'readable').get.call({}), TypeError);
})().then(common.mustCall());
