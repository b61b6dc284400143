'use strict';
// The lookup option resolves bind, connect and send addresses with the
// socket's family; its errors go to the send callback, or to 'error'.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const calls = [];
function lookup(host, family, cb) {
  calls.push([host, family]);
  if (host === 'fail.invalid') {
    const err = new Error('no such host');
    err.code = 'ENOTFOUND';
    return process.nextTick(cb, err);
  }
  process.nextTick(cb, null, '127.0.0.1', 4);
}

const server = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.toString(), 'via lookup');
  assert.deepStrictEqual(calls, [
    ['anything.example', 4],
    ['fail.invalid', 4],
    ['fail.invalid', 4],
    ['other.example', 4],
  ]);
  server.close();
  client.close();
}));
const client = dgram.createSocket({ type: 'udp4', lookup });
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  client.bind(0, 'anything.example', common.mustCall(() => {
    assert.strictEqual(client.address().address, '127.0.0.1');
    client.send('x', port, 'fail.invalid', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ENOTFOUND');
      client.once('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOTFOUND');
        client.send('via lookup', port, 'other.example');
      }));
      client.send('y', port, 'fail.invalid');
    }));
  }));
}));
