'use strict';
// Descriptors that are no sockets (issue 8): net.Socket({ fd }) of a
// regular file throws ERR_INVALID_FD_TYPE; listen({ fd }) of one fails
// with an asynchronous EINVAL 'error'; and listen({ fd }) of a descriptor
// the loop already watches reports EEXIST, as libuv does in Node.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

const fileFd = fs.openSync(__filename, 'r');
assert.throws(() => new net.Socket({ fd: fileFd }), {
  code: 'ERR_INVALID_FD_TYPE', message: 'Unsupported fd type: FILE',
});
assert.throws(() => new net.Socket({ fd: -1 }), { code: 'ERR_OUT_OF_RANGE' });

const s = net.createServer();
s.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'listen');
  fs.closeSync(fileFd);
  again();
}));
s.listen({ fd: fileFd });

function again() {
  const first = net.createServer(common.mustNotCall());
  first.listen(0, '127.0.0.1', common.mustCall(() => {
    const fd = first._handle.fd;
    assert.ok(fd > 2);
    const second = net.createServer();
    second.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EEXIST');
      first.close();
    }));
    second.listen({ fd });
  }));
}
