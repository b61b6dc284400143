'use strict';
// What node:dns and node:dns/promises share: option parsing for lookup,
// the order of results, the request through internalBinding('dns'), the
// servers of /etc/resolv.conf, and the stand-ins for the resolve* family
// (which need a DNS client kiln does not have yet: they throw
// ERR_NOT_IMPLEMENTED rather than answer wrong).

const binding = internalBinding('dns');
const { isIP } = require('internal/net/ip');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validateString, validateArray,
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
function getaddrinfo(hostname, family, hints, order, done) {
  const req = {
    hostname,
    family,
    oncomplete(status, addresses) {
      if (status !== 0) return done(dnsException(status, 'getaddrinfo', hostname));
      if (addresses.length === 0) return done(dnsException(-3008, 'getaddrinfo', hostname));
      done(null, orderAddresses(addresses, order));
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
  const req = {
    hostname: address,
    port,
    oncomplete(status, hostname, service) {
      if (status !== 0) return done(dnsException(status, 'getnameinfo', address));
      done(null, hostname, service);
    },
  };
  const err = binding.getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

// The name servers of /etc/resolv.conf, as [address, port] pairs.
function systemServers() {
  let text;
  try {
    text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
  } catch {
    return [['127.0.0.1', 53]];
  }
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    if (m && isIP(m[1])) out.push([m[1], 53]);
  }
  return out.length ? out : [['127.0.0.1', 53]];
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
  return servers.map((serv, i) => {
    validateString(serv, `servers[${i}]`);
    return parseServer(serv);
  });
}

// The servers of the default resolver. Name lookup (getaddrinfo) never
// uses them, in Node as here; they are for the resolve* family.
let defaultServers;

function getServers() {
  return formatServers(defaultServers ??= systemServers());
}

function setServers(servers) {
  defaultServers = parseServers(servers);
}

// A resolve* function: its arguments are checked as Node checks them, then
// it throws ERR_NOT_IMPLEMENTED (kiln has no DNS client yet).
function notImplemented(name, promises = false) {
  return function(hostname, options, callback) {
    validateString(hostname, 'name');
    if (!promises) {
      if (typeof options === 'function') callback = options;
      validateFunction(callback, 'callback');
    }
    throw new ERR_NOT_IMPLEMENTED(`dns.${name}`);
  };
}

const resolveNames = [
  'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
  'resolveTxt', 'reverse',
];

// A Resolver that can be made and configured, whose queries throw.
function makeResolverClass(promises = false) {
  class Resolver {
    #servers = systemServers();
    constructor(options = undefined) {
      if (options !== undefined) {
        if (options === null || typeof options !== 'object') {
          throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
        }
      }
    }
    cancel() {}
    getServers() { return formatServers(this.#servers); }
    setServers(servers) { this.#servers = parseServers(servers); }
    // One address of each family at most; queries (when there are any)
    // would be sent from them.
    setLocalAddress(ipv4, ipv6) {
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
  }
  for (const name of resolveNames) {
    Object.defineProperty(Resolver.prototype, name, {
      __proto__: null, value: notImplemented(name, promises), writable: true, configurable: true,
    });
  }
  return Resolver;
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
  notImplemented,
  resolveNames,
  makeResolverClass,
  errorCodes,
};
