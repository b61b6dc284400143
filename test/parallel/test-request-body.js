'use strict';
// Request bodies: GET/HEAD cannot have one, Content-Type from the body
// unless given, streams need duplex: 'half' and no keepalive, a Request as
// input hands over its body, and clone() tees it.
require('../common');
const assert = require('assert');

const te = (message) => ({ name: 'TypeError', message });

(async () => {
  assert.throws(() => new Request('http://x/', { body: 'x' }), te('Request with GET/HEAD method cannot have body.'));
  assert.throws(() => new Request('http://x/', { method: 'HEAD', body: 'x' }),
                te('Request with GET/HEAD method cannot have body.'));
  assert.strictEqual(new Request('http://x/', { body: null }).body, null);

  const post = (body, init) => new Request('http://x/', { method: 'POST', body, ...init });
  assert.strictEqual(post('s').headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(post('s', { headers: { 'Content-Type': 'a/b' } }).headers.get('content-type'), 'a/b');
  assert.strictEqual(post(new URLSearchParams('a=1')).headers.get('content-type'),
                     'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(post(new Blob(['x'], { type: 'X/Y' })).headers.get('content-type'), 'x/y');
  assert.strictEqual(post(new Blob(['x'])).headers.get('content-type'), null);
  assert.strictEqual(post(new Uint8Array(1)).headers.get('content-type'), null);
  assert.match(post(new FormData()).headers.get('content-type'), /^multipart\/form-data; boundary=----formdata-undici-0\d{11}$/);
  assert.strictEqual(await post('abc').text(), 'abc');
  assert.strictEqual(await post(12).text(), '12');

  assert.throws(() => post(new ReadableStream()), te('RequestInit: duplex option is required when sending a body.'));
  assert.throws(() => post(new ReadableStream(), { duplex: 'half', keepalive: true }), te('keepalive'));
  const streamed = post(new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); },
  }), { duplex: 'half' });
  assert.strictEqual(streamed.duplex, 'half');
  assert.strictEqual(await streamed.text(), 'hi');

  // A Request as input: its body moves to the new request.
  const original = post('moved');
  const moved = new Request(original);
  assert.strictEqual(original.bodyUsed, true);
  assert.strictEqual(moved.method, 'POST');
  assert.strictEqual(await moved.text(), 'moved');
  assert.throws(() => new Request(original),
                te('Cannot construct a Request with a Request object that has already been used.'));
  // ... unless init gives a new body.
  const replaced = new Request(original, { body: 'new' });
  assert.strictEqual(await replaced.text(), 'new');

  // clone(): both read the same bytes; a used body cannot be cloned.
  const withBody = post('twice');
  const copy = withBody.clone();
  assert.strictEqual(copy.method, 'POST');
  assert.notStrictEqual(copy.headers, withBody.headers);
  assert.deepStrictEqual([...copy.headers], [...withBody.headers]);
  assert.deepStrictEqual(await Promise.all([withBody.text(), copy.text()]), ['twice', 'twice']);
  assert.throws(() => withBody.clone(), te('unusable'));

  const streamClone = post(new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); },
  }), { duplex: 'half' });
  const streamCopy = streamClone.clone();
  assert.deepStrictEqual(await streamCopy.bytes(), new Uint8Array([1, 2]));
  assert.deepStrictEqual(await streamClone.bytes(), new Uint8Array([1, 2]));
})().then(require('../common').mustCall());
