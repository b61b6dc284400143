'use strict';
// dns's Node-shaped internals that programs can reach: a Resolver's
// _handle (read at call time), the pending-query refusal of setServers,
// --dns-result-order checked at startup, and lookup errors' shape.
const assert = require('assert');
const { spawnSync } = require('child_process');
const dns = require('dns');

{
  const resolver = new dns.Resolver();
  resolver.setServers(['127.0.0.1:5353', '[::1]:53']);
  assert.deepStrictEqual(resolver.getServers(), ['127.0.0.1:5353', '::1']);
  assert.strictEqual(typeof resolver._handle.queryA, 'function');
  assert.strictEqual(typeof resolver._handle.getHostByAddr, 'function');
  resolver._handle.getServers = () => undefined;
  assert.deepStrictEqual(resolver.getServers(), []);
}

{
  // A query that cannot start throws with the query's syscall name.
  const resolver = new dns.Resolver();
  resolver._handle.queryMx = () => -1;
  assert.throws(() => resolver.resolveMx('example.org', () => {}), {
    code: 'EPERM', syscall: 'queryMx', hostname: 'example.org',
  });
}

{
  const resolver = new dns.Resolver({ timeout: 50, tries: 1 });
  resolver.setServers(['127.0.0.1:9']);
  const req = resolver.resolve4('pending.example', () => {});
  assert.strictEqual(req.bindingName, 'queryA');
  assert.strictEqual(req.hostname, 'pending.example');
  assert.throws(() => resolver.setServers(['127.0.0.2']), {
    code: 'ERR_DNS_SET_SERVERS_FAILED',
    message: `c-ares failed to set servers: "There are pending queries." [[ '127.0.0.2' ]]`,
  });
  resolver.cancel();
}

{
  const bad = spawnSync(process.execPath, ['--dns-result-order=sideways', '-e', 'console.log("ran")'], { encoding: 'utf8' });
  assert.strictEqual(bad.status, 1);
  assert.strictEqual(bad.stdout, '');
  assert.match(bad.stderr, /ERR_INVALID_ARG_VALUE/);
  assert.match(bad.stderr, /The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'\. Received 'sideways'/);
  for (const args of [['--dns-result-order=ipv6first'], ['--dns-result-order', 'ipv4first']]) {
    const ok = spawnSync(process.execPath, [...args, '-p', 'require("dns").getDefaultResultOrder()'], { encoding: 'utf8' });
    assert.strictEqual(ok.stdout.trim(), args.at(-1).replace('--dns-result-order=', ''));
  }
}

dns.lookup('name.invalid', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.constructor, Error);
  assert.notStrictEqual(Object.getPrototypeOf(err), Error.prototype);
  assert(err instanceof Error);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
  assert.match(err.stack, /^Error: getaddrinfo ENOTFOUND name\.invalid\n/);
});

{
  // maxTimeout: every try waits at most that long; all tries are sent.
  const dgram = require('dgram');
  const server = dgram.createSocket('udp4');
  const arrivals = [];
  server.on('message', () => arrivals.push(Date.now()));
  server.bind(0, '127.0.0.1', () => {
    const resolver = new dns.promises.Resolver({ timeout: 100, tries: 3, maxTimeout: 100 });
    resolver.setServers([`127.0.0.1:${server.address().port}`]);
    const start = Date.now();
    resolver.resolve4('silent.example').then(assert.fail, (err) => {
      assert.strictEqual(err.code, 'ETIMEOUT');
      assert.strictEqual(arrivals.length, 3);
      // Uncapped, the tries would wait 100 + 200 + 400 ms.
      assert(Date.now() - start >= 290, `gave up after ${Date.now() - start} ms`);
      server.close();
    });
  });
}
