'use strict';
// What node:dns and node:dns/promises share: option parsing for lookup,
// the order of results, the request through internalBinding('dns'), and
// the Resolver classes whose queries go through c-ares
// (internalBinding('cares'), which hands back the answer section's records
// as plain objects; here they are picked and shaped per query type).

const binding = internalBinding('dns');
const { isIP } = require('internal/net/ip');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_DNS_SET_SERVERS_FAILED },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validateString, validateArray,
  validateInt32, validateObject,
} = require('internal/validators');
const { dnsException } = require('internal/net/errors');

const { AI_ADDRCONFIG: ADDRCONFIG, AI_ALL: ALL, AI_V4MAPPED: V4MAPPED } = binding;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

// lookup's options (a family number or an object) as
// { family, hints, all, order }; throws Node's argument errors.
function parseLookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else if (options) {
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

// The resolver's answer put in the asked order; a stable sort by family.
function orderAddresses(addresses, order) {
  if (order === 'verbatim') return addresses;
  const first = order === 'ipv4first' ? 4 : 6;
  const a = [];
  const b = [];
  for (const addr of addresses) (isIP(addr) === first ? a : b).push(addr);
  return a.concat(b);
}

let warnedEmptyHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedEmptyHostname) return;
  warnedEmptyHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// Starts a getaddrinfo; done(err, addresses) with addresses ordered.
// Returns the request object (or undefined when the request could not
// start: done then runs on the next tick).
// A 'dns' performance entry, when one is observed (Node makes them for
// lookups and queries that succeed).
let perfObservedFlags;
const perfObserved = () => (perfObservedFlags ??= require('internal/perf/observed'));
function perfStart() {
  return perfObserved().dns ? require('internal/perf/performance').now() : undefined;
}
function perfEntry(start, name, detail) {
  const perf = require('internal/perf/performance');
  perf.enqueueNodeEntry(name, 'dns', start, perf.now() - start, detail);
}

function getaddrinfo(hostname, family, hints, order, done) {
  const start = perfStart();
  const req = {
    hostname,
    family,
    oncomplete(status, addresses) {
      if (status !== 0) return done(dnsException(status, 'getaddrinfo', hostname));
      if (addresses.length === 0) return done(dnsException(-3008, 'getaddrinfo', hostname));
      const ordered = orderAddresses(addresses, order);
      if (start !== undefined) {
        perfEntry(start, 'lookup', {
          hostname, family, hints, verbatim: (order ?? defaultResultOrder) === 'verbatim',
          order: order ?? defaultResultOrder, addresses: ordered,
        });
      }
      done(null, ordered);
    },
  };
  const err = binding.getaddrinfo(req, hostname, family, hints);
  if (err) {
    process.nextTick(done, dnsException(err, 'getaddrinfo', hostname));
    return undefined;
  }
  return req;
}

