'use strict';
// node:dns: lookup and lookupService through the system resolver
// (getaddrinfo and getnameinfo on libuv's thread pool, as in Node); the
// resolve* family, reverse and Resolver through c-ares
// (internal/dns/utils).

const { isIP } = require('internal/net/ip');
const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { validatePort } = require('internal/net/errors');
const { kCustomPromisifyArgsSymbol } = require('internal/util/promisify');
const { dnsException } = require('internal/net/errors');
const utils = require('internal/dns/utils');

const cares = internalBinding('cares_wrap');

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
  }
  const { family, hints, all, order } = utils.parseLookupOptions(options);
  if (!hostname) {
    utils.emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  const req = new cares.GetAddrInfoReqWrap();
  req.callback = callback;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = utils.startLookup(req, hostname, family, hints, order, all);
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

function onlookup(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  const { address, family } = utils.lookupResult(this, addresses, false);
  this.callback(null, address, family);
}

function onlookupall(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  this.callback(null, utils.lookupResult(this, addresses, true));
}
Object.defineProperty(lookup, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  const req = new cares.GetNameInfoReqWrap();
  req.callback = callback;
  req.oncomplete = onlookupservice;
  const err = utils.startLookupService(req, address, +port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

function onlookupservice(err, hostname, service) {
  if (err) return this.callback(dnsException(err, 'getnameinfo', this.host));
  utils.lookupServiceDone(this, hostname, service);
  this.callback(null, hostname, service);
}
Object.defineProperty(lookupService, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

const Resolver = utils.makeResolverClass();

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  setServers: utils.setServers,
  ADDRCONFIG: utils.ADDRCONFIG,
  ALL: utils.ALL,
  V4MAPPED: utils.V4MAPPED,
  ...utils.errorCodes,
  getServers: utils.getServers,
};
utils.bindDefault(module.exports, false);

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return (promises ??= require('dns/promises'));
  },
});
