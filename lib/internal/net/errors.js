'use strict';
// The system errors of sockets and name lookup, made from a libuv code the
// way Node words them: `connect ECONNREFUSED 127.0.0.1:80`,
// `listen EADDRINUSE: address already in use :::80`, `read ECONNRESET`,
// `getaddrinfo ENOTFOUND nowhere.invalid`. And validatePort, which
// net, dns and dgram share.

const { codes: { ERR_SOCKET_BAD_PORT } } = require('internal/errors');

let uv;
const lazyUv = () => (uv ??= internalBinding('uv'));

function errname(err) {
  return lazyUv().errname(err);
}

function errnoException(err, syscall, original) {
  const code = errname(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = errname(err);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function uvExceptionWithHostPort(err, syscall, address, port) {
  const code = errname(err);
  const message = lazyUv().strerror(err);
  const ex = new Error(`${syscall} ${code}: ${message}${hostPortDetails(address, port)}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// getaddrinfo's "no such name" answers are all ENOTFOUND, as in Node.
const kEaiNoname = -3008;
const kEaiNodata = -3007;

// A failed name lookup or query: code is a libuv/c-ares number or a name.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      code = code === kEaiNoname || code === kEaiNodata ? 'ENOTFOUND' : errname(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    Error.captureStackTrace(this, DNSException);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  // Shown and compared as a plain Error, as Node's is.
  get ['constructor']() {
    return Error;
  }
}

function dnsException(code, syscall, hostname) {
  const ex = new DNSException(code, syscall, hostname);
  Error.captureStackTrace(ex, dnsException);
  return ex;
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

module.exports = {
  DNSException,
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  dnsException,
  validatePort,
};
