'use strict';
// Leaving with sockets open (issue 8): process.exit() while a server
// listens, a connection is open and a write is queued; exit code and
// 'exit' event as usual, nothing hangs.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.write(Buffer.alloc(8 * 1024 * 1024));
  setImmediate(() => process.exit(0));
}));
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(server.address().port, '127.0.0.1').pause();
}));
