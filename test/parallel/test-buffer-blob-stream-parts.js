'use strict';
// Blob#stream() gives a chunk for each part the blob was made of, as
// Node 24 does: slices keep the parts they cover, a blob part brings its
// own parts, empty parts give none, and a BYOB read takes a part a piece
// at a time and then ends (issue 4; kiln gave the whole blob as one chunk
// and left a BYOB read at the end pending).
const common = require('../common');
const assert = require('assert');
const { Blob, File } = require('buffer');

async function chunkSizes(blob) {
  const sizes = [];
  for await (const chunk of blob.stream()) sizes.push(chunk.byteLength);
  return sizes;
}

(async () => {
  const hello = new Blob(Array(4).fill('hello'));
  assert.deepStrictEqual(await chunkSizes(hello), [5, 5, 5, 5]);
  assert.deepStrictEqual(await chunkSizes(hello.slice(3, 12)), [2, 5, 2]);
  assert.deepStrictEqual(await chunkSizes(hello.slice(3, 12).slice(1, 5)), [1, 3]);
  assert.deepStrictEqual(await chunkSizes(hello.slice(6, 9)), [3]);
  assert.deepStrictEqual(await chunkSizes(new Blob(['ab', hello, '', 'c'])), [2, 5, 5, 5, 5, 1]);
  assert.deepStrictEqual(await chunkSizes(new Blob(['', '', 'x', ''])), [1]);
  assert.deepStrictEqual(await chunkSizes(new Blob([])), []);
  assert.deepStrictEqual(
    await chunkSizes(new Blob([new Uint8Array(3), new ArrayBuffer(2), new DataView(new ArrayBuffer(4))])), [3, 2, 4]);
  assert.deepStrictEqual(await chunkSizes(new Blob([new Uint8Array(200000), 'x'])), [200000, 1]);
  assert.deepStrictEqual(await chunkSizes(new File(['a', 'bc'], 'f')), [1, 2]);
  assert.deepStrictEqual(await chunkSizes(structuredClone(hello)), [5, 5, 5, 5]);
  assert.deepStrictEqual(await chunkSizes(await new Response(hello).blob()), [20]);
  // The bytes are the blob's, whatever the chunks.
  assert.strictEqual(await new Response(hello.slice(3, 12).stream()).text(), 'lohellohe');
  assert.strictEqual(await hello.slice(3, 12).text(), 'lohellohe');

  // BYOB: the rest of a part comes before the next part; the end answers.
  const reader = hello.stream().getReader({ mode: 'byob' });
  const sizes = [];
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(3));
    if (done) {
      assert.strictEqual(value.byteLength, 0);
      break;
    }
    sizes.push(value.byteLength);
  }
  assert.deepStrictEqual(sizes, [3, 2, 3, 2, 3, 2, 3, 2]);

  const whole = new Blob(['hello']).stream().getReader({ mode: 'byob' });
  assert.strictEqual((await whole.read(new Uint8Array(100))).value.byteLength, 5);
  assert.strictEqual((await whole.read(new Uint8Array(100))).done, true);
})().then(common.mustCall());
