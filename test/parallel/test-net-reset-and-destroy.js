'use strict';
// socket.resetAndDestroy() (issue 8): the peer sees ECONNRESET, not an
// orderly end; both sides close.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.on('data', common.mustCall(() => {
    sock.resetAndDestroy();
    assert.strictEqual(sock.destroyed, true);
  }));
  sock.on('close', common.mustCall());
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('x'));
  c.on('end', common.mustNotCall());
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
  }));
  c.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));

const lone = new net.Socket();
lone.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
lone.resetAndDestroy();
