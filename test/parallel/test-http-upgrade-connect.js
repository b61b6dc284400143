'use strict';
// Upgrade and CONNECT (issue 9): the server's 'upgrade'/'connect' get the
// socket and the bytes after the head; the client's 'upgrade'/'connect'
// get the response, the socket and its head bytes.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), '');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhi');
  socket.on('data', (d) => socket.end(d));
}));
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.com:443');
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
}));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const req = http.request({
    port, headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('response', common.mustNotCall());
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'echo');
    let got = head.toString();
    socket.on('data', (d) => { got += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'hiping');
      connect(port);
    }));
    socket.write('ping');
  }));
  req.end();
}));

function connect(port) {
  const req = http.request({ port, method: 'CONNECT', path: 'example.com:443' });
  req.on('connect', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 200);
    let got = head.toString();
    socket.on('data', (d) => { got += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'tunnel');
      server.close();
    }));
  }));
  req.end();
}
