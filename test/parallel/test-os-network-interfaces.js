'use strict';
// os.networkInterfaces(): addresses grouped by interface name, each entry
// { address, netmask, family, mac, internal, cidr } in that key order, with
// scopeid last for IPv6 only; cidr is the address with the netmask's prefix
// length. The loopback interface is internal.
const assert = require('assert');
const os = require('os');

const ifaces = os.networkInterfaces();
assert.strictEqual(Object.getPrototypeOf(ifaces), Object.prototype);
assert.notStrictEqual(os.networkInterfaces(), ifaces);

function prefixLength(netmask, family) {
  let bits = '';
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) bits += Number(part).toString(2).padStart(8, '0');
  } else {
    // Expand '::' to the missing zero groups.
    const [head, tail] = netmask.split('::');
    const a = head ? head.split(':') : [];
    const b = tail !== undefined && tail !== '' ? tail.split(':') : [];
    const groups = tail === undefined ? a : [...a, ...Array(8 - a.length - b.length).fill('0'), ...b];
    for (const g of groups) bits += parseInt(g, 16).toString(2).padStart(16, '0');
  }
  return /^1*0*$/.test(bits) ? bits.indexOf('0') === -1 ? bits.length : bits.indexOf('0') : null;
}

let entries = 0;
for (const [name, list] of Object.entries(ifaces)) {
  assert.strictEqual(typeof name, 'string');
  assert.ok(Array.isArray(list) && list.length > 0, name);
  for (const e of list) {
    entries++;
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (e.family === 'IPv6') keys.push('scopeid');
    else assert.strictEqual(e.family, 'IPv4');
    assert.deepStrictEqual(Object.keys(e), keys);
    assert.strictEqual(typeof e.address, 'string');
    assert.strictEqual(typeof e.netmask, 'string');
    assert.match(e.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof e.internal, 'boolean');
    if (e.family === 'IPv4') {
      assert.match(e.address, /^\d+\.\d+\.\d+\.\d+$/);
      assert.match(e.netmask, /^\d+\.\d+\.\d+\.\d+$/);
    } else {
      assert.match(e.address, /:/);
      assert.ok(Number.isInteger(e.scopeid) && e.scopeid >= 0);
    }
    const prefix = prefixLength(e.netmask, e.family);
    assert.strictEqual(e.cidr, prefix === null ? null : `${e.address}/${prefix}`);
  }
}

// Loopback, where the machine has it up: internal, with a zero MAC.
for (const e of ifaces.lo || []) {
  assert.strictEqual(e.internal, true);
  assert.strictEqual(e.mac, '00:00:00:00:00:00');
  if (e.family === 'IPv4' && e.address === '127.0.0.1') {
    assert.strictEqual(e.netmask, '255.0.0.0');
    assert.strictEqual(e.cidr, '127.0.0.1/8');
  }
  if (e.family === 'IPv6' && e.address === '::1') {
    assert.strictEqual(e.netmask, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
    assert.strictEqual(e.cidr, '::1/128');
    assert.strictEqual(e.scopeid, 0);
  }
}
assert.ok(entries >= 0);
