'use strict';
// node:stream/consumers reads a whole Readable, web ReadableStream or
// async iterable: text() decodes UTF-8 split across chunks, json() parses,
// buffer()/arrayBuffer()/bytes()/blob() join the bytes (strings as UTF-8).
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');
const consumers = require('stream/consumers');
const { arrayBuffer, blob, buffer, bytes, json, text } = consumers;

assert.deepStrictEqual(Object.keys(consumers), ['arrayBuffer', 'blob', 'buffer', 'bytes', 'text', 'json']);
assert.strictEqual(require('node:stream/consumers'), consumers);

const euro = Buffer.from('€');  // three bytes, split below
const parts = () => [euro.subarray(0, 1), euro.subarray(1), Buffer.from('!')];

(async () => {
  assert.strictEqual(await text(Readable.from(parts())), '€!');
  assert.strictEqual(await text((async function*() { yield 'a'; yield Buffer.from('b'); })()), 'ab');
  assert.deepStrictEqual(await json(Readable.from(['{"a":', '[1,2]}'])), { a: [1, 2] });
  await assert.rejects(json(Readable.from(['{'])), SyntaxError);

  const b = await buffer(Readable.from(parts()));
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.toString(), '€!');
  const ab = await arrayBuffer(Readable.from(['x', Buffer.from('y')]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString(), 'xy');
  const u8 = await bytes(Readable.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
  assert.strictEqual(u8.constructor, Uint8Array);
  assert.deepStrictEqual([...u8], [1, 2, 3]);
  const bl = await blob(Readable.from(['hi', Buffer.from('!')]));
  assert.strictEqual(bl.size, 3);
  assert.strictEqual(await bl.text(), 'hi!');

  // Web streams are async iterable too.
  const web = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('we'));
      c.enqueue(new TextEncoder().encode('b'));
      c.close();
    },
  });
  assert.strictEqual(await text(web), 'web');

  // A failing stream rejects with its error.
  const failing = new Readable({ read() { this.destroy(new Error('broken')); } });
  await assert.rejects(text(failing), { message: 'broken' });
})().then(common.mustCall());
