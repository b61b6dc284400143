'use strict';
// socket.setTimeout (issue 8): 'timeout' fires on an idle socket and leaves
// it open; setTimeout(0) cancels it; the timeout option of connect.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((sock) => {
  sock.resume();
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 50 });
  assert.strictEqual(c.timeout, 50);
  c.on('timeout', common.mustCall(() => {
    assert.strictEqual(c.destroyed, false);
    c.setTimeout(0);
    assert.strictEqual(c.timeout, 0);
    // A cancelled timeout does not fire again.
    c.on('timeout', common.mustNotCall());
    setTimeout(() => c.end(), 100);
  }));
  c.on('close', common.mustCall(() => server.close()));
}));
