'use strict';
// Every form of send() reaches the peer as one datagram with its bytes:
// string, Buffer, TypedArray, DataView, offset+length, a list of chunks
// (strings and views mixed), an empty Buffer and an empty list; rinfo
// names the sender; the callback gets the datagram's size.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const expected = [
  'hello',
  'buffer',
  'ab',
  'dv',
  'ell',
  'a-b-cd',
  '',
  '',
];
const got = [];

server.on('message', common.mustCall((msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, msg.length);
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  got.push(msg.toString());
  if (got.length === expected.length) {
    // Datagrams over loopback arrive in order.
    assert.deepStrictEqual(got, expected);
    server.close();
    client.close();
  }
}, expected.length));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const sizes = [];
  const sent = common.mustCall((err, n) => {
    assert.ifError(err);
    sizes.push(n);
    if (sizes.length === expected.length) {
      assert.deepStrictEqual(sizes, expected.map((s) => Buffer.byteLength(s)));
    }
  }, expected.length);
  client.send('hello', port, '127.0.0.1', sent);
  client.send(Buffer.from('buffer'), port, '127.0.0.1', sent);
  client.send(new Uint8Array([0x61, 0x62]), port, sent);
  client.send(new DataView(new Uint8Array([0x64, 0x76]).buffer), port, '127.0.0.1', sent);
  client.send(Buffer.from('hello'), 1, 3, port, '127.0.0.1', sent);
  client.send(['a-', Buffer.from('b-'), new Uint16Array([0x6463])], port, '127.0.0.1', sent);
  client.send(Buffer.alloc(0), port, '127.0.0.1', sent);
  client.send([], port, '127.0.0.1', sent);
}));
