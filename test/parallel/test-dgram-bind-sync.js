'use strict';
// bindSync() binds at once and returns the address (the port the kernel
// chose for 0), throws bind errors and non-IP addresses, and emits
// 'listening' on the next tick; connectSync() connects at once.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket('udp4');
let ticked = false;
a.on('listening', common.mustCall(() => assert.strictEqual(ticked, true)));
const addr = a.bindSync({ port: 0, address: '127.0.0.1' });
ticked = true;
assert.strictEqual(addr.address, '127.0.0.1');
assert.ok(addr.port > 0);
assert.deepStrictEqual(a.address(), addr);
assert.throws(() => a.bindSync(), { code: 'ERR_SOCKET_ALREADY_BOUND' });

const b = dgram.createSocket('udp4');
assert.throws(() => b.bindSync({ port: addr.port, address: '127.0.0.1' }), {
  code: 'EADDRINUSE', syscall: 'bind', port: addr.port,
});
assert.throws(() => b.bindSync({ address: 'localhost' }), { code: 'ERR_INVALID_ARG_VALUE' });
b.connectSync(addr.port, '127.0.0.1');
b.on('connect', common.mustCall());
assert.strictEqual(b.remoteAddress().port, addr.port);
// Connected, its local address is the route's to the peer.
assert.strictEqual(b.address().address, '127.0.0.1');
a.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.toString(), 'sync');
  a.close();
  b.close();
}));
b.send('sync');
