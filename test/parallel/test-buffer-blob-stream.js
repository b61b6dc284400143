'use strict';
// blob.stream() is a byte stream giving the blob's bytes (one chunk, as
// Node gives; an empty blob none), readable with a BYOB reader too;
// blob.textStream() gives the UTF-8 text.
const common = require('../common');
const assert = require('assert');

(async () => {
  for (const n of [0, 3, 70000]) {
    const blob = new Blob([new Uint8Array(n).fill(7)]);
    const chunks = [];
    for await (const chunk of blob.stream()) chunks.push(chunk);
    assert.strictEqual(chunks.length, n === 0 ? 0 : 1);
    for (const chunk of chunks) {
      assert.strictEqual(Object.getPrototypeOf(chunk), Uint8Array.prototype);
      assert.strictEqual(chunk.length, n);
      assert.ok(chunk.every((v) => v === 7));
    }
  }

  const stream = new Blob(['ab']).stream();
  assert.strictEqual(Object.prototype.toString.call(stream), '[object ReadableStream]');
  assert.strictEqual(stream.locked, false);
  const reader = stream.getReader({ mode: 'byob' });
  assert.deepStrictEqual(await reader.read(new Uint8Array(1)), { value: new Uint8Array([97]), done: false });
  assert.deepStrictEqual(await reader.read(new Uint8Array(4)), { value: new Uint8Array([98]), done: false });
  const end = await reader.read(new Uint8Array(4));
  assert.strictEqual(end.done, true);

  const parts = [];
  for await (const text of new Blob(['h\u00e9llo ', new Uint8Array([0xe2, 0x82, 0xac])]).textStream()) parts.push(text);
  assert.strictEqual(parts.join(''), 'h\u00e9llo \u20ac');

  assert.throws(() => Blob.prototype.stream.call({}), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