function getnameinfo(address, port, done) {
  const start = perfStart();
  const req = {
    hostname: address,
    port,
    oncomplete(status, hostname, service) {
      if (status !== 0) return done(dnsException(status, 'getnameinfo', address));
      if (start !== undefined) perfEntry(start, 'lookupService', { host: address, port, hostname, service });
      done(null, hostname, service);
    },
  };
  const err = binding.getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

let cares;
function caresBinding() {
  return (cares ??= internalBinding('cares'));
}

function formatServers(list) {
  return list.map(([host, port]) => {
    if (!port || port === 53) return host;
    return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
  });
}

// 'ip', '[ipv6]:port' or 'ipv4:port' as [address, port]; throws
// ERR_INVALID_IP_ADDRESS for anything else.
function parseServer(serv) {
  if (isIP(serv)) return [serv, 53];
  if (serv[0] === '[') {
    const close = serv.indexOf(']');
    const host = serv.slice(1, close);
    const rest = serv.slice(close + 1);
    if (close !== -1 && isIP(host) === 6 && (rest === '' || /^:\d+$/.test(rest))) {
      return [host, rest ? parseInt(rest.slice(1), 10) || 53 : 53];
    }
  }
  const m = /^(.+?)(?::(\d+))?$/.exec(serv);
  if (m && isIP(m[1])) return [m[1], m[2] ? parseInt(m[2], 10) : 53];
  throw new ERR_INVALID_IP_ADDRESS(serv);
}

function parseServers(servers) {
  validateArray(servers, 'servers');
  const out = [];
  // forEach: holes in the array are skipped, as in Node.
  servers.forEach((serv, i) => {
    validateString(serv, `servers[${i}]`);
    out.push(parseServer(serv));
  });
  return out;
}

// ---- queries ----------------------------------------------------------------

const kTypes = {
  __proto__: null, A: 1, AAAA: 28, ANY: 255, CAA: 257, CNAME: 5, MX: 15, NAPTR: 35, NS: 2,
  PTR: 12, SOA: 6, SRV: 33, TLSA: 52, TXT: 16,
};

function pick(records, type) {
  const out = [];
  for (let i = 0; i < records.length; i++) if (records[i].type === type) out.push(records[i]);
  return out;
}

function withoutType(record) {
  const { type, ...rest } = record;
  return rest;
}

function values(type) {
  return (records) => pick(records, type).map((r) => r.value);
}

function addresses(type) {
  return (records, ttl) => pick(records, type).map((r) => (ttl ? { address: r.address, ttl: r.ttl } : r.address));
}

// MX, SRV and CAA answers keep their `type` in Node 24, SOA and NAPTR
// have it undefined, TLSA has none.
function typed(type) {
  return (records) => pick(records, type);
}

function objects(type) {
  return (records) => pick(records, type).map(withoutType);
}

function untyped(record) {
  return { ...withoutType(record), type: undefined };
}

// Method name -> [record type, Node's syscall name, shaper]. A shaper that
// finds nothing of its type makes ENODATA, as c-ares's parsers do.
const queries = {
  __proto__: null,
  resolveAny: ['ANY', 'queryAny', (records) => records],
  resolve4: ['A', 'queryA', addresses('A')],
  resolve6: ['AAAA', 'queryAaaa', addresses('AAAA')],
  resolveCaa: ['CAA', 'queryCaa', typed('CAA')],
  resolveCname: ['CNAME', 'queryCname', values('CNAME')],
  resolveMx: ['MX', 'queryMx', typed('MX')],
  resolveNs: ['NS', 'queryNs', values('NS')],
  resolveTlsa: ['TLSA', 'queryTlsa', objects('TLSA')],
  resolveTxt: ['TXT', 'queryTxt', (records) => pick(records, 'TXT').map((r) => r.entries)],
  resolveSrv: ['SRV', 'querySrv', typed('SRV')],
  resolvePtr: ['PTR', 'queryPtr', values('PTR')],
  resolveNaptr: ['NAPTR', 'queryNaptr', (records) => pick(records, 'NAPTR').map(untyped)],
  resolveSoa: ['SOA', 'querySoa', (records) => {
    const soa = pick(records, 'SOA');
    return soa.length ? untyped(soa[0]) : [];
  }],
};

// The rrtype argument of resolve() -> the method.
const rrtypes = {
  __proto__: null,
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TLSA: 'resolveTlsa', TXT: 'resolveTxt',
};

const resolveNames = [...Object.keys(queries), 'reverse', 'resolve'];

let urlModule;
function toASCII(name) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  urlModule ??= require('url');
  return urlModule.domainToASCII(name) || name;
}

// The PTR name of an address (in-addr.arpa or ip6.arpa), or undefined.
function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family !== 6) return undefined;
  const halves = ip.split('::');
  const groups = (s) => (s === '' ? [] : s.split(':'));
  let head = groups(halves[0]);
  let tail = halves.length > 1 ? groups(halves[1]) : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) is two groups.
  const last = (tail.length ? tail : head);
  if (last.length && last[last.length - 1].includes('.')) {
    const v4 = last.pop().split('.').map(Number);
    last.push(((v4[0] << 8) | v4[1]).toString(16), ((v4[2] << 8) | v4[3]).toString(16));
  }
  const fill = 8 - head.length - tail.length;
  const all = [...head, ...Array(halves.length > 1 ? fill : 0).fill('0'), ...tail];
  const nibbles = all.map((g) => g.padStart(4, '0')).join('').split('');
  return `${nibbles.reverse().join('.')}.ip6.arpa`;
}

