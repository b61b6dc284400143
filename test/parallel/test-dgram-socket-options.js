'use strict';
// TTL, broadcast and multicast options: on a socket without a descriptor
// they fail with the system error; once bound they apply and setTTL and
// setMulticastTTL return their argument; joining a group on loopback works.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.throws(() => s.setTTL(16), { code: 'EBADF', syscall: 'setTTL', message: 'setTTL EBADF' });
assert.throws(() => s.setBroadcast(true), { code: 'EBADF', syscall: 'setBroadcast' });
assert.throws(() => s.setMulticastLoopback(true), { code: 'EBADF' });
s.bind(0, common.mustCall(() => {
  assert.strictEqual(s.setTTL(16), 16);
  assert.throws(() => s.setTTL(1000), { code: 'EINVAL', syscall: 'setTTL' });
  assert.strictEqual(s.setMulticastTTL(4), 4);
  assert.strictEqual(s.setMulticastLoopback(true), true);
  s.setBroadcast(true);
  s.setMulticastInterface('127.0.0.1');
  assert.throws(() => s.setMulticastInterface('not an ip'), { code: 'EINVAL' });
  assert.throws(() => s.addMembership('not-an-ip'), { code: 'EINVAL', syscall: 'addMembership' });
  assert.throws(() => s.dropMembership('224.0.0.114'), { syscall: 'dropMembership' });
  s.close();
}));
