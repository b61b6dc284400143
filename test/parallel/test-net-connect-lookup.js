'use strict';
// A client that connects by name (issue 8): 'lookup' fires with the
// address the name resolved to before 'connect'; a custom lookup function
// is used instead of dns.lookup; a name that does not resolve gives the
// lookup's error.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const order = [];
  const c = net.connect({ port, host: 'localhost', family: 4 });
  c.on('lookup', common.mustCall((err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
    order.push('lookup');
  }));
  c.on('connect', common.mustCall(() => order.push('connect')));
  c.resume();
  c.on('close', common.mustCall(() => {
    assert.deepStrictEqual(order, ['lookup', 'connect']);
    custom();
  }));

  function custom() {
    const lookup = common.mustCall((host, opts, cb) => {
      assert.strictEqual(host, 'my-own-name');
      cb(null, '127.0.0.1', 4);
    });
    const c2 = net.connect({ port, host: 'my-own-name', lookup, autoSelectFamily: false });
    c2.resume();
    c2.on('connect', common.mustCall());
    c2.on('close', common.mustCall(() => bad()));
  }

  function bad() {
    const c3 = net.connect({ port, host: 'kiln-test.invalid' });
    c3.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ENOTFOUND');
      assert.strictEqual(err.hostname, 'kiln-test.invalid');
      server.close();
    }));
  }
}));

// A custom lookup that answers something other than an address string (an
// array holding one, here) is an ERR_INVALID_IP_ADDRESS error. (Node 24
// aborts on the same answer in autoSelectFamily's list form; kiln gives
// the error there too.)
for (const family of [4, 6]) {
  const lookup = (host, opts, cb) => cb(null, ['127.0.0.1'], opts.family);
  const c = net.connect({ port: 1, host: 'example.invalid', lookup, family });
  c.on('connect', common.mustNotCall());
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS');
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, "Invalid IP address: [ '127.0.0.1' ]");
  }));
}
