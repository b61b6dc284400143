'use strict';
// http.ClientRequest: an OutgoingMessage whose socket comes from an Agent
// (or net.createConnection); the response is parsed by a response parser
// on that socket and delivered as 'response'. Once the response ended and
// the request finished, a keep-alive socket goes back to the agent
// ('free'); otherwise it is closed.

const net = require('net');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  _checkIsHttpToken: checkIsHttpToken, kResponse, newParser, parserExecute, freeParser,
  queueWhileExecuting, drainQueue, calculateLenientFlags, storeValidationOptions,
} = require('_http_common');
const {
  OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption,
} = require('_http_outgoing');
const Agent = require('_http_agent');
const { detachAbortSignal } = require('_http_incoming');
const { kOutHeaders, kProxyConfig, checkShouldUseProxy } = require('internal/http');
const { URL, urlToHttpOptions, isURL } = require('internal/url');
const { finished, addAbortSignal } = require('stream');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateNumber } = require('internal/validators');
const { validatePort } = require('internal/net/errors');

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');
const kPath = Symbol('kPath');

// ---- requests through an HTTP proxy (RFC 9112 3.2.2) -------------------------

// The Host of a header list ([k, v, ...] or [[k, v], ...]), checked for
// duplicates.
function getHostFromHeaderArray(headers) {
  let host;
  const pairs = headers.length > 0 && Array.isArray(headers[0]);
  const take = (name, value) => {
    if (`${name}`.toLowerCase() !== 'host') return;
    if (host !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.headers', '(redacted)', 'must not contain duplicate Host headers');
    }
    host = `${value}`;
  };
  if (pairs) {
    for (let i = 0; i < headers.length; i++) {
      const entry = headers[i];
      if (!Array.isArray(entry)) {
        throw new ERR_INVALID_ARG_VALUE(`options.headers[${i}]`, typeof entry,
                                        'must be an array when headers is passed as an array of pairs');
      }
      take(entry[0], entry[1]);
    }
  } else {
    for (let i = 0; i + 1 < headers.length; i += 2) take(headers[i], headers[i + 1]);
  }
  return host;
}

function authoritiesMatch(canonicalHost, hostFromHeader) {
  let parsed;
  try {
    parsed = new URL(`http://${hostFromHeader}`);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password || parsed.pathname !== '/' || parsed.search || parsed.hash) {
    return false;
  }
  return parsed.host === canonicalHost;
}

// The request's absolute URL, checked against the authority the options
// name: a Host header and an absolute-form path must agree with it.
function validateRequestAuthority(pathOption, authority, userHostHeader, headerArray) {
  validatePort(authority.port, 'options.port', true);
  pathOption = `${pathOption}`;
  const requestBase = new URL(`http://${authority.host}`);
  requestBase.port = authority.port;
  const result = { requestBase, requestURL: undefined };
  const mustMatch = `must match the request authority (${requestBase.host})`;
  if (headerArray !== undefined) {
    const host = getHostFromHeaderArray(headerArray);
    if (host !== undefined && host !== requestBase.host) {
      throw new ERR_INVALID_ARG_VALUE('Host in options.headers', host, mustMatch);
    }
  } else if (userHostHeader !== undefined && !authoritiesMatch(requestBase.host, userHostHeader)) {
    throw new ERR_INVALID_ARG_VALUE('Host in options.headers', userHostHeader, mustMatch);
  }
  let requestURL;
  try {
    requestURL = new URL(pathOption);
  } catch {
    if (pathOption.charCodeAt(0) !== 0x2F) {
      throw new ERR_INVALID_ARG_VALUE('options.path', pathOption, 'must be in absolute-form or start with /');
    }
    result.requestURL = new URL(requestBase.origin + pathOption);
    return result;
  }
  result.requestURL = requestURL;
  if (requestURL.username || requestURL.password) {
    requestURL.username = '';
    requestURL.password = '';
    throw new ERR_INVALID_ARG_VALUE('options.path', requestURL.href,
                                    'must not contain userinfo, use options.auth instead');
  }
  if (requestURL.protocol !== 'http:') {
    throw new ERR_INVALID_ARG_VALUE('options.path', requestURL.protocol,
                                    'must use http: scheme when specified as an absolute URL');
  }
  if (requestBase.host !== requestURL.host) {
    throw new ERR_INVALID_ARG_VALUE('options.path', requestURL, mustMatch);
  }
  return result;
}

