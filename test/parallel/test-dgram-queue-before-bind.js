'use strict';
// Sends before bind bind implicitly (an ephemeral port), wait for
// 'listening', and go in order (sent to an IP: lookups of a name may
// finish in any order). A socket closed while it binds closes once
// the bind is done, after 'listening'; the sends queued before the close
// are dropped, their callbacks never called.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const got = [];
const events = [];
const client = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg) => {
  got.push(msg.toString());
  if (got.length === 3) {
    assert.deepStrictEqual(got, ['1', '2', '3']);
    assert.deepStrictEqual(events, ['listening', 'sent 1', 'sent 2', 'sent 3']);
    server.close();
    client.close();
  }
}, 3));
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  client.on('listening', () => events.push('listening'));
  for (const n of ['1', '2', '3']) {
    client.send(n, port, '127.0.0.1', common.mustSucceed(() => events.push(`sent ${n}`)));
  }
  // Still binding: nothing sent yet.
  assert.deepStrictEqual(events, []);

  const early = dgram.createSocket('udp4');
  const order = [];
  early.on('listening', common.mustCall(() => order.push('listening')));
  early.on('close', common.mustCall(() => {
    order.push('close');
    assert.deepStrictEqual(order, ['listening', 'close']);
  }));
  early.send('dropped', port, '127.0.0.1', common.mustNotCall());
  assert.strictEqual(early.close(), early);
}));
