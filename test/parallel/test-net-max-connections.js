'use strict';
// server.maxConnections (issue 8): connections past the limit are closed at
// once and reported through 'drop' with their addresses.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.resume();
  const c2 = net.connect(server.address().port, '127.0.0.1');
  c2.resume();
  c2.on('close', common.mustCall(() => sock.end()));
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(typeof data.remotePort, 'number');
  assert.strictEqual(data.remoteAddress, '::ffff:127.0.0.1');
  assert.strictEqual(data.remoteFamily, 'IPv6');
}));
server.listen(0, common.mustCall(() => {
  const c1 = net.connect(server.address().port, '127.0.0.1');
  c1.resume();
  c1.on('end', common.mustCall(() => server.close()));
}));
