'use strict';
// kiln has no TLS client yet: fetch() of https: URLs (and an http: redirect
// to one) rejects with TypeError('fetch failed') whose cause says so
// (ERR_NOT_IMPLEMENTED), never with a made-up response. Node would connect,
// so this test checks kiln only.
const common = require('../common');
const assert = require('assert');
const http = require('http');

if (!common.isKiln) {
  console.log('1..0 # skipped: kiln-only behaviour');
  return;
}

const notImplemented = (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'fetch failed');
  assert.strictEqual(err.cause.code, 'ERR_NOT_IMPLEMENTED');
  assert.match(err.cause.message, /https: URLs.*not implemented in kiln/);
  return true;
};

const server = http.createServer(common.mustCall((req, res) => {
  res.writeHead(302, { location: 'https://example.invalid/y' });
  res.end();
}));

server.listen(0, common.mustCall(async () => {
  await assert.rejects(fetch('https://example.invalid/x'), notImplemented);
  await assert.rejects(fetch(`http://127.0.0.1:${server.address().port}/`), notImplemented);
  server.close();
}));
