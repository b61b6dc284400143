'use strict';
// node:https. kiln has no TLS sockets yet (no node:tls), so this module
// holds what needs none: the Agent (port 443, 'https:', for code that
// subclasses or inspects it) and argument checking. Making a request or a
// server throws ERR_NOT_IMPLEMENTED, naming what is missing.

const http = require('http');
const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  http.Agent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
}
Object.setPrototypeOf(Agent.prototype, http.Agent.prototype);
Object.setPrototypeOf(Agent, http.Agent);

Agent.prototype.createConnection = function createConnection() {
  throw new ERR_NOT_IMPLEMENTED('https.Agent.createConnection() (it needs TLS sockets)');
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function serverNotImplemented() {
  throw new ERR_NOT_IMPLEMENTED('https.createServer() (it needs TLS sockets)');
}

function request(...args) {
  // Validates like http.request would with an https agent (a bad URL or
  // protocol throws the same error Node throws), then stops.
  let options = args[0];
  if (typeof options === 'string') options = new URL(options);
  if (options && typeof options === 'object' && options.protocol !== undefined &&
      options.protocol !== null && options.protocol !== 'https:') {
    const { codes: { ERR_INVALID_PROTOCOL } } = require('internal/errors');
    throw new ERR_INVALID_PROTOCOL(options.protocol, 'https:');
  }
  throw new ERR_NOT_IMPLEMENTED('https.request() (it needs TLS sockets)');
}

module.exports = {
  Agent,
  globalAgent,
  Server: serverNotImplemented,
  createServer: serverNotImplemented,
  get: request,
  request,
};
