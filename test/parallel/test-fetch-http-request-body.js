'use strict';
// Request bodies over http: each kind of body arrives whole, with the
// Content-Type it implies and a Content-Length, except a ReadableStream
// (duplex: 'half'), which goes chunked.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({
      method: req.method,
      type: req.headers['content-type'] ?? null,
      length: req.headers['content-length'] ?? null,
      te: req.headers['transfer-encoding'] ?? null,
      body: Buffer.concat(chunks).toString('latin1'),
    }));
  });
});

server.listen(0, common.mustCall(async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const post = async (body, extra) => (await fetch(url, { method: 'POST', body, ...extra })).json();

  assert.deepStrictEqual(await post('héllo'),
                         { method: 'POST', type: 'text/plain;charset=UTF-8', length: '6', te: null, body: 'hÃ©llo' });
  assert.deepStrictEqual(await post(new URLSearchParams({ a: '1', b: 'x y' })),
                         { method: 'POST', type: 'application/x-www-form-urlencoded;charset=UTF-8', length: '9',
                           te: null, body: 'a=1&b=x+y' });
  assert.deepStrictEqual(await post(Buffer.from([0x41, 0x42])),
                         { method: 'POST', type: null, length: '2', te: null, body: 'AB' });
  assert.deepStrictEqual(await post(new Uint16Array([0x4443]).buffer),
                         { method: 'POST', type: null, length: '2', te: null, body: 'CD' });
  assert.deepStrictEqual(await post(new DataView(new Uint8Array([0x45, 0x46, 0x47]).buffer, 1)),
                         { method: 'POST', type: null, length: '2', te: null, body: 'FG' });
  assert.deepStrictEqual(await post(new Blob(['bl', 'ob'], { type: 'x/y' })),
                         { method: 'POST', type: 'x/y', length: '4', te: null, body: 'blob' });
  // A Content-Type the caller gave wins over the body's.
  assert.deepStrictEqual(await post('{}', { headers: { 'content-type': 'application/json' } }),
                         { method: 'POST', type: 'application/json', length: '2', te: null, body: '{}' });

  const form = new FormData();
  form.append('field', 'value');
  form.append('file', new Blob(['data'], { type: 'text/csv' }), 'f.csv');
  const sent = await post(form);
  const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(sent.type)[1];
  assert.strictEqual(sent.body,
                     `--${boundary}\r\nContent-Disposition: form-data; name="field"\r\n\r\nvalue\r\n` +
                     `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.csv"\r\n` +
                     `Content-Type: text/csv\r\n\r\ndata\r\n--${boundary}--\r\n`);
  assert.strictEqual(sent.length, `${sent.body.length}`);

  // A stream needs duplex: 'half' and is sent chunked.
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('str'));
      controller.enqueue(new Uint8Array([0x65, 0x61, 0x6d]));
      controller.close();
    },
  });
  await assert.rejects(fetch(url, { method: 'POST', body: new ReadableStream() }), TypeError);
  assert.deepStrictEqual(await post(stream, { duplex: 'half' }),
                         { method: 'POST', type: null, length: null, te: 'chunked', body: 'stream' });

  // A Request carries its body to fetch().
  const request = new Request(url, { method: 'PUT', body: 'from request' });
  assert.deepStrictEqual(await (await fetch(request)).json(),
                         { method: 'PUT', type: 'text/plain;charset=UTF-8', length: '12', te: null,
                           body: 'from request' });

  // A stream that errors fails the fetch with its error as the cause.
  const failing = new ReadableStream({
    pull(controller) {
      controller.error(new Error('boom'));
    },
  });
  await assert.rejects(fetch(url, { method: 'POST', body: failing, duplex: 'half' }), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'boom');
    return true;
  });

  server.close();
}));
