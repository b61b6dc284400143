'use strict';
// A client that does not read (issue 8): the server's writes start
// returning false once the kernel buffers fill, 'drain' comes when the
// client reads again, and every byte arrives.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const chunk = Buffer.alloc(64 * 1024, 'a');
let written = 0;
let received = 0;
let client;

const server = net.createServer(common.mustCall((sock) => {
  function fill() {
    while (sock.write(chunk)) {
      written += chunk.length;
      if (written > 256 * 1024 * 1024) assert.fail('writes never blocked');
    }
    written += chunk.length;
    assert.ok(sock.writableLength > 0);
    sock.once('drain', common.mustCall(() => sock.end()));
    client.resume();
  }
  fill();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.pause();
  client.on('data', (d) => { received += d.length; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, written);
    server.close();
  }));
}));
