'use strict';
// node:dns/promises: lookup, lookupService, the resolve* family and
// Resolver, as promises.

const { isIP } = require('internal/net/ip');
const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { validatePort } = require('internal/net/errors');
const { dnsException } = require('internal/net/errors');
const utils = require('internal/dns/utils');

const cares = internalBinding('cares_wrap');

const PromiseCtor = Promise;

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, hints, all, order } = utils.parseLookupOptions(options);
  if (!hostname) {
    utils.emitInvalidHostnameWarning(hostname);
    return PromiseCtor.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matched = isIP(hostname);
  if (matched) {
    return PromiseCtor.resolve(all ? [{ address: hostname, family: matched }]
                                   : { address: hostname, family: matched });
  }
  return new PromiseCtor((resolve, reject) => {
    const req = new cares.GetAddrInfoReqWrap();
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = all ? onlookupall : onlookup;
    const err = utils.startLookup(req, hostname, family, hints, order, all);
    if (err) reject(dnsException(err, 'getaddrinfo', hostname));
  });
}

function onlookup(err, addresses) {
  if (err) this.reject(dnsException(err, 'getaddrinfo', this.hostname));
  else this.resolve(utils.lookupResult(this, addresses, false));
}

function onlookupall(err, addresses) {
  if (err) this.reject(dnsException(err, 'getaddrinfo', this.hostname));
  else this.resolve(utils.lookupResult(this, addresses, true));
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new PromiseCtor((resolve, reject) => {
    const req = new cares.GetNameInfoReqWrap();
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookupservice;
    const err = utils.startLookupService(req, address, +port);
    if (err) reject(dnsException(err, 'getnameinfo', address));
  });
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(dnsException(err, 'getnameinfo', this.host));
  } else {
    utils.lookupServiceDone(this, hostname, service);
    this.resolve({ hostname, service });
  }
}

const Resolver = utils.makeResolverClass(true);

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  setServers: utils.setServers,
  ...utils.errorCodes,
  getServers: utils.getServers,
};
utils.bindDefault(module.exports, true);
