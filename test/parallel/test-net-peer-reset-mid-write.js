'use strict';
// A peer that resets while we write (issue 8): the writer's socket fails
// with ECONNRESET or EPIPE (whichever the kernel reports first, as in
// Node), emits 'error' once and closes; the server keeps running.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  const chunk = Buffer.alloc(1024 * 1024);
  function pump() {
    while (!sock.destroyed && sock.write(chunk));
    if (!sock.destroyed) sock.once('drain', pump);
  }
  pump();
  sock.on('error', common.mustCall((err) => {
    assert.ok(['ECONNRESET', 'EPIPE'].includes(err.code), err.code);
    assert.ok(['write', 'read'].includes(err.syscall), err.syscall);
  }));
  sock.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    assert.strictEqual(server.listening, true);
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', common.mustCall(() => {
    c.resetAndDestroy();
  }));
}));
