'use strict';
// server.listen options (issue 8): a host name looked up first, ipv6Only,
// an AbortSignal that closes the server, the backlog argument, and
// listen(port, host, cb) with 'listening' asynchronous.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const byName = net.createServer();
let sync = true;
byName.listen(0, 'localhost', 5, common.mustCall(() => {
  assert.strictEqual(sync, false);
  assert.ok(['127.0.0.1', '::1'].includes(byName.address().address));
  byName.close();
}));
sync = false;

const v6 = net.createServer();
v6.listen({ port: 0, host: '::', ipv6Only: true }, common.mustCall(() => {
  const { port } = v6.address();
  assert.strictEqual(v6.address().family, 'IPv6');
  // IPv4 on the same port is free: the socket takes IPv6 only.
  const v4 = net.createServer().listen(port, '0.0.0.0', common.mustCall(() => {
    v4.close();
    v6.close();
  }));
}));

const ac = new AbortController();
const aborted = net.createServer();
aborted.on('close', common.mustCall());
aborted.listen({ port: 0, signal: ac.signal }, common.mustCall(() => {
  ac.abort();
  assert.strictEqual(aborted.listening, false);
}));
assert.throws(() => net.createServer().listen({ port: 0, signal: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
