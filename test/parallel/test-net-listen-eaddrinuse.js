'use strict';
// Listening on a port already taken (issue 8): EADDRINUSE from listen, with
// Node's message, emitted asynchronously as 'error'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const a = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = a.address();
  const b = net.createServer();
  let sync = true;
  b.on('listening', common.mustNotCall());
  b.on('error', common.mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(b.listening, false);
    assert.strictEqual(b.address(), null);
    a.close();
  }));
  b.listen(port, '127.0.0.1');
  sync = false;
}));
