'use strict';
// Unix domain sockets (issue 8): listen on a path, connect to it, echo,
// address() is the path, the socket file goes away on close; connecting to
// a missing path fails with ENOENT.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-net-'));
const sockPath = path.join(dir, 's.sock');

const server = net.createServer(common.mustCall((sock) => {
  sock.pipe(sock);
}));
server.listen(sockPath, common.mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  assert.ok(fs.statSync(sockPath).isSocket());
  const c = net.connect(sockPath, common.mustCall(() => {
    // Node reports no peer name for a Unix socket.
    assert.strictEqual(c.remoteAddress, undefined);
    c.end('ping');
  }));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'ping');
    server.close(common.mustCall(() => {
      assert.strictEqual(fs.existsSync(sockPath), false);
      missing();
    }));
  }));
}));

function missing() {
  const c = net.connect({ path: path.join(dir, 'none.sock') });
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'connect');
    assert.strictEqual(err.address, path.join(dir, 'none.sock'));
    fs.rmSync(dir, { recursive: true });
  }));
}
