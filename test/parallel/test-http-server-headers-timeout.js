'use strict';
// headersTimeout (issue 9): a client that sends part of a head and then
// stalls gets Node's 408 and a closed connection; one that finishes in
// time is answered, and its idle keep-alive connection is not timed out
// by the head clock.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 300,
  requestTimeout: 600,
  connectionsCheckingInterval: 50,
}, (req, res) => res.end('ok'));

server.listen(0, common.mustCall(() => {
  const slow = net.connect(server.address().port, () => slow.write('GET / HTTP/1.1\r\nHost: x\r\n'));
  let got = '';
  slow.setEncoding('latin1');
  slow.on('data', (d) => { got += d; });
  slow.on('close', common.mustCall(() => {
    assert.strictEqual(got, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  }));

  const fast = net.connect(server.address().port, () => {
    fast.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  let fastGot = '';
  fast.setEncoding('latin1');
  fast.on('data', (d) => { fastGot += d; });
  setTimeout(common.mustCall(() => {
    // Answered, and still open past headersTimeout while idle.
    assert.match(fastGot, /^HTTP\/1\.1 200 OK\r\n/);
    assert.strictEqual(fast.destroyed, false);
    assert.strictEqual(slow.destroyed, true);
    fast.destroy();
    server.close();
  }), 450);
}));
