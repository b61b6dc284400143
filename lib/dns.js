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
const utils = require('internal/dns/utils');

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
  const req = utils.getaddrinfo(hostname, family, hints, order, (err, addresses) => {
    if (err) return callback(err);
    if (all) {
      callback(null, addresses.map((address) => ({ address, family: family || isIP(address) })));
    } else {
      callback(null, addresses[0], family || isIP(addresses[0]));
    }
  });
  return req ?? {};
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
  return utils.getnameinfo(address, +port, callback);
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
