'use strict';
// A second bind is ERR_SOCKET_ALREADY_BOUND; a port in use is an 'error'
// event with the system error's fields, after which the socket is unbound
// and can bind again; bind() with only a callback binds an ephemeral port
// on every interface.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => a.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
  const { port } = a.address();
  const b = dgram.createSocket('udp4');
  b.on('listening', common.mustCall(() => {
    assert.strictEqual(b.address().address, '0.0.0.0');
    assert.notStrictEqual(b.address().port, port);
    a.close();
    b.close();
  }));
  b.once('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    // The failed bind left it unbound: it may try again.
    b.bind(common.mustCall());
  }));
  b.bind(port, '127.0.0.1', common.mustNotCall());
}));