// A request its agent sends through an HTTP proxy: the path in
// absolute-form, Proxy-Authorization and Proxy-Connection added.
function rewriteForProxiedHttp(req, reqOptions, authority, userHostHeader, headerArray) {
  const agent = req.agent;
  if (req._header || !agent || !agent[kProxyConfig]) return false;
  if ((reqOptions.protocol || agent.protocol) !== 'http:') return false;
  if (!checkShouldUseProxy(agent[kProxyConfig], reqOptions)) return false;
  let requestURL;
  if (req.method !== 'CONNECT' && !(req.method === 'OPTIONS' && req.path === '*')) {
    const result = validateRequestAuthority(req.path, authority, userHostHeader, headerArray);
    if (headerArray === undefined) {
      const current = req.getHeader('host');
      if (current !== undefined && current !== result.requestBase.host) req.setHeader('Host', result.requestBase.host);
    }
    requestURL = result.requestURL;
  }
  const { auth } = agent[kProxyConfig];
  if (auth) req.setHeader('proxy-authorization', auth);
  req.setHeader('proxy-connection', req.shouldKeepAlive ? 'keep-alive' : 'close');
  if (requestURL !== undefined) req.path = requestURL.href;
  return true;
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

const TIMEOUT_MAX = 2 ** 31 - 1;

// As Node's timers check a duration: a number >= 0; past the 32-bit limit
// it is cut to it, with a TimeoutOverflowWarning raised here, in the
// caller's stack.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (isURL(input)) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || { __proto__: null };
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || Agent.globalAgent;
  if (agent === false) {
    const AgentCtor = defaultAgent.constructor;
    agent = new AgentCtor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.defaultPort = options.defaultPort || (agent && agent.defaultPort);
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'],
                                   agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent?.protocol) expectedProtocol = this.agent.protocol;

  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent?.defaultPort);
  const optsWithoutSignal = { __proto__: null, ...options };
  const port = optsWithoutSignal.port = options.port || defaultPort || 80;
  const host = optsWithoutSignal.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost !== undefined ? Boolean(options.setHost)
    : options.setDefaultHeaders !== false;
  this._removedConnection = options.setDefaultHeaders === false;
  this._removedContLen = options.setDefaultHeaders === false;
  this._removedTE = options.setDefaultHeaders === false;
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');
  const signal = options.signal;
  if (signal) {
    addAbortSignal(signal, this);
    delete optsWithoutSignal.signal;
  }

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  storeValidationOptions(this, options);
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this[kPath] = options.path || '/';
  if (cb) this.once('response', cb);
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  if (this.agent) {
    // Keep-alive only when the agent will reuse the socket.
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  // The Host header's form of the host: IPv6 addresses go in brackets.
  let hostHeader = host;
  const posColon = hostHeader.indexOf(':');
  if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
    hostHeader = `[${hostHeader}]`;
  }
  const authority = { host: hostHeader, port };
  if (port && +port !== defaultPort) hostHeader += `:${port}`;

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      const keys = Object.keys(options.headers);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        this.setHeader(key, options.headers[key]);
      }
      const hostValue = this.getHeader('host');
      if (hostValue !== undefined && typeof hostValue !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('options.headers.host', 'string', hostValue);
      }
    }
    // The user's own Host (not the one set below) is checked against the
    // authority when the request goes through a proxy.
    const userHostHeader = this.getHeader('host');
    if (host && userHostHeader === undefined && setHost) this.setHeader('Host', hostHeader);
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      rewriteForProxiedHttp(this, optsWithoutSignal, authority, userHostHeader);
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    } else {
      rewriteForProxiedHttp(this, optsWithoutSignal, authority, userHostHeader);
    }
  } else {
    rewriteForProxiedHttp(this, optsWithoutSignal, authority, undefined, options.headers);
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
  }

  let called = false;
  const oncreate = (err, socket) => {
    if (called) return;
    called = true;
    if (err) {
      process.nextTick(() => this.emit('error', err));
      return;
    }
    this.onSocket(socket);
  };

  if (this.agent) {
    this.agent.addRequest(this, optsWithoutSignal);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    let opts = optsWithoutSignal;
    if (opts.path || opts.socketPath) {
      opts = { ...optsWithoutSignal };
      if (opts.socketPath) opts.path = opts.socketPath;
      else if (opts.path) opts.path = undefined;
    }
    if (typeof opts.createConnection === 'function') {
      const socket = opts.createConnection(opts, oncreate);
      if (socket && !called) {
        called = true;
        this.onSocket(socket);
      }
    } else {
      this.onSocket(net.createConnection(opts));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

Object.defineProperty(ClientRequest.prototype, 'path', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this[kPath]; },
  set(value) {
    const path = String(value);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
    this[kPath] = path;
  },
});

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(emitAbortNT, this);
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  // Aborting: nobody wants the rest of the response.
  if (this.res) this.res._dump();
  this[kError] = err;
  this.socket?.destroy(err);
  return this;
};

