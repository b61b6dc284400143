'use strict';
// node:http server fed hand-written bytes over a raw socket (issue 9):
// pipelined requests answered in order, with Node's exact heads for a
// Content-Length body, a chunked body, HEAD, 304 and HTTP/1.0.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/len': res.end('ok'); break;
    case '/chunked': res.write('a'); res.write('bc'); res.end(); break;
    case '/head': res.end('not sent'); break;
    case '/304': res.writeHead(304); res.end(); break;
    case '/delay': setTimeout(() => res.end('late'), 20); break;
    default: res.end(`v${req.httpVersion}`);
  }
});

server.listen(0, common.mustCall(() => {
  const c = net.connect(server.address().port, common.mustCall(() => {
    c.write('GET /delay HTTP/1.1\r\nHost: x\r\n\r\n' +
            'GET /len HTTP/1.1\r\nHost: x\r\n\r\n' +
            'GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n');
    // A request split across writes, mid-header.
    c.write('HEAD /head HTTP/1.1\r\nHo');
    setTimeout(() => {
      c.write('st: x\r\n\r\nGET /304 HTTP/1.1\r\nHost: x\r\n\r\nGET /v HTTP/1.0\r\n\r\n');
    }, 5);
  }));
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', common.mustCall(() => {
    out = out.replace(/Date: [^\r]*GMT\r\n/g, 'Date: D\r\n');
    const ka = 'Date: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
    assert.strictEqual(out,
                       `HTTP/1.1 200 OK\r\n${ka}Content-Length: 4\r\n\r\nlate` +
                       `HTTP/1.1 200 OK\r\n${ka}Content-Length: 2\r\n\r\nok` +
                       `HTTP/1.1 200 OK\r\n${ka}Transfer-Encoding: chunked\r\n\r\n` +
                       '1\r\na\r\n2\r\nbc\r\n0\r\n\r\n' +
                       `HTTP/1.1 200 OK\r\n${ka}\r\n` +
                       `HTTP/1.1 304 Not Modified\r\n${ka}\r\n` +
                       'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: close\r\n\r\nv1.0');
    server.close();
  }));
}));
