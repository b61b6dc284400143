'use strict';
// A request body is a Readable with backpressure (issue 9): a paused
// request stops the socket's reads, so a large POST is not buffered whole
// in the server; resuming reads the rest, byte for byte.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const total = 8 * 1024 * 1024;
const server = http.createServer(common.mustCall((req, res) => {
  req.pause();
  setTimeout(common.mustCall(() => {
    // Paused: what is buffered stays around the high-water marks, far
    // from the whole body.
    assert.ok(req.readableLength < total / 8, `buffered ${req.readableLength}`);
    let n = 0;
    let sum = 0;
    req.on('data', (c) => {
      n += c.length;
      for (let i = 0; i < c.length; i++) sum += c[i];
    });
    req.on('end', common.mustCall(() => {
      assert.strictEqual(n, total);
      res.end(`${n}:${sum}`);
    }));
    req.resume();
  }), 200);
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST' },
                           common.mustCall((res) => {
                             let body = '';
                             res.on('data', (d) => { body += d; });
                             res.on('end', common.mustCall(() => {
                               assert.strictEqual(body, `${total}:${total * 7}`);
                               server.close();
                             }));
                           }));
  const chunk = Buffer.alloc(64 * 1024, 7);
  let sent = 0;
  (function write() {
    while (sent < total) {
      sent += chunk.length;
      if (!req.write(chunk)) {
        req.once('drain', write);
        return;
      }
    }
    req.end();
  })();
}));
