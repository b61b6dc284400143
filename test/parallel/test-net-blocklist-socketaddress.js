'use strict';
// net.BlockList and net.SocketAddress (issue 8): addresses, ranges and
// subnets of both families, IPv4-mapped IPv6 matching, rules, JSON, and
// a BlockList given to connect().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const bl = new net.BlockList();
bl.addAddress('10.0.0.1');
bl.addRange('192.168.1.10', '192.168.1.20');
bl.addSubnet('2001:db8::', 32, 'ipv6');
bl.addAddress(new net.SocketAddress({ address: '::1', family: 'ipv6' }));
assert.strictEqual(bl.check('10.0.0.1'), true);
assert.strictEqual(bl.check('10.0.0.2'), false);
assert.strictEqual(bl.check('::ffff:10.0.0.1', 'ipv6'), true);
assert.strictEqual(bl.check('192.168.1.15'), true);
assert.strictEqual(bl.check('192.168.1.21'), false);
assert.strictEqual(bl.check('2001:db8:ffff::1', 'ipv6'), true);
assert.strictEqual(bl.check('2001:db9::1', 'ipv6'), false);
assert.strictEqual(bl.check('::1', 'IPv6'), true);
assert.strictEqual(bl.check('not an address'), false);
assert.deepStrictEqual(bl.rules.sort(), [
  'Address: IPv4 10.0.0.1',
  'Address: IPv6 ::1',
  'Range: IPv4 192.168.1.10-192.168.1.20',
  'Subnet: IPv6 2001:db8::/32',
]);
const copy = new net.BlockList();
copy.fromJSON(JSON.stringify(bl));
assert.deepStrictEqual(copy.rules.sort(), bl.rules.sort());
assert.strictEqual(net.BlockList.isBlockList(copy), true);
assert.strictEqual(net.BlockList.isBlockList({}), false);
assert.throws(() => bl.addRange('10.0.0.9', '10.0.0.1'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => bl.addSubnet('10.0.0.0', 33), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => bl.addAddress('10.0.0.1', 'ipv5'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => bl.addAddress('x'), { code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' });

const sa = new net.SocketAddress({ address: '::1', port: 8080, family: 'ipv6', flowlabel: 5 });
assert.deepStrictEqual(sa.toJSON(), { address: '::1', port: 8080, family: 'ipv6', flowlabel: 5 });
assert.deepStrictEqual(new net.SocketAddress().toJSON(),
                       { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
assert.strictEqual(net.SocketAddress.parse('[::1]:99').port, 99);
assert.strictEqual(net.SocketAddress.parse('1.2.3.4:80').address, '1.2.3.4');
assert.throws(() => new net.SocketAddress({ port: 70000 }), { code: 'ERR_SOCKET_BAD_PORT' });

const blocked = new net.BlockList();
blocked.addAddress('127.0.0.1');
const c = net.connect({ port: 9, host: '127.0.0.1', blockList: blocked });
c.on('connect', common.mustNotCall());
c.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
  assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
}));
