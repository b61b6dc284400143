'use strict';
// Redirects: 'follow' (the default) follows up to 20, turning POST into GET
// on 301 and 302 and anything but GET/HEAD into GET on 303 (dropping the
// body and its headers), keeping method and body on 307 and 308;
// 'manual' hands back the 3xx; 'error' fails. The response's url is the
// last one and redirected says whether there was a hop.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    const to = url.searchParams.get('to');
    if (url.pathname === '/loop') {
      const n = Number(url.searchParams.get('n'));
      const max = url.searchParams.get('max');
      if (n < Number(max)) {
        res.writeHead(302, { location: `/loop?n=${n + 1}&max=${max}` });
        res.end();
        return;
      }
    }
    if (to !== null) {
      res.writeHead(Number(url.searchParams.get('status')), { location: to });
      res.end('redirect body');
      return;
    }
    res.end(JSON.stringify({
      method: req.method,
      path: req.url,
      type: req.headers['content-type'] ?? null,
      auth: req.headers.authorization ?? null,
      body: Buffer.concat(chunks).toString(),
    }));
  });
});

server.listen(0, common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const hop = (status, to = '/end') => `${base}/r?status=${status}&to=${encodeURIComponent(to)}`;
  const post = { method: 'POST', body: 'payload', headers: { authorization: 'secret' } };

  for (const status of [301, 302]) {
    const r = await fetch(hop(status), post);
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.redirected, true);
    assert.strictEqual(r.url, `${base}/end`);
    assert.deepStrictEqual(await r.json(), { method: 'GET', path: '/end', type: null, auth: 'secret', body: '' });
    // Other methods keep their body on 301 and 302.
    const put = await fetch(hop(status), { ...post, method: 'PUT' });
    assert.deepStrictEqual(await put.json(),
                           { method: 'PUT', path: '/end', type: 'text/plain;charset=UTF-8', auth: 'secret',
                             body: 'payload' });
  }
  const seeOther = await fetch(hop(303), { ...post, method: 'PUT' });
  assert.deepStrictEqual(await seeOther.json(), { method: 'GET', path: '/end', type: null, auth: 'secret', body: '' });
  for (const status of [307, 308]) {
    const r = await fetch(hop(status, '/end?kept'), post);
    assert.deepStrictEqual(await r.json(),
                           { method: 'POST', path: '/end?kept', type: 'text/plain;charset=UTF-8', auth: 'secret',
                             body: 'payload' });
  }

  // A relative Location resolves against the URL that answered it, and a
  // chain of hops ends at the last one.
  const chained = await fetch(hop(302, hop(301, '/final')));
  assert.strictEqual(chained.url, `${base}/final`);
  assert.strictEqual((await chained.json()).path, '/final');

  // To another origin, credentials stay behind.
  const other = `http://localhost:${server.address().port}/end`;
  const crossed = await fetch(hop(307, other), post);
  assert.strictEqual(crossed.url, other);
  assert.deepStrictEqual(await crossed.json(),
                         { method: 'POST', path: '/end', type: 'text/plain;charset=UTF-8', auth: null,
                           body: 'payload' });

  // Twenty hops are fine; the twenty-first fails.
  const twenty = await fetch(`${base}/loop?n=0&max=20`, { redirect: 'follow' });
  assert.strictEqual(twenty.url, `${base}/loop?n=20&max=20`);
  assert.strictEqual(twenty.status, 200);
  await twenty.text();
  const tooMany = await fetch(`${base}/loop?n=0&max=21`).catch((e) => e);
  assert.strictEqual(tooMany.message, 'fetch failed');
  assert.strictEqual(tooMany.cause.message, 'redirect count exceeded');

  const manual = await fetch(hop(302), { redirect: 'manual' });
  assert.strictEqual(manual.status, 302);
  assert.strictEqual(manual.type, 'basic');
  assert.strictEqual(manual.redirected, false);
  assert.strictEqual(manual.headers.get('location'), '/end');
  assert.strictEqual(manual.url, hop(302));
  assert.strictEqual(await manual.text(), 'redirect body');

  await assert.rejects(fetch(hop(301), { redirect: 'error' }), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'unexpected redirect');
    return true;
  });

  // A redirect to a scheme other than http(s) is a network error.
  await assert.rejects(fetch(hop(302, 'ftp://example.invalid/')), (err) => {
    assert.strictEqual(err.cause.message, 'URL scheme must be a HTTP(S) scheme');
    return true;
  });

  // Every hop is checked for a bad port.
  await assert.rejects(fetch(hop(302, 'http://127.0.0.1:25/')), (err) => {
    assert.strictEqual(err.cause.message, 'bad port');
    return true;
  });

  // A streamed body cannot be sent twice, so a 307 with one fails.
  const stream = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  await assert.rejects(fetch(hop(307), { method: 'POST', body: stream, duplex: 'half' }), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    return true;
  });

  server.close();
}));