// One channel per Resolver, made on first use (c-ares reads resolv.conf).
class Channel {
  #handle;
  #timeout;
  #tries;
  #servers;
  #cancelling = false;
  pending = 0;

  constructor(timeout = -1, tries = 4, servers = undefined) {
    this.#timeout = timeout;
    this.#tries = tries;
    this.#servers = servers;
  }

  get handle() {
    if (this.#handle === undefined) {
      const b = caresBinding();
      this.#handle = b.createChannel(this.#timeout, this.#tries);
      if (this.#servers !== undefined) {
        b.setServers(this.#handle, this.#servers.map(([host, port]) => [isIP(host), host, port]));
      }
    }
    return this.#handle;
  }

  getServers() {
    if (this.#handle === undefined && this.#servers !== undefined) return formatServers(this.#servers);
    return formatServers(caresBinding().getServers(this.handle));
  }

  setServers(list, input) {
    if (this.#handle === undefined) {
      this.#servers = list;
      return;
    }
    if (this.pending > 0) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', input);
    }
    const rc = caresBinding().setServers(this.#handle, list.map(([host, port]) => [isIP(host), host, port]));
    if (rc !== 0) throw new ERR_DNS_SET_SERVERS_FAILED(`error ${rc}`, input);
  }

  query(name, type, done) {
    let sync = true;
    this.pending++;
    caresBinding().query(this.handle, name, kTypes[type], (code, records) => {
      this.pending--;
      if (sync || this.#cancelling) process.nextTick(done, code, records);
      else done(code, records);
    });
    sync = false;
  }

  cancel() {
    if (this.#handle === undefined) return;
    this.#cancelling = true;
    try {
      caresBinding().cancel(this.#handle);
    } finally {
      this.#cancelling = false;
    }
  }

  setLocalAddress(ipv4, ipv6) {
    caresBinding().setLocalAddress(this.handle, ipv4 ?? '', ipv6 ?? '');
  }
}

// Starts the query `method` for name; done(err, result).
function runQuery(channel, method, name, ttl, done) {
  let type;
  let syscall;
  let shape;
  let query = name;
  if (method === 'reverse') {
    type = 'PTR';
    syscall = 'getHostByAddr';
    shape = values('PTR');
    query = reverseName(name);
    if (query === undefined) throw dnsException(-22, syscall, name);
  } else {
    [type, syscall, shape] = queries[method];
    query = toASCII(name);
  }
  const start = perfStart();
  channel.query(query, type, (code, records) => {
    if (code !== null) return done(dnsException(code, syscall, name));
    const result = shape(records, ttl);
    if (Array.isArray(result) && result.length === 0) return done(dnsException('ENODATA', syscall, name));
    if (start !== undefined) perfEntry(start, syscall, { host: name, ttl: !!ttl, result });
    done(null, result);
  });
  return syscall;
}

function parseResolverOptions(options) {
  let timeout = -1;
  let tries = 4;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.timeout !== undefined) {
      validateInt32(options.timeout, 'options.timeout', -1);
      timeout = options.timeout;
    }
    if (options.tries !== undefined) {
      validateInt32(options.tries, 'options.tries', 1);
      tries = options.tries;
    }
    if (options.maxTimeout !== undefined) validateInt32(options.maxTimeout, 'options.maxTimeout', 0);
  }
  return { timeout, tries };
}

function validateLocalAddress(ipv4, ipv6) {
  validateString(ipv4, 'ipv4');
  if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
  const a = isIP(ipv4);
  if (!a) throw new ERR_INVALID_IP_ADDRESS(ipv4);
  if (ipv6 !== undefined) {
    const b = isIP(ipv6);
    if (!b) throw new ERR_INVALID_IP_ADDRESS(ipv6);
    if (a === b) throw new ERR_INVALID_ARG_VALUE('ipv6', ipv6, 'must be of the other address family');
  }
}

const kChannel = Symbol('kChannel');

// resolve(hostname[, rrtype]) -> the method, or throws as Node does.
function methodForRrtype(rrtype) {
  if (typeof rrtype !== 'string') throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  const method = rrtypes[rrtype];
  if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return method;
}

function makeResolverClass(promises = false) {
  class Resolver {
    constructor(options = undefined) {
      const { timeout, tries } = parseResolverOptions(options);
      this[kChannel] = new Channel(timeout, tries);
    }

    cancel() { this[kChannel].cancel(); }

    getServers() { return this[kChannel].getServers(); }

    setServers(servers) {
      const list = parseServers(servers);
      this[kChannel].setServers(list, servers);
    }

    setLocalAddress(ipv4, ipv6) {
      validateLocalAddress(ipv4, ipv6);
      this[kChannel].setLocalAddress(ipv4, ipv6);
    }
  }
  const define = (name, fn) => Object.defineProperty(Resolver.prototype, name, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: false,
  });
  for (const method of [...Object.keys(queries), 'reverse']) {
    define(method, promises ? {
      [method](name, options) {
        validateString(name, method === 'reverse' ? 'ip' : 'name');
        const ttl = readTtl(options);
        return new Promise((resolve, reject) => {
          runQuery(this[kChannel], method, name, ttl, (err, result) => (err ? reject(err) : resolve(result)));
        });
      },
    }[method] : {
      [method](name, options, callback) {
        validateString(name, method === 'reverse' ? 'ip' : 'name');
        if (typeof options === 'function') {
          callback = options;
          options = undefined;
        }
        validateFunction(callback, 'callback');
        const ttl = readTtl(options);
        const req = { bindingName: undefined, callback, hostname: name, oncomplete: undefined, ttl };
        req.bindingName = runQuery(this[kChannel], method, name, ttl, (err, result) => {
          if (err) callback.call(req, err);
          else callback.call(req, null, result);
        });
        return req;
      },
    }[method]);
  }
  define('resolve', promises ? function resolve(hostname, rrtype) {
    validateString(hostname, 'name');
    const method = rrtype === undefined ? 'resolve4' : methodForRrtype(rrtype);
    return this[method](hostname);
  } : function resolve(hostname, rrtype, callback) {
    let method;
    if (typeof rrtype === 'function') {
      callback = rrtype;
      method = 'resolve4';
    } else {
      method = methodForRrtype(rrtype);
    }
    validateFunction(callback, 'callback');
    return this[method](hostname, callback);
  });
  return Resolver;
}

function readTtl(options) {
  if (options === undefined || options === null || typeof options !== 'object') return false;
  return !!options.ttl;
}

// The default resolvers of node:dns and node:dns/promises share their
// servers: dns.setServers() gives both a new channel (a query in flight
// keeps the old one), as Node does.
let defaultServers;
let defaultCallbackResolver;
let defaultPromiseResolver;

function defaultResolver(promises) {
  if (promises) {
    if (defaultPromiseResolver === undefined) {
      defaultPromiseResolver = new (makeResolverClass(true))();
      if (defaultServers) defaultPromiseResolver[kChannel] = new Channel(-1, 4, defaultServers);
    }
    return defaultPromiseResolver;
  }
  if (defaultCallbackResolver === undefined) {
    defaultCallbackResolver = new (makeResolverClass(false))();
    if (defaultServers) defaultCallbackResolver[kChannel] = new Channel(-1, 4, defaultServers);
  }
  return defaultCallbackResolver;
}

function getServers() {
  return defaultResolver(false).getServers();
}

function setServers(servers) {
  const list = parseServers(servers);
  defaultServers = list;
  if (defaultCallbackResolver !== undefined) defaultCallbackResolver[kChannel] = new Channel(-1, 4, list);
  if (defaultPromiseResolver !== undefined) defaultPromiseResolver[kChannel] = new Channel(-1, 4, list);
}

// The module-level resolve* functions: the default resolver's methods.
function bindDefault(target, promises) {
  for (const name of resolveNames) {
    target[name] = {
      [name](...args) {
        const r = defaultResolver(promises);
        return Reflect.apply(r[name], r, args);
      },
    }[name];
  }
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  validFamilies,
  getDefaultResultOrder,
  setDefaultResultOrder,
  parseLookupOptions,
  emitInvalidHostnameWarning,
  getaddrinfo,
  getnameinfo,
  getServers,
  setServers,
  resolveNames,
  makeResolverClass,
  bindDefault,
  errorCodes,
};
