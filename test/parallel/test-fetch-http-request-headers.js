'use strict';
// Headers fetch() will not pass through: Host and Content-Length come from
// the URL and the body (a Content-Length that disagrees with the body fails
// the fetch), Connection only ever says "close" when the caller
// asks, and Transfer-Encoding, Keep-Alive and Upgrade fail the fetch with
// undici's InvalidArgumentError as the cause.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end(JSON.stringify(req.rawHeaders)));
});

server.listen(0, common.mustCall(async () => {
  const host = `127.0.0.1:${server.address().port}`;
  const url = `http://${host}/`;
  const sent = async (headers, init) => {
    const raw = await (await fetch(url, { headers, ...init })).json();
    const out = {};
    for (let i = 0; i < raw.length; i += 2) out[raw[i].toLowerCase()] = raw[i + 1];
    return out;
  };

  assert.strictEqual((await sent({ connection: 'close' })).connection, 'close');
  assert.strictEqual((await sent({ connection: 'upgrade' })).connection, 'keep-alive');
  assert.strictEqual((await sent({ host: 'elsewhere' })).host, host);
  assert.strictEqual((await sent({ 'content-length': '99' }))['content-length'], undefined);
  const withBody = await sent({ 'content-length': '3' }, { method: 'POST', body: 'abc' });
  assert.strictEqual(withBody['content-length'], '3');
  await assert.rejects(fetch(url, { method: 'POST', body: 'abc', headers: { 'content-length': '4' } }), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.code, 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');
    assert.strictEqual(err.cause.message, 'Request body length does not match content-length header');
    return true;
  });
  assert.strictEqual((await sent({ referer: 'http://a/' })).referer, 'http://a/');

  for (const name of ['transfer-encoding', 'keep-alive', 'upgrade']) {
    await assert.rejects(fetch(url, { headers: { [name]: 'x' } }), (err) => {
      assert.strictEqual(err.message, 'fetch failed');
      assert.strictEqual(err.cause.name, 'InvalidArgumentError');
      assert.strictEqual(err.cause.code, 'UND_ERR_INVALID_ARG');
      assert.strictEqual(err.cause.message, `invalid ${name} header`);
      return true;
    });
  }
  server.close();
}));
