'use strict';
// connect({ onread }) (issue 8): data goes to the given buffer and
// callback, at most the buffer's length at a time, never to 'data'; the
// callback returning false pauses reading until resume().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const message = Buffer.from('0123456789abcdefghij');
const server = net.createServer((s) => s.end(message));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const buf = Buffer.alloc(4);
  const parts = [];
  let paused = false;
  const c = net.connect({
    port: server.address().port,
    host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback: common.mustCallAtLeast(function(n, b) {
        assert.strictEqual(paused, false);
        assert.strictEqual(b, buf);
        assert.ok(n <= 4);
        parts.push(Buffer.from(b.subarray(0, n)));
        if (parts.length === 2) {
          paused = true;
          setTimeout(() => {
            paused = false;
            c.resume();
          }, 20);
          return false;
        }
      }, 5),
    },
  });
  c.on('data', common.mustNotCall());
  c.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(parts), message);
    server.close();
  }));
}));
