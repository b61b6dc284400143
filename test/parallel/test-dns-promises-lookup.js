'use strict';
// node:dns/promises lookup (issue 8): results, all, and the ENOTFOUND
// rejection; the module is also dns.promises.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const dnsPromises = require('dns/promises');

assert.strictEqual(dns.promises, dnsPromises);
(async () => {
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', 4), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookup('127.0.0.1', { all: true }),
                         [{ address: '127.0.0.1', family: 4 }]);
  await assert.rejects(dnsPromises.lookup('kiln-test.invalid'), {
    code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: 'kiln-test.invalid',
  });
  assert.throws(() => dnsPromises.lookup('x', { family: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
