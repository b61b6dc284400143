'use strict';
// server.unref() and socket.unref() (issue 8): an unref'd listening server
// and an unref'd idle connection do not keep the process alive, and
// 'listening' still fires (listen after unref).
const common = require('../common');
const net = require('net');

const server = net.createServer((sock) => {
  sock.unref();
});
server.unref();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.unref();
  }));
}));
