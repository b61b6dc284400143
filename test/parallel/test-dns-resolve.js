'use strict';
// dns.Resolver and the resolve* family against a small DNS server on
// loopback: every record type, ttl, errors (NXDOMAIN, timeout, cancel,
// pending setServers), reverse, resolve() with rrtype, the promise API and
// the module-level functions on the default resolver.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

function encodeName(name) {
  const parts = name.split('.').filter(Boolean).map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p)]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function readName(buf, off) {
  const parts = [];
  while (buf[off]) {
    parts.push(buf.toString('latin1', off + 1, off + 1 + buf[off]));
    off += buf[off] + 1;
  }
  return [parts.join('.'), off + 1];
}

function record(name, type, ttl, data) {
  const head = Buffer.alloc(10);
  head.writeUInt16BE(type, 0);
  head.writeUInt16BE(1, 2);
  head.writeUInt32BE(ttl, 4);
  head.writeUInt16BE(data.length, 8);
  return Buffer.concat([encodeName(name), head, data]);
}

const text = (s) => Buffer.concat([Buffer.from([s.length]), Buffer.from(s)]);
const u16 = (...n) => Buffer.from(n.flatMap((x) => [x >> 8, x & 255]));
const u32 = (...n) => Buffer.concat(n.map((x) => { const b = Buffer.alloc(4); b.writeUInt32BE(x); return b; }));

const answers = {
  1: (q) => record(q, 1, 300, Buffer.from([192, 0, 2, 1])),
  28: (q) => record(q, 28, 60, Buffer.from('20010db8000000000000000000000001', 'hex')),
  15: (q) => record(q, 15, 60, Buffer.concat([u16(10), encodeName(`mx.${q}`)])),
  16: (q) => record(q, 16, 60, Buffer.concat([text('v=spf1'), text('-all')])),
  33: (q) => record(q, 33, 60, Buffer.concat([u16(5, 7, 8080), encodeName(`srv.${q}`)])),
  2: (q) => record(q, 2, 60, encodeName(`ns1.${q}`)),
  5: (q) => record(q, 5, 60, encodeName(`alias.${q}`)),
  12: (q) => record(q, 12, 60, encodeName('ptr.example')),
  6: (q) => record(q, 6, 60, Buffer.concat([encodeName(`ns.${q}`), encodeName(`admin.${q}`), u32(1, 2, 3, 4, 5)])),
  35: (q) => record(q, 35, 60, Buffer.concat([u16(1, 2), text('s'), text('SIP+D2U'), text(''), encodeName(`_sip._udp.${q}`)])),
  257: (q) => record(q, 257, 60, Buffer.concat([Buffer.from([0, 5]), Buffer.from('issuepki.goog')])),
  52: (q) => record(q, 52, 60, Buffer.from([3, 1, 1, 0xde, 0xad])),
};

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  const [name, end] = readName(msg, 12);
  const type = msg.readUInt16BE(end);
  if (name === 'silent.test') return;
  const head = Buffer.from(msg.subarray(0, 12));
  head[2] = 0x81;
  head[3] = name === 'nx.test' ? 0x83 : 0x80;
  const list = [];
  if (name !== 'nx.test') {
    if (type === 255) for (const t of [1, 28, 15, 16]) list.push(answers[t](name));
    else if (answers[type] && name !== 'empty.test') list.push(answers[type](name));
  }
  head.writeUInt16BE(1, 4);
  head.writeUInt16BE(list.length, 6);
  head.writeUInt32BE(0, 8);
  server.send(Buffer.concat([head, msg.subarray(12, end + 4), ...list]), rinfo.port, rinfo.address);
});

function ask(resolver, method, name, options) {
  return new Promise((resolve, reject) => {
    const cb = (err, value) => (err ? reject(err) : resolve(value));
    if (options === undefined) resolver[method](name, cb);
    else resolver[method](name, options, cb);
  });
}

