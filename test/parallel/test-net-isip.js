'use strict';
// net.isIP, isIPv4 and isIPv6 on valid and invalid addresses, and the
// family-autoselection defaults.
const assert = require('assert');
const net = require('net');

const table = [
  ['1.2.3.4', 4], ['01.2.3.4', 0], ['256.1.1.1', 0], ['1.2.3', 0], ['0.0.0.0', 4],
  ['255.255.255.255', 4], ['1.2.3.4 ', 0], ['', 0], ['abc', 0],
  ['::1', 6], ['::', 6], ['1::2:3', 6], ['fe80::1%eth0', 6], ['fe80::1%1', 6], ['::1%', 0],
  ['::ffff:1.2.3.4', 6], ['::1.2.3.4', 6], ['1:2:3:4:5:6:1.2.3.4', 6], ['1:2:3:4:5:6:7:1.2.3.4', 0],
  ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7:8:9', 0], ['1::2::3', 0], [':::', 0], ['[::1]', 0],
  ['0::0', 6], ['FFFF::', 6], ['g::1', 0], ['12345::', 0], ['1:2:3:4:5:6:7::', 6], [':1::', 0],
  ['1:', 0], ['::2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7::8', 0],
];
for (const [s, want] of table) {
  assert.strictEqual(net.isIP(s), want, s);
  assert.strictEqual(net.isIPv4(s), want === 4, s);
  assert.strictEqual(net.isIPv6(s), want === 6, s);
}
assert.strictEqual(net.isIP(42), 0);
assert.strictEqual(net.isIP(undefined), 0);
assert.strictEqual(net.isIPv4(null), false);

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
