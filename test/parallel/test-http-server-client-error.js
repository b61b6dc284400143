'use strict';
// Malformed requests (issue 9): without a 'clientError' listener the
// server answers 400 (431 for an oversized head) and closes; with one, the
// listener gets the parser's error (code HPE_*, bytesParsed, rawPacket).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function send(server, bytes, cb) {
  const c = net.connect(server.address().port, () => c.end(bytes));
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => cb(out));
}

const server = http.createServer(common.mustNotCall());
server.listen(0, common.mustCall(() => {
  send(server, 'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n', common.mustCall((out) => {
    assert.strictEqual(out, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    send(server, `GET / HTTP/1.1\r\nX: ${'a'.repeat(20000)}\r\n\r\n`, common.mustCall((out2) => {
      assert.strictEqual(out2,
                         'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
      withListener();
    }));
  }));
}));

function withListener() {
  server.on('clientError', common.mustCall((err, socket) => {
    assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
    assert.strictEqual(err.message, 'Parse Error: Invalid method encountered');
    assert.strictEqual(err.reason, 'Invalid method encountered');
    assert.strictEqual(err.bytesParsed, 0);
    assert.ok(Buffer.isBuffer(err.rawPacket) || err.rawPacket instanceof Uint8Array);
    socket.end('HTTP/1.1 418 Nope\r\n\r\n');
  }));
  send(server, '\x01BAD / HTTP/1.1\r\n\r\n', common.mustCall((out) => {
    assert.strictEqual(out, 'HTTP/1.1 418 Nope\r\n\r\n');
    server.close();
  }));
}
