'use strict';
// The body mixin: text(), json(), arrayBuffer(), bytes(), blob() and
// formData() on every kind of body, `body` as a byte ReadableStream, and
// the TypeErrors for a used or locked body.
const common = require('../common');
const assert = require('assert');

const te = (message) => ({ name: 'TypeError', message });

(async () => {
  assert.strictEqual(await new Response('héllo').text(), 'héllo');
  assert.strictEqual(await new Response('\ud800').text(), '\ufffd');
  assert.strictEqual(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text(), 'a'); // BOM dropped
  assert.deepStrictEqual(await new Response('{"a":[1]}').json(), { a: [1] });
  await assert.rejects(new Response('{bad').json(), SyntaxError);
  const ab = await new Response('ab').arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual(new Uint8Array(ab), new Uint8Array([97, 98]));
  const bytes = await new Response(new Uint16Array([0x6261]).subarray(0, 1)).bytes();
  assert.strictEqual(Object.getPrototypeOf(bytes), Uint8Array.prototype);
  assert.deepStrictEqual(bytes, new Uint8Array([0x61, 0x62]));
  assert.deepStrictEqual(await new Response(new DataView(new Uint8Array([1, 2, 3]).buffer, 1)).bytes(),
                         new Uint8Array([2, 3]));
  assert.strictEqual(await new Response(new Blob(['b', 'lob'])).text(), 'blob');
  assert.strictEqual(await new Response(null).text(), '');
  assert.deepStrictEqual(await new Response().bytes(), new Uint8Array(0));

  // The body is copied when the Response is made.
  const source = new Uint8Array([1]);
  const copied = new Response(source);
  source[0] = 9;
  assert.deepStrictEqual(await copied.bytes(), new Uint8Array([1]));

  const blob = await new Response('ab', { headers: { 'content-type': 'X/Y; A=B' } }).blob();
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.type, 'x/y;a=b');
  assert.strictEqual(await blob.text(), 'ab');
  assert.strictEqual((await new Response('x').blob()).type, 'text/plain;charset=utf-8');
  assert.strictEqual((await new Response(new Uint8Array(1)).blob()).type, '');

  // Async iterables are read as byte streams; strings in them are UTF-8.
  const iterable = (async function* () { yield new Uint8Array([65]); yield 'B'; })();
  assert.strictEqual(await new Response(iterable).text(), 'AB');
  const buffers = (async function* () { yield new ArrayBuffer(2); yield Buffer.from('hi'); yield ''; })();
  assert.deepStrictEqual(await new Response(buffers).bytes(), new Uint8Array([0, 0, 104, 105]));
  await assert.rejects(new Response((async function* () { yield 1; })()).text(), { name: 'TypeError' });
  await assert.rejects(new Response((async function* () { throw new RangeError('x'); })()).text(),
                       { name: 'RangeError', message: 'x' });
  await assert.rejects(new Response(new ReadableStream({ start(c) { c.error(new RangeError('boom')); } })).text(),
                       { name: 'RangeError', message: 'boom' });
  // An array is not a body type: it becomes its string.
  assert.strictEqual(await new Response(['a', 'b']).text(), 'a,b');

  // A used or locked body cannot be read again.
  const once = new Response('abc');
  assert.strictEqual(once.bodyUsed, false);
  await once.text();
  assert.strictEqual(once.bodyUsed, true);
  await assert.rejects(once.text(), te('Body is unusable: Body has already been read'));
  assert.strictEqual(once.body.locked, true);
  const locked = new Response('abc');
  locked.body.getReader();
  assert.strictEqual(locked.bodyUsed, false);
  await assert.rejects(locked.arrayBuffer(), te('Body is unusable: Body has already been read'));
  await assert.rejects(Response.prototype.text.call({}), { name: 'TypeError', code: 'ERR_INVALID_THIS' });

  // A stream body: chunks must be Uint8Arrays.
  const streamBody = new Response(new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([111])); c.enqueue(new Uint8Array([107])); c.close(); },
  }));
  assert.strictEqual(await streamBody.text(), 'ok');
  await assert.rejects(new Response(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } })).text(),
                       te('Received non-Uint8Array chunk'));
  const disturbed = new ReadableStream();
  disturbed.getReader();
  assert.throws(() => new Response(disturbed), te('Response body object should not be disturbed or locked'));

  // `body` is one byte stream, read by chunks; reading it uses the body.
  const r = new Response('xyz');
  const stream = r.body;
  assert.strictEqual(r.body, stream);
  assert.ok(stream instanceof ReadableStream);
  const reader = stream.getReader({ mode: 'byob' });
  const first = await reader.read(new Uint8Array(2));
  assert.deepStrictEqual(first.value, new Uint8Array([120, 121]));
  assert.strictEqual(r.bodyUsed, true);
  reader.releaseLock();
  await assert.rejects(r.text(), te('Body is unusable: Body has already been read'));
  assert.notStrictEqual(new Response('').body, null);
  const chunks = [];
  for await (const chunk of new Response('').body) chunks.push(chunk);
  assert.deepStrictEqual(chunks, []);
})().then(common.mustCall());
