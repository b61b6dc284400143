'use strict';
// A TCP server and client over loopback (issue 8): the events on each side
// and their order, addresses, ports, families and byte counts.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const serverEvents = [];
const clientEvents = [];

const server = net.createServer(common.mustCall((sock) => {
  assert.strictEqual(sock.server, server);
  assert.strictEqual(sock.remoteAddress, '::ffff:127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv6');
  assert.strictEqual(sock.localPort, server.address().port);
  assert.strictEqual(typeof sock.remotePort, 'number');
  assert.strictEqual(sock.readyState, 'open');
  assert.strictEqual(sock.pending, false);
  sock.setEncoding('utf8');
  let got = '';
  sock.on('data', (d) => {
    serverEvents.push('data');
    got += d;
    if (got === 'hello world') sock.end('bye');
  });
  sock.on('end', () => serverEvents.push('end'));
  sock.on('finish', () => serverEvents.push('finish'));
  sock.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(sock.bytesRead, 11);
    assert.strictEqual(sock.bytesWritten, 3);
    serverEvents.push('close');
    server.close(common.mustCall((err) => {
      assert.strictEqual(err, undefined);
      assert.strictEqual(server.listening, false);
    }));
  }));
}));

server.on('listening', common.mustCall(() => {
  assert.strictEqual(server.listening, true);
  const addr = server.address();
  assert.strictEqual(addr.family, 'IPv6');
  assert.strictEqual(addr.address, '::');
  assert.ok(addr.port > 0);
  const c = net.connect({ port: addr.port, host: '127.0.0.1' });
  assert.strictEqual(c.connecting, true);
  assert.strictEqual(c.pending, true);
  assert.strictEqual(c.readyState, 'opening');
  c.on('lookup', common.mustNotCall());
  c.on('connect', common.mustCall(() => {
    clientEvents.push('connect');
    assert.strictEqual(c.connecting, false);
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    assert.strictEqual(c.remotePort, addr.port);
    assert.strictEqual(c.remoteFamily, 'IPv4');
    assert.strictEqual(c.localAddress, '127.0.0.1');
    assert.strictEqual(c.address().family, 'IPv4');
  }));
  c.on('ready', () => clientEvents.push('ready'));
  c.write('hello ', common.mustCall((err) => {
    assert.strictEqual(err, null);
  }));
  c.write(Buffer.from('world'));
  let got = '';
  c.on('data', (d) => {
    assert.ok(Buffer.isBuffer(d));
    got += d;
    clientEvents.push('data');
  });
  c.on('end', () => clientEvents.push('end'));
  c.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'bye');
    assert.strictEqual(c.bytesRead, 3);
    assert.strictEqual(c.bytesWritten, 11);
    assert.strictEqual(c.destroyed, true);
    assert.strictEqual(c.readyState, 'closed');
    clientEvents.push('close');
  }));
}));
server.listen(0);

process.on('exit', () => {
  assert.deepStrictEqual(clientEvents, ['connect', 'ready', 'data', 'end', 'close']);
  assert.deepStrictEqual(serverEvents.filter((e) => e !== 'data'), ['finish', 'end', 'close'].sort((a, b) =>
    serverEvents.indexOf(a) - serverEvents.indexOf(b)));
  assert.strictEqual(serverEvents[serverEvents.length - 1], 'close');
});
