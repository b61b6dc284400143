'use strict';
// connect() looks the name up, emits 'connect' (and calls its callback);
// a connected socket sends without an address and refuses one,
// remoteAddress() names the peer, disconnect() forgets it.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const msgs = [];
server.on('message', common.mustCall((msg) => {
  msgs.push(msg.toString());
  if (msgs.length === 3) {
    assert.deepStrictEqual(msgs, ['one', 'ell', 'three']);
    server.close();
    client.close();
  }
}, 3));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  client.on('connect', common.mustCall());
  client.connect(port, 'localhost', common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('one', common.mustSucceed((n) => {
      assert.strictEqual(n, 3);
      client.send(Buffer.from('hello'), 1, 3, common.mustSucceed(() => {
        client.disconnect();
        assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
        client.send('three', port, '127.0.0.1');
      }));
    }));
  }));
}));
