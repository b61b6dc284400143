'use strict';
// Half-open sockets (issue 8): with allowHalfOpen the server keeps writing
// after the client's FIN; without it the socket ends its side itself.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((sock) => {
  sock.resume();
  sock.on('end', common.mustCall(() => {
    assert.strictEqual(sock.writable, true);
    assert.strictEqual(sock.readyState, 'writeOnly');
    sock.write('after');
    setImmediate(() => sock.end(' end'));
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.end();
  }));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('close', common.mustCall(() => {
    assert.strictEqual(got, 'after end');
    halfClosedByDefault();
  }));
}));

function halfClosedByDefault() {
  server.close();
  const s2 = net.createServer(common.mustCall((sock) => {
    sock.resume();
    sock.on('end', common.mustCall(() => {
      // allowHalfOpen is false: the socket ends its own side after 'end'.
      assert.strictEqual(sock.allowHalfOpen, false);
    }));
    sock.on('close', common.mustCall(() => s2.close()));
  }));
  s2.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(s2.address().port, '127.0.0.1', () => c.end());
    c.resume();
    c.on('end', common.mustCall());
  }));
}
