'use strict';
// server.close() with connections still open (issue 8): the server stops
// accepting at once, and 'close' waits for the last connection to end;
// getConnections counts them.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const sockets = [];
const server = net.createServer((sock) => {
  sockets.push(sock);
  sock.resume();
  if (sockets.length === 2) {
    server.getConnections(common.mustSucceed((n) => {
      assert.strictEqual(n, 2);
      let closed = false;
      server.close(common.mustCall(() => {
        closed = true;
      }));
      assert.strictEqual(server.listening, false);
      // Still open: 'close' has not come.
      setImmediate(common.mustCall(() => {
        assert.strictEqual(closed, false);
        net.connect(port, '127.0.0.1').on('error', common.mustCall((err) => {
          assert.strictEqual(err.code, 'ECONNREFUSED');
          for (const s of sockets) s.end();
        }));
      }));
    }));
  }
});
let port;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  port = server.address().port;
  for (let i = 0; i < 2; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.resume();
    c.on('end', common.mustCall(() => c.end()));
  }
}));
