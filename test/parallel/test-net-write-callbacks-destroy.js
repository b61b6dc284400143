'use strict';
// A socket destroyed with writes queued (issue 8): every write callback
// still runs once, and a write after destroy fails with
// ERR_STREAM_DESTROYED; a write after end with ERR_STREAM_WRITE_AFTER_END.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((sock) => {
  sock.pause();
  sock.on('error', () => {});
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const big = Buffer.alloc(16 * 1024 * 1024);
    c.write(big, common.mustCall());
    c.write(big, common.mustCall());
    c.destroy();
    c.write('late', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    }));
    afterEnd();
  }));
  c.on('close', common.mustCall());
}));

function afterEnd() {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.end();
    c.write('x', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
  }));
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  c.on('close', common.mustCall(() => server.close()));
}
