'use strict';
// pauseOnConnect (issue 8): an accepted socket reads nothing until resumed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let resumed = false;
const server = net.createServer({ pauseOnConnect: true }, common.mustCall((sock) => {
  assert.strictEqual(sock.isPaused(), true);
  sock.on('data', common.mustCall((d) => {
    assert.strictEqual(resumed, true);
    assert.strictEqual(d.toString(), 'early');
    sock.end();
  }));
  setTimeout(() => {
    resumed = true;
    sock.resume();
  }, 50);
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('early'));
  c.resume();
  c.on('end', common.mustCall(() => {
    c.end();
    server.close();
  }));
}));