function emitAbortNT(req) {
  req.emit('abort');
}

function emitErrorEvent(req, err) {
  req.emit('error', err);
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain) {
    msg.emit('drain');
  }
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    // The connection went away before the response's end.
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      // No response yet: the error is the request's.
      req.socket._hadError = true;
      emitErrorEvent(req, connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    finishParser(parser);
    freeParser(parser, req, socket);
  }
}

function finishParser(parser) {
  if (parser.socket !== null) parser.finish();
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    emitErrorEvent(req, err);
  }
  const parser = socket.parser;
  if (parser) {
    finishParser(parser);
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    emitErrorEvent(req, connResetException('socket hang up'));
  }
  if (parser) {
    finishParser(parser);
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!parser || queueWhileExecuting(parser, d)) return;
  const ret = parserExecute(parser, d);
  socketOnDataResult(socket, req, parser, d, ret);
  if (parser.queue !== null) drainQueue(parser, socket, socketOnData);
}

function socketOnDataResult(socket, req, parser, d, ret) {
  if (typeof ret !== 'number') {
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    emitErrorEvent(req, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    const bytesParsed = ret;
    const res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    freeParser(parser, req, socket);
    const bodyHead = new FastBuffer(d.buffer, d.byteOffset + bytesParsed, d.length - bytesParsed);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete &&
             !statusIsInformational(parser.incoming.statusCode)) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;
  if (req.res) {
    // A second response to one request.
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.upgrade) return 2;
  const method = req.method;
  if (method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
    req.shouldKeepAlive = false;
  }
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  // Nobody can read a response no one listens for: drop it so the socket
  // does not stall.
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (method === 'HEAD') return 1;
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseKeepAlive(req) {
  const socket = req.socket;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  // 'free' after the user's 'end' handlers ran.
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  detachAbortSignal(this);
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket && socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (!res) return;
  res.emit('timeout');
}

function requestOnFinish() {
  const req = this;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

function tickOnSocket(req, socket) {
  const parser = newParser(kResponse, req.maxHeaderSize || 0,
                           calculateLenientFlags(req.httpValidation, req.insecureHTTPParser));
  req.socket = socket;
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
  parser.joinDuplicateHeaders = !!req.joinDuplicateHeaders;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', emitRequestTimeout);
  } else {
    req.on('socket', (socket) => {
      socket.once('timeout', emitRequestTimeout);
    });
  }
}

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const destroyReq = (e) => {
      if (!req.aborted && !e) e = connResetException('socket hang up');
      if (e) emitErrorEvent(req, e);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        finished(socket.destroy(err || req[kError]), (er) => {
          if (er?.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          destroyReq(er || err);
        });
        return;
      }
    }
    destroyReq(err || req[kError]);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

// A rejected promise from an async listener (captureRejections): a
// 'response' listener's failure drops the response; any other destroys
// the request with the error.
ClientRequest.prototype[require('events').captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'response') {
    const res = args[0];
    if (res && !res.destroyed) res.destroy(err);
    this.destroy(err);
    return;
  }
  this.destroy(err);
};

ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  const callSocketMethod = () => {
    if (method) this.socket[method](...args);
  };
  const onSocket = () => {
    if (this.socket.writable) callSocketMethod();
    else this.socket.once('connect', callSocketMethod);
  };
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = getTimerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
  return this;
};

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) {
    sock.once('connect', function() {
      sock.setTimeout(msecs);
    });
  } else {
    sock.setTimeout(msecs);
  }
}

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = {
  ClientRequest,
};
