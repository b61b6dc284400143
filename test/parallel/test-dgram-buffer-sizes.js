'use strict';
// Kernel buffer sizes: a socket with no descriptor yet fails with Node's
// ERR_SOCKET_BUFFER_SIZE naming libuv's call; once bound, the sizes set
// are read back (Linux doubles them), also from the createSocket options.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const unbound = dgram.createSocket('udp4');
assert.throws(() => unbound.getRecvBufferSize(), (err) => {
  assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.message,
                     'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)');
  assert.deepStrictEqual(err.info, {
    errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_recv_buffer_size',
  });
  assert.strictEqual(err.errno, -9);
  assert.strictEqual(err.syscall, 'uv_recv_buffer_size');
  return true;
});
assert.throws(() => unbound.setSendBufferSize(8192), { code: 'ERR_SOCKET_BUFFER_SIZE' });
unbound.close();

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 6000, sendBufferSize: 7000 });
s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(s.getRecvBufferSize(), 12000);
  assert.strictEqual(s.getSendBufferSize(), 14000);
  s.setRecvBufferSize(10000);
  s.setSendBufferSize(10000);
  assert.strictEqual(s.getRecvBufferSize(), 20000);
  assert.strictEqual(s.getSendBufferSize(), 20000);
  assert.throws(() => s.setSendBufferSize(2 ** 31), {
    code: 'ERR_SOCKET_BUFFER_SIZE',
    message: 'Could not get or set buffer size: uv_send_buffer_size returned EINVAL (invalid argument)',
  });
  for (const bad of [-1, 1.5, Infinity, '1']) {
    assert.throws(() => s.setRecvBufferSize(bad), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
  }
  s.close();
}));
