'use strict';
// formData() parses multipart/form-data (what a FormData body serializes
// to, and hand-written bodies) and application/x-www-form-urlencoded, and
// rejects other types and malformed bodies.
const common = require('../common');
const assert = require('assert');

(async () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('line\nbreak"q', 'x\ny\r\nz');
  fd.append('f', new Blob(['hey'], { type: 'text/x' }), 'n.txt');
  fd.append('empty', new Blob([]), 'e.bin');
  const response = new Response(fd);
  const type = response.headers.get('content-type');
  const boundary = type.slice(type.indexOf('boundary=') + 9);
  const text = await response.text();
  assert.strictEqual(text,
                     `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n` +
                     `--${boundary}\r\nContent-Disposition: form-data; name="line%0D%0Abreak%22q"\r\n\r\nx\r\ny\r\nz\r\n` +
                     `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="n.txt"\r\n` +
                     'Content-Type: text/x\r\n\r\nhey\r\n' +
                     `--${boundary}\r\nContent-Disposition: form-data; name="empty"; filename="e.bin"\r\n` +
                     'Content-Type: application/octet-stream\r\n\r\n\r\n' +
                     `--${boundary}--\r\n`);

  const parsed = await new Response(text, { headers: { 'content-type': type } }).formData();
  assert.deepStrictEqual([...parsed.keys()], ['a', 'line\r\nbreak"q', 'f', 'empty']);
  assert.strictEqual(parsed.get('a'), '1');
  const file = parsed.get('f');
  assert.ok(file instanceof File);
  assert.deepStrictEqual([file.name, file.type, await file.text()], ['n.txt', 'text/x', 'hey']);
  assert.strictEqual(parsed.get('empty').size, 0);

  const multipart = (body, boundaryParam = 'B') =>
    new Response(body, { headers: { 'content-type': `multipart/form-data; boundary=${boundaryParam}` } }).formData();
  const hand = await multipart('preamble\r\n--B\r\ncontent-disposition: form-data; name="a"\r\n\r\nx\r\n' +
                               '--B\r\nContent-Disposition: form-data; name="u"; filename="a.txt"\r\n\r\nhi\r\n--B--\r\nepilogue',
                               '"B"');
  assert.strictEqual(hand.get('a'), 'x');
  assert.strictEqual(hand.get('u').type, 'text/plain');
  assert.deepStrictEqual([...await multipart('--B--\r\n')], []);
  const escaped = await multipart('--B\r\nContent-Disposition: form-data; name="a%41%22x"; filename="f%41%0a%0D%22.txt"' +
                                  '\r\n\r\nx\r\n--B--');
  assert.deepStrictEqual([...escaped.keys()], ['a%41"x']);
  assert.strictEqual(escaped.get('a%41"x').name, 'f%41\n\r".txt');

  await assert.rejects(multipart('garbage'), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'Failed to parse body as FormData.');
    assert.ok(err.cause instanceof TypeError);
    return true;
  });
  await assert.rejects(new Response('x', { headers: { 'content-type': 'multipart/form-data' } }).formData(),
                       { name: 'TypeError', message: 'Failed to parse body as FormData.' });

  const urlencoded = await new Response('a=1&b=%20&c=+&a=2', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  assert.deepStrictEqual([...urlencoded], [['a', '1'], ['b', ' '], ['c', ' '], ['a', '2']]);
  assert.deepStrictEqual([...await new Response(new URLSearchParams('k=v')).formData()], [['k', 'v']]);

  const wrong = new Response('a=1');
  await assert.rejects(wrong.formData(), {
    name: 'TypeError',
    message: 'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".',
  });
  assert.strictEqual(wrong.bodyUsed, true);

  // Request has the same mixin.
  const req = new Request('http://x/', { method: 'POST', body: fd });
  assert.strictEqual((await req.formData()).get('a'), '1');
})().then(common.mustCall());
