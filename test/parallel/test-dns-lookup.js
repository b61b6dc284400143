'use strict';
// dns.lookup through the system resolver (issue 8): localhost, numeric
// addresses, all, family, order, argument errors, and ENOTFOUND with
// Node's fields for a name that cannot exist (.invalid, RFC 2606).
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');

dns.lookup('localhost', { family: 4 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('localhost', { all: true, family: 4 }, common.mustSucceed((list) => {
  assert.ok(Array.isArray(list));
  assert.deepStrictEqual(list[0], { address: '127.0.0.1', family: 4 });
}));
dns.lookup('localhost', { all: true, order: 'ipv4first' }, common.mustSucceed((list) => {
  assert.ok(list.length >= 1);
  const families = list.map((e) => e.family);
  assert.deepStrictEqual(families, families.slice().sort());
}));

let sync = true;
dns.lookup('10.1.2.3', common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(address, '10.1.2.3');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { all: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list, [{ address: '::1', family: 6 }]);
}));
sync = false;

dns.lookup('kiln-test.invalid', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'kiln-test.invalid');
  assert.strictEqual(typeof err.errno, 'number');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND kiln-test.invalid');
}));

util.promisify(dns.lookup)('localhost', { family: 4 }).then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));

assert.throws(() => dns.lookup('x', 7, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'family' must be one of: 0, 4, 6. Received 7",
});
assert.throws(() => dns.lookup('x', { hints: 99 }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x', { order: 'random' }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x', { all: 1 }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup(5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.setDefaultResultOrder('x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
