'use strict';
// A keep-alive HTTP server for bench/fetch: answers every request with a
// small body and prints its port once listening. run.sh runs it on node,
// so only the fetching side changes between rows.
const http = require('http');
const body = Buffer.from('hello from the bench server\n');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.setHeader('content-length', body.length);
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
