'use strict';
// Argument errors of net (issue 8): ports, hosts, listen options, a second
// listen, close on a server that is not running.
const common = require('../common');
const assert = require('assert');
const net = require('net');

for (const port of [-1, 65536, 1.5, NaN, '70000']) {
  assert.throws(() => net.connect(port), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' }, String(port));
  assert.throws(() => net.createServer().listen(port), { code: 'ERR_SOCKET_BAD_PORT' }, String(port));
}
assert.throws(() => net.connect({ port: 65536 }), {
  message: 'Port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: nope',
});
assert.throws(() => net.createServer().listen({}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => net.createServer(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.Socket().setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket().setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });

const s = net.createServer();
s.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => s.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
  s.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    s.close(common.mustCall((err2) => {
      assert.strictEqual(err2.code, 'ERR_SERVER_NOT_RUNNING');
      assert.strictEqual(err2.message, 'Server is not running.');
    }));
  }));
}));

// Writing on a socket that never connected.
const lone = new net.Socket();
lone.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
}));
lone.write('x');
