'use strict';
// Network failures of fetch() over http: a refused connection, a failed
// lookup, a peer that hangs up before or during the response, and a reply
// that is not HTTP reject with TypeError('fetch failed') (or fail the body
// with TypeError('terminated')) whose cause says what happened.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/hangup') {
    req.socket.destroy();
  } else if (req.url === '/garbage') {
    req.socket.end('HTTP/1.1 abc\r\n\r\n');
  } else {
    res.writeHead(200, { 'content-length': '100' });
    res.write('partial');
    setTimeout(() => res.socket.destroy(), 20);
  }
});

const failed = (check) => (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'fetch failed');
  check(err.cause);
  return true;
};

server.listen(0, common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  await assert.rejects(fetch(`${base}/hangup`), failed((cause) => {
    assert.strictEqual(cause.name, 'SocketError');
    assert.strictEqual(cause.code, 'UND_ERR_SOCKET');
    assert.strictEqual(cause.message, 'other side closed');
  }));
  await assert.rejects(fetch(`${base}/garbage`), failed((cause) => {
    assert.strictEqual(cause.name, 'HTTPParserError');
    assert.strictEqual(cause.message, 'Response does not match the HTTP/1.1 protocol (Invalid status code)');
  }));

  const partial = await fetch(`${base}/partial`);
  assert.strictEqual(partial.status, 200);
  await assert.rejects(partial.text(), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'terminated');
    assert.strictEqual(err.cause.code, 'UND_ERR_SOCKET');
    return true;
  });

  await assert.rejects(fetch('http://host.invalid/'), failed((cause) => {
    assert.strictEqual(cause.code, 'ENOTFOUND');
    assert.strictEqual(cause.syscall, 'getaddrinfo');
  }));

  // A port nothing listens on: ECONNREFUSED, with the address and port.
  const probe = net.createServer();
  probe.listen(0, common.mustCall(() => {
    const { port } = probe.address();
    probe.close(common.mustCall(async () => {
      await assert.rejects(fetch(`http://127.0.0.1:${port}/`), failed((cause) => {
        assert.strictEqual(cause.code, 'ECONNREFUSED');
        assert.strictEqual(cause.syscall, 'connect');
        assert.strictEqual(cause.address, '127.0.0.1');
        assert.strictEqual(cause.port, port);
        assert.strictEqual(cause.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      }));
      server.close();
    }));
  }));
}));
