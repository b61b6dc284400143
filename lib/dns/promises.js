'use strict';
// node:dns/promises: lookup, lookupService, the resolve* family and
// Resolver, as promises.

const { isIP } = require('internal/net/ip');
const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { validatePort } = require('internal/net/errors');
const utils = require('internal/dns/utils');

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
    utils.getaddrinfo(hostname, family, hints, order, (err, addresses) => {
      if (err) return reject(err);
      if (all) resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
      else resolve({ address: addresses[0], family: family || isIP(addresses[0]) });
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new PromiseCtor((resolve, reject) => {
    utils.getnameinfo(address, +port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
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
