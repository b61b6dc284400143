'use strict';
// dns.lookupService (issue 8): getnameinfo on a loopback address, and the
// argument errors.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

dns.lookupService('127.0.0.1', 22, common.mustSucceed((hostname, service) => {
  assert.strictEqual(typeof hostname, 'string');
  assert.ok(hostname.length > 0);
  assert.strictEqual(service, 'ssh');
}));
dns.promises.lookupService('127.0.0.1', 80).then(common.mustCall((r) => {
  assert.strictEqual(r.service, 'http');
  assert.strictEqual(typeof r.hostname, 'string');
}));
assert.throws(() => dns.lookupService('127.0.0.1', 22), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('nope', 22, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookupService('127.0.0.1', 70000, () => {}), { code: 'ERR_SOCKET_BAD_PORT' });