server.bind(0, '127.0.0.1', common.mustCall(async () => {
  const at = `127.0.0.1:${server.address().port}`;
  const r = new dns.Resolver({ timeout: 200, tries: 1 });
  r.setServers([at]);
  assert.deepStrictEqual(r.getServers(), [at]);

  assert.deepStrictEqual(await ask(r, 'resolve4', 'a.test'), ['192.0.2.1']);
  assert.deepStrictEqual(await ask(r, 'resolve4', 'a.test', { ttl: true }), [{ address: '192.0.2.1', ttl: 300 }]);
  assert.deepStrictEqual(await ask(r, 'resolve6', 'a.test'), ['2001:db8::1']);
  assert.deepStrictEqual(await ask(r, 'resolve6', 'a.test', { ttl: true }), [{ address: '2001:db8::1', ttl: 60 }]);
  assert.deepStrictEqual(await ask(r, 'resolveMx', 'a.test'), [{ exchange: 'mx.a.test', priority: 10, type: 'MX' }]);
  assert.deepStrictEqual(await ask(r, 'resolveTxt', 'a.test'), [['v=spf1', '-all']]);
  assert.deepStrictEqual(await ask(r, 'resolveSrv', 'a.test'),
                         [{ name: 'srv.a.test', port: 8080, priority: 5, weight: 7, type: 'SRV' }]);
  assert.deepStrictEqual(await ask(r, 'resolveNs', 'a.test'), ['ns1.a.test']);
  assert.deepStrictEqual(await ask(r, 'resolveCname', 'a.test'), ['alias.a.test']);
  assert.deepStrictEqual(await ask(r, 'resolvePtr', 'a.test'), ['ptr.example']);
  assert.deepStrictEqual(await ask(r, 'resolveSoa', 'a.test'), {
    nsname: 'ns.a.test', hostmaster: 'admin.a.test', serial: 1, refresh: 2, retry: 3, expire: 4, minttl: 5,
    type: undefined,
  });
  assert.deepStrictEqual(await ask(r, 'resolveNaptr', 'a.test'), [{
    flags: 's', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.a.test', order: 1, preference: 2,
    type: undefined,
  }]);
  assert.deepStrictEqual(await ask(r, 'resolveCaa', 'a.test'), [{ critical: 0, type: 'CAA', issue: 'pki.goog' }]);
  const [tlsa] = await ask(r, 'resolveTlsa', 'a.test');
  assert.deepStrictEqual([tlsa.certUsage, tlsa.selector, tlsa.match], [3, 1, 1]);
  assert.ok(tlsa.data instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(tlsa.data)], [0xde, 0xad]);
  assert.deepStrictEqual(await ask(r, 'resolveAny', 'a.test'), [
    { address: '192.0.2.1', ttl: 300, type: 'A' },
    { address: '2001:db8::1', ttl: 60, type: 'AAAA' },
    { exchange: 'mx.a.test', priority: 10, type: 'MX' },
    { entries: ['v=spf1', '-all'], type: 'TXT' },
  ]);
  assert.deepStrictEqual(await ask(r, 'reverse', '192.0.2.1'), ['ptr.example']);
  assert.deepStrictEqual(await ask(r, 'reverse', '2001:db8::1'), ['ptr.example']);

  // resolve() with and without rrtype.
  assert.deepStrictEqual(await new Promise((res) => r.resolve('b.test', common.mustSucceed(res))), ['192.0.2.1']);
  assert.deepStrictEqual(await new Promise((res) => r.resolve('b.test', 'NS', common.mustSucceed(res))), ['ns1.b.test']);
  assert.throws(() => r.resolve('b.test', 'BOGUS', common.mustNotCall()), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'rrtype' is invalid. Received 'BOGUS'",
  });
  assert.throws(() => r.resolve('b.test', 5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.resolve4(5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.resolve4('x'), { code: 'ERR_INVALID_ARG_TYPE' });

  // Errors carry the query's name and the record type's syscall.
  await assert.rejects(ask(r, 'resolve4', 'nx.test'), {
    code: 'ENOTFOUND', syscall: 'queryA', hostname: 'nx.test', message: 'queryA ENOTFOUND nx.test',
  });
  await assert.rejects(ask(r, 'resolveMx', 'empty.test'), { code: 'ENODATA', syscall: 'queryMx' });
  await assert.rejects(ask(r, 'resolveTxt', 'silent.test'), {
    code: 'ETIMEOUT', syscall: 'queryTxt', message: 'queryTxt ETIMEOUT silent.test',
  });
  await assert.rejects(ask(r, 'reverse', 'nx.test').catch((e) => { throw e; }), { code: 'EINVAL', syscall: 'getHostByAddr' });

  // cancel() ends pending queries; setServers() refuses while they run.
  const cancelled = ask(r, 'resolve4', 'silent.test');
  assert.throws(() => r.setServers(['127.0.0.1']), {
    code: 'ERR_DNS_SET_SERVERS_FAILED',
    message: /^c-ares failed to set servers: "There are pending queries\." \[.+\]$/,
  });
  r.cancel();
  await assert.rejects(cancelled, { code: 'ECANCELLED', syscall: 'queryA' });

  // The promise API, and the module-level functions (default resolver).
  const p = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  p.setServers([at]);
  assert.deepStrictEqual(await p.resolveMx('c.test'), [{ exchange: 'mx.c.test', priority: 10, type: 'MX' }]);
  assert.deepStrictEqual(await p.resolve('c.test', 'TXT'), [['v=spf1', '-all']]);
  assert.deepStrictEqual(await p.resolve('c.test'), ['192.0.2.1']);
  await assert.rejects(p.resolve4('nx.test'), { code: 'ENOTFOUND' });
  dns.setServers([at]);
  assert.deepStrictEqual(dns.getServers(), [at]);
  assert.deepStrictEqual(await new Promise((res) => dns.resolve('d.test', common.mustSucceed(res))), ['192.0.2.1']);
  assert.deepStrictEqual(await dns.promises.resolveSrv('d.test'),
                         [{ name: 'srv.d.test', port: 8080, priority: 5, weight: 7, type: 'SRV' }]);
  assert.deepStrictEqual(await dns.promises.reverse('192.0.2.1'), ['ptr.example']);

  // Resolver options are checked as Node checks them.
  assert.throws(() => new dns.Resolver({ timeout: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new dns.Resolver({ timeout: -2 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  server.close();
}));
