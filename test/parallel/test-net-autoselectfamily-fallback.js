'use strict';
// autoSelectFamily (issue 8): a name with an IPv6 and an IPv4 address,
// where only the IPv4 one listens: the first attempt is refused, the
// second connects and carries the data.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'abc');
    sock.end();
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const lookup = common.mustCall((host, opts, cb) => {
    assert.strictEqual(opts.all, true);
    cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
  });
  // A long attempt timeout: under load the refusal must still come first.
  const c = net.connect({
    port, host: 'dual.example', lookup, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 60000,
  });
  c.on('connectionAttemptFailed', common.mustCall((address, p, family, err) => {
    assert.strictEqual(address, '::1');
    assert.strictEqual(family, 6);
    assert.strictEqual(err.code, 'ECONNREFUSED');
  }));
  c.on('connect', common.mustCall(() => {
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses, [`::1:${port}`, `127.0.0.1:${port}`]);
    c.write('abc');
    c.end();
  }));
  c.resume();
  c.on('close', common.mustCall());
}));
