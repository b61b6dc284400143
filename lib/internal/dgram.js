'use strict';
// What node:dgram shares with cluster (which makes UDP handles for its
// workers) and Node's internal tests: the socket-state symbol, and handles
// made ready for a socket type, each with the lookup its family uses.

const { codes: { ERR_SOCKET_BAD_TYPE } } = require('internal/errors');
const { isIP } = require('internal/net/ip');
const { validateFunction } = require('internal/validators');

const kStateSymbol = Symbol('state symbol');
const UV_EINVAL = -22;

let binding;
const lazyBinding = () => (binding ??= internalBinding('udp_wrap'));
let dns;

// dns.lookup, but an IP of the wanted family is its own answer (no
// resolver round trip); the callback still comes on a later tick.
function defaultLookup(address, family, callback) {
  if (isIP(address) === family) {
    process.nextTick(callback, null, address, family);
    return;
  }
  dns ??= require('dns');
  return dns.lookup(address, family, callback);
}

// A falsy address means the loopback of the socket's family.
function makeLookup(lookup, family, fallback) {
  return function lookupAddress(address, callback) {
    return lookup(address || fallback, family, callback);
  };
}

function checkType(type) {
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
}

function checkLookup(lookup) {
  if (lookup !== undefined) validateFunction(lookup, 'lookup');
}

// A new handle for type ('udp4' or 'udp6'): udp6 handles bind, connect
// and send with the binding's IPv6 forms.
function newHandle(type, lookup) {
  checkLookup(lookup);
  checkType(type);
  const handle = lazyBinding().create();
  if (type === 'udp4') {
    handle.lookup = makeLookup(lookup ?? defaultLookup, 4, '127.0.0.1');
  } else {
    handle.lookup = makeLookup(lookup ?? defaultLookup, 6, '::1');
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
  }
  return handle;
}

// For cluster's primary: a handle bound to address:port (or opened on fd),
// or a libuv error code.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err = 0;
  if (typeof fd === 'number' && (fd | 0) === fd && fd > 0) {
    const kind = internalBinding('tcp').guessHandleType(fd);
    err = kind === 'UDP' ? handle.open(fd) : UV_EINVAL;
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = {
  kStateSymbol,
  _createSocketHandle,
  newHandle,
  checkType,
  checkLookup,
};
