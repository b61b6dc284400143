'use strict';
// A response's Content-Encoding is undone for the body (gzip, x-gzip,
// deflate with or without its zlib header, br, zstd, and a list of up to
// five of them, last applied first), while the
// headers stay as sent; an unknown coding leaves the bytes alone, and HEAD,
// 204 and 304 have no body to decode.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');

const text = 'compressed body '.repeat(1000);
const encoders = {
  'gzip': zlib.gzipSync,
  'x-gzip': zlib.gzipSync,
  'deflate': zlib.deflateSync,
  // Sent raw (no zlib header) by some servers: read all the same.
  'Deflate': zlib.deflateRawSync,
  'br': zlib.brotliCompressSync,
  'zstd': zlib.zstdCompressSync,
  'gzip, br': (b) => zlib.brotliCompressSync(zlib.gzipSync(b)),
  'identity-ish': (b) => b,
};
const tooMany = 'gzip, gzip, gzip, gzip, gzip, gzip';

const server = http.createServer((req, res) => {
  const coding = decodeURIComponent(req.url.slice(1));
  res.setHeader('content-encoding', coding);
  if (coding === tooMany) {
    res.end('x');
    return;
  }
  if (req.headers['x-status']) {
    res.writeHead(Number(req.headers['x-status']));
    res.end();
    return;
  }
  res.end(encoders[coding](Buffer.from(text)));
});

server.listen(0, common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  for (const coding of Object.keys(encoders)) {
    const r = await fetch(base + encodeURIComponent(coding));
    assert.strictEqual(r.headers.get('content-encoding'), coding);
    assert.strictEqual(await r.text(), text, coding);
  }
  await assert.rejects(fetch(base + encodeURIComponent(tooMany)), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'too many content-encodings in response: 6, maximum allowed is 5');
    return true;
  });
  const head = await fetch(`${base}gzip`, { method: 'HEAD' });
  assert.strictEqual(head.body, null);
  const empty = await fetch(`${base}gzip`, { headers: { 'x-status': '204' } });
  assert.strictEqual(empty.status, 204);
  assert.strictEqual(empty.body, null);

  // Bytes that are not what the coding says fail the body with 'terminated'.
  const bad = http.createServer((req, res) => {
    res.setHeader('content-encoding', 'gzip');
    res.end('not gzip at all');
  });
  bad.listen(0, common.mustCall(async () => {
    const r = await fetch(`http://127.0.0.1:${bad.address().port}/`);
    await assert.rejects(r.text(), (err) => {
      assert.strictEqual(err.name, 'TypeError');
      assert.strictEqual(err.message, 'terminated');
      assert.strictEqual(err.cause.code, 'Z_DATA_ERROR');
      return true;
    });
    bad.close();
    server.close();
  }));
}));
