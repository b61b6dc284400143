'use strict';
// Connecting to a port nobody listens on (issue 8): ECONNREFUSED with
// Node's message and fields, 'close' with hadError true.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// Take a free port, then stop listening on it.
const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', common.mustNotCall());
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    c.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, true);
    }));
  }));
}));
