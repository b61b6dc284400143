'use strict';
// udp6 sockets: bind to ::1, rinfo family 'IPv6', the default send address
// is ::1, an IPv4 address is EINVAL for them, and ipv6Only binds.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
const client = dgram.createSocket('udp6');
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'six');
  assert.strictEqual(rinfo.family, 'IPv6');
  assert.strictEqual(rinfo.address, '::1');
  assert.strictEqual(rinfo.port, client.address().port);
  server.close();
  client.close();
}));
server.bind(0, '::1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.family, 'IPv6');
  assert.strictEqual(addr.address, '::1');
  client.send('bad', addr.port, '127.0.0.1', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EINVAL');
    assert.strictEqual(err.syscall, 'send');
    client.send('six', addr.port);
  }));
}));
