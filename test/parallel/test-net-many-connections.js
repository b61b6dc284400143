'use strict';
// Many concurrent connections (issue 8): 500 clients at once each echo a
// message; afterwards every descriptor is closed again (counted in
// /proc/self/fd), so nothing leaks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

const N = 500;
const countFds = () => fs.readdirSync('/proc/self/fd').length;

const server = net.createServer((sock) => sock.pipe(sock));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const before = countFds();
  let done = 0;
  for (let i = 0; i < N; i++) {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => assert.strictEqual(got, `message ${i}`));
    c.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, false);
      if (++done === N) finish(before);
    }));
    c.end(`message ${i}`);
  }
}));

function finish(before) {
  // The server side of the last sockets may still be closing.
  const check = () => {
    server.getConnections(common.mustSucceed((n) => {
      if (n > 0) return setTimeout(check, 10);
      setImmediate(() => {
        assert.ok(countFds() <= before, `fds: ${countFds()} > ${before}`);
        server.close();
      });
    }));
  };
  check();
}
