'use strict';
// The server bench/http/wrk.sh measures: node:http, keep-alive.
//   server.js PORT hello   "Hello World" (text/plain)
//   server.js PORT json    a 16 KiB JSON body, made once
//   server.js PORT post    reads a request body, answers its length
const http = require('http');
const port = +process.argv[2] || 8000;
const kind = process.argv[3] || 'hello';
const items = [];
for (let i = 0; items.length < 200; i++) {
  items.push({ id: i, name: `item-${i}`, tags: ['a', 'b', 'c'], price: i * 1.25, ok: i % 2 === 0 });
}
let json = JSON.stringify(items);
json = json + ' '.repeat(Math.max(0, 16384 - json.length));
const server = http.createServer((req, res) => {
  if (kind === 'json') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(json);
  } else if (kind === 'post') {
    let n = 0;
    req.on('data', (c) => { n += c.length; });
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(String(n));
    });
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World');
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log('listening');
});
