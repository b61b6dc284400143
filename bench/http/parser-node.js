// The same request through Node's own parser binding (llhttp), for the
// ratio printed by bench/http/run.sh. Node only: it uses the internal
// HTTPParser that node:_http_common exposes. Each execute crosses into JS
// for onHeadersComplete, as Node's server does, so this is the parser as
// node:http uses it, not llhttp alone.
'use strict';
const { HTTPParser } = require('_http_common');
const req = Buffer.from(
  'GET /api/v1/items?page=2&sort=desc HTTP/1.1\r\n' +
  'Host: localhost:3000\r\n' +
  'Connection: keep-alive\r\n' +
  'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Chrome/120.0 Safari/537.36\r\n' +
  'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n' +
  'Accept-Encoding: gzip, deflate, br\r\n' +
  'Accept-Language: en-US,en;q=0.9\r\n' +
  'Cache-Control: no-cache\r\n' +
  'Cookie: session=abc123def456; theme=dark\r\n' +
  '\r\n');
const p = new HTTPParser();
p.initialize(HTTPParser.REQUEST, {});
let heads = 0;
p[HTTPParser.kOnHeadersComplete] = () => { heads++; };
const iters = Number(process.argv[2] || 1000000);
const t0 = process.hrtime.bigint();
for (let i = 0; i < iters; i++) p.execute(req);
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`node (llhttp via HTTPParser): ${(iters / s / 1e6).toFixed(2)} M req/s, ` +
            `${(iters * req.length / s / 1e6).toFixed(0)} MB/s`);
if (heads !== iters) process.exit(1);
