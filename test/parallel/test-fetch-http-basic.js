'use strict';
// fetch() of an http: URL: the request line and the headers Node's fetch
// sends (Host and Connection first, the caller's headers in order and
// spelling, then accept, accept-language, sec-fetch-mode, user-agent and
// accept-encoding when missing), and the response's status, reason phrase,
// headers (each Set-Cookie apart), url and body.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const seen = [];
const server = http.createServer((req, res) => {
  seen.push([req.method, req.url, req.rawHeaders]);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Reply', 'yes');
  res.writeHead(201, 'Made It');
  res.end(req.method === 'HEAD' ? undefined : 'hello');
});

server.listen(0, common.mustCall(async () => {
  const host = `127.0.0.1:${server.address().port}`;
  const base = `http://${host}`;

  const r = await fetch(`${base}/path?q=1#frag`);
  assert.strictEqual(r.status, 201);
  assert.strictEqual(r.statusText, 'Made It');
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.type, 'basic');
  assert.strictEqual(r.url, `${base}/path?q=1`);
  assert.strictEqual(r.redirected, false);
  assert.strictEqual(r.headers.get('x-reply'), 'yes');
  assert.deepStrictEqual(r.headers.getSetCookie(), ['a=1', 'b=2']);
  assert.strictEqual(r.headers.get('set-cookie'), 'a=1, b=2');
  assert.throws(() => r.headers.set('x', 'y'), TypeError);
  assert.ok(r.body instanceof ReadableStream);
  assert.strictEqual(await r.text(), 'hello');
  assert.strictEqual(r.bodyUsed, true);
  assert.deepStrictEqual(seen.pop(), ['GET', '/path?q=1', [
    'host', host, 'connection', 'keep-alive', 'accept', '*/*', 'accept-language', '*',
    'sec-fetch-mode', 'cors', 'user-agent', 'node', 'accept-encoding', 'gzip, deflate',
  ]]);

  // The caller's headers keep their order and spelling; defaults fill gaps.
  const custom = await fetch(base, {
    method: 'PUT',
    headers: [['X-First', '1'], ['User-Agent', 'me'], ['Accept', 'text/html'], ['x-first', '2']],
  });
  await custom.arrayBuffer();
  assert.deepStrictEqual(seen.pop(), ['PUT', '/', [
    'host', host, 'connection', 'keep-alive', 'X-First', '1, 2', 'User-Agent', 'me', 'Accept', 'text/html',
    'accept-language', '*', 'sec-fetch-mode', 'cors', 'accept-encoding', 'gzip, deflate',
    'content-length', '0',
  ]]);

  // HEAD has no body; Node's fetch closes the connection after it.
  const head = await fetch(base, { method: 'HEAD' });
  assert.strictEqual(head.body, null);
  assert.strictEqual(await head.text(), '');
  assert.deepStrictEqual(seen.pop().slice(0, 2), ['HEAD', '/']);

  // Methods are normalized the Fetch way: delete and options upper-cased.
  await (await fetch(base, { method: 'delete' })).text();
  await (await fetch(base, { method: 'options' })).text();
  assert.deepStrictEqual(seen.splice(0).map((e) => e[0]), ['DELETE', 'OPTIONS']);

  server.close();
}));
