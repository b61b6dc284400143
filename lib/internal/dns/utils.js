'use strict';
// What node:dns and node:dns/promises share: option parsing for lookup,
// lookup requests, and the Resolver classes. Everything native goes
// through internalBinding('cares_wrap') (internal/dns/cares_wrap), read at
// call time as Node does; its channels hand back the answer section's
// records as plain objects, which are picked and shaped here per query.

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net/ip');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_DNS_SET_SERVERS_FAILED },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validateString, validateArray,
  validateInt32, validateObject,
} = require('internal/validators');
const { dnsException } = require('internal/net/errors');

const { AI_ADDRCONFIG: ADDRCONFIG, AI_ALL: ALL, AI_V4MAPPED: V4MAPPED } = cares;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

// --dns-result-order, checked at startup as Node does.
function initializeDns(order) {
  validateOneOf(order, '--dns-result-order', validOrders);
  defaultResultOrder = order;
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

let warnedEmptyHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedEmptyHostname) return;
  warnedEmptyHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

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

const orderCodes = {
  __proto__: null,
  verbatim: cares.DNS_ORDER_VERBATIM,
  ipv4first: cares.DNS_ORDER_IPV4_FIRST,
  ipv6first: cares.DNS_ORDER_IPV6_FIRST,
};

// Starts the getaddrinfo of a request the caller made (a
// GetAddrInfoReqWrap with its oncomplete and whatever that reads);
// returns 0 or an error code.
function startLookup(req, hostname, family, hints, order, all) {
  req.hostname = hostname;
  req.family = family;
  req.perfStart = perfStart();
  if (req.perfStart !== undefined) req.perfDetail = { hostname, family, hints, order, all };
  return cares.getaddrinfo(req, hostname, family, hints, orderCodes[order]);
}

// A finished lookup's addresses as lookup answers them (one, or all).
function lookupResult(req, addresses, all) {
  const result = all
    ? addresses.map((address) => ({ address, family: req.family || isIP(address) }))
    : { address: addresses[0], family: req.family || isIP(addresses[0]) };
  if (req.perfStart !== undefined) {
    const { hostname, family, hints, order } = req.perfDetail;
    perfEntry(req.perfStart, 'lookup', {
      hostname, family, hints, verbatim: order === 'verbatim', order, addresses,
    });
  }
  return result;
}

// Starts a getnameinfo; the request's oncomplete gets (err, hostname,
// service). Returns 0 or an error code.
function startLookupService(req, address, port) {
  req.host = address;
  req.port = port;
  req.perfStart = perfStart();
  return cares.getnameinfo(req, address, port);
}

function lookupServiceDone(req, hostname, service) {
  if (req.perfStart !== undefined) {
    perfEntry(req.perfStart, 'lookupService', { host: req.host, port: req.port, hostname, service });
  }
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
    const [host, port] = parseServer(serv);
    out.push([isIP(host), host, port]);
  });
  return out;
}

// ---- queries ----------------------------------------------------------------

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

// Starts the query `method` for name on a resolver's handle (a
// ChannelWrap); done(err, result). Returns the request; throws Node's
// error when the query cannot start.
function runQuery(handle, method, name, ttl, done) {
  let syscall;
  let shape;
  let query = name;
  if (method === 'reverse') {
    syscall = 'getHostByAddr';
    shape = values('PTR');
    query = reverseName(name);
    if (query === undefined) throw dnsException(-22, syscall, name);
  } else {
    [, syscall, shape] = queries[method];
    query = toASCII(name);
  }
  const start = perfStart();
  const req = new cares.QueryReqWrap();
  req.bindingName = syscall;
  req.hostname = name;
  req.ttl = ttl;
  req.oncomplete = (code, records) => {
    if (code) return done(dnsException(code, syscall, name));
    const result = shape(records, ttl);
    if (Array.isArray(result) && result.length === 0) return done(dnsException('ENODATA', syscall, name));
    if (start !== undefined) perfEntry(start, syscall, { host: name, ttl: !!ttl, result });
    done(null, result);
  };
  const err = handle[syscall](req, query);
  if (err) throw dnsException(err, syscall, name);
  return req;
}

function parseResolverOptions(options) {
  let timeout = -1;
  let tries = 4;
  let maxTimeout = 0;
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
    if (options.maxTimeout !== undefined) {
      validateInt32(options.maxTimeout, 'options.maxTimeout', 0);
      maxTimeout = options.maxTimeout;
    }
  }
  return { timeout, tries, maxTimeout };
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
      const { timeout, tries, maxTimeout } = parseResolverOptions(options);
      this._handle = new cares.ChannelWrap(timeout, tries, maxTimeout);
    }

    cancel() { this._handle.cancel(); }

    getServers() { return formatServers(this._handle.getServers() || []); }

    setServers(servers) {
      const list = parseServers(servers);
      const err = this._handle.setServers(list);
      if (err !== 0) throw new ERR_DNS_SET_SERVERS_FAILED(cares.strerror(err), servers);
    }

    setLocalAddress(ipv4, ipv6) {
      validateLocalAddress(ipv4, ipv6);
      this._handle.setLocalAddress(ipv4, ipv6);
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
          runQuery(this._handle, method, name, ttl, (err, result) => (err ? reject(err) : resolve(result)));
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
        const req = runQuery(this._handle, method, name, ttl, (err, result) => {
          if (err) callback.call(req, err);
          else callback.call(req, null, result);
        });
        req.callback = callback;
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
      if (defaultServers) defaultPromiseResolver._handle = channelWith(defaultServers);
    }
    return defaultPromiseResolver;
  }
  if (defaultCallbackResolver === undefined) {
    defaultCallbackResolver = new (makeResolverClass(false))();
    if (defaultServers) defaultCallbackResolver._handle = channelWith(defaultServers);
  }
  return defaultCallbackResolver;
}

function channelWith(servers) {
  const handle = new cares.ChannelWrap(-1, 4);
  handle.setServers(servers);
  return handle;
}

function getServers() {
  return defaultResolver(false).getServers();
}

function setServers(servers) {
  const list = parseServers(servers);
  defaultServers = list;
  if (defaultCallbackResolver !== undefined) defaultCallbackResolver._handle = channelWith(list);
  if (defaultPromiseResolver !== undefined) defaultPromiseResolver._handle = channelWith(list);
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
  initializeDns,
  parseLookupOptions,
  emitInvalidHostnameWarning,
  startLookup,
  lookupResult,
  startLookupService,
  lookupServiceDone,
  getServers,
  setServers,
  resolveNames,
  makeResolverClass,
  bindDefault,
  errorCodes,
};
