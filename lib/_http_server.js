'use strict';
// http.Server and http.ServerResponse. A Server is a net.Server whose
// 'connection' listener gives each socket a request parser; the parser's
// one call per head (_http_common.js) lands in parserOnIncoming, which
// makes the response, queues it behind earlier ones on the same connection
// (pipelining) and emits 'request'. headersTimeout and requestTimeout are
// checked by one unref'd interval per server, as Node's connections list.

const net = require('net');
const EventEmitter = require('events');
const {
  setTimeout: timersSetTimeout, clearTimeout: timersClearTimeout,
} = require('internal/timers');
const { FastBuffer } = require('internal/buffer');
const {
  continueExpression, chunkExpression, kIncomingMessage, kRequest, newParser, parserExecute,
  freeParser, _checkInvalidHeaderChar: checkInvalidHeaderChar, queueWhileExecuting,
  consumeHandle, unconsumeHandle, parserError, calculateLenientFlags, storeValidationOptions,
} = require('_http_common');
const { kBytesRead } = require('internal/net/symbols');
const { IncomingMessage, kConsumed, readStart, readStop, detachAbortSignal } = require('_http_incoming');
const {
  OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption, validateHeaderName, validateHeaderValue,
} = require('_http_outgoing');
const { kOutHeaders, kNeedDrain } = require('internal/http');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED, ERR_HTTP_SOCKET_ENCODING, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateObject,
} = require('internal/validators');

const ArrayIsArray = Array.isArray;
const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kRequestStart = Symbol('kRequestStart');
const kState = Symbol('kState');
const kOptimizeEmptyRequests = Symbol('kOptimizeEmptyRequests');
const kConnState = Symbol('kConnState');

const STATUS_CODES = { __proto__: null };
`100 Continue|101 Switching Protocols|102 Processing|103 Early Hints|200 OK|201 Created|\
202 Accepted|203 Non-Authoritative Information|204 No Content|205 Reset Content|\
206 Partial Content|207 Multi-Status|208 Already Reported|226 IM Used|300 Multiple Choices|\
301 Moved Permanently|302 Found|303 See Other|304 Not Modified|305 Use Proxy|\
307 Temporary Redirect|308 Permanent Redirect|400 Bad Request|401 Unauthorized|\
402 Payment Required|403 Forbidden|404 Not Found|405 Method Not Allowed|406 Not Acceptable|\
407 Proxy Authentication Required|408 Request Timeout|409 Conflict|410 Gone|\
411 Length Required|412 Precondition Failed|413 Payload Too Large|414 URI Too Long|\
415 Unsupported Media Type|416 Range Not Satisfiable|417 Expectation Failed|418 I'm a Teapot|\
421 Misdirected Request|422 Unprocessable Entity|423 Locked|424 Failed Dependency|\
425 Too Early|426 Upgrade Required|428 Precondition Required|429 Too Many Requests|\
431 Request Header Fields Too Large|451 Unavailable For Legal Reasons|\
500 Internal Server Error|501 Not Implemented|502 Bad Gateway|503 Service Unavailable|\
504 Gateway Timeout|505 HTTP Version Not Supported|506 Variant Also Negotiates|\
507 Insufficient Storage|508 Loop Detected|509 Bandwidth Limit Exceeded|510 Not Extended|\
511 Network Authentication Required`.split('|').forEach((s) => {
  STATUS_CODES[s.slice(0, 3)] = s.slice(4);
});
Object.setPrototypeOf(STATUS_CODES, Object.prototype);

// ---- ServerResponse ---------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const res = this._httpMessage;
  if (res) emitCloseNT(res);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

// A Link header value: <uri> followed by ;-separated parameters.
const linkValueRE = /^<[^>]*>(?:\s*;\s*[^;"\s=]+(?:=(?:"[^"]*"|[^;"\s]*))?)*$/;

function validateLinkHeaderValue(hints) {
  const bad = () => new ERR_INVALID_ARG_VALUE(
    'hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  if (typeof hints === 'string') {
    if (!linkValueRE.test(hints) || checkInvalidHeaderChar(hints)) throw bad();
    return hints;
  }
  if (ArrayIsArray(hints)) {
    for (const link of hints) {
      if (typeof link !== 'string' || !linkValueRE.test(link) || checkInvalidHeaderChar(link)) {
        throw bad();
      }
    }
    return hints.join(', ');
  }
  throw bad();
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  const headers = { __proto__: null, Link: link };
  for (const key of Object.keys(hints)) {
    if (key !== 'link') headers[key] = hints[key];
  }
  this.writeInformation(103, headers, cb);
};

// An informational (1xx) response other than 101, with headers given as
// an object, [name, value] pairs or a flat [name, value, ...] list.
ServerResponse.prototype.writeInformation = function writeInformation(statusCode, headers, cb) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  validateInteger(statusCode, 'statusCode', 100, 199);
  if (statusCode === 101) throw new ERR_HTTP_INVALID_STATUS_CODE(statusCode);
  let head = `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode] || 'unknown'}\r\n`;
  const lenient = this._isLenientHeaderValidation();
  const line = (name, value) => {
    validateHeaderName(name);
    validateHeaderValue(name, value, lenient);
    return `${name}: ${value}\r\n`;
  };
  if (headers !== undefined && headers !== null) {
    if (ArrayIsArray(headers)) {
      if (headers.length && ArrayIsArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) head += line(headers[i][0], headers[i][1]);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) head += line(headers[i], headers[i + 1]);
      }
    } else {
      validateObject(headers, 'headers');
      for (const key of Object.keys(headers)) head += line(key, headers[key]);
    }
  }
  return this._writeRaw(`${head}\r\n`, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    let k;
    if (ArrayIsArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n];
        if (k) this.appendHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server -----------------------------------------------------------------

function validateTimeout(options, name, def) {
  const v = options[name];
  if (v === undefined) return def;
  validateInteger(v, `${name}`, 0);
  return v;
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  storeValidationOptions(this, options);
  this.requestTimeout = validateTimeout(options, 'requestTimeout', 300000);
  this.headersTimeout = validateTimeout(options, 'headersTimeout',
                                        Math.min(60000, this.requestTimeout));
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', this.headersTimeout);
  }
  const keepAliveTimeoutBuffer = options.keepAliveTimeoutBuffer;
  if (keepAliveTimeoutBuffer !== undefined) {
    validateInteger(keepAliveTimeoutBuffer, 'keepAliveTimeoutBuffer', 0);
  }
  // The socket's idle limit is keepAliveTimeout plus this, so that a
  // client that trusts the advertised timeout=N does not race the close.
  this.keepAliveTimeoutBuffer = keepAliveTimeoutBuffer ?? 1000;
  const interval = options.connectionsCheckingInterval;
  if (interval !== undefined) validateInteger(interval, 'connectionsCheckingInterval', 0);
  this.connectionsCheckingInterval = interval ?? 30000;
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader ?? true;
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) {
    validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  }
  this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites ?? false;
  const shouldUpgradeCallback = options.shouldUpgradeCallback;
  if (shouldUpgradeCallback !== undefined) {
    validateFunction(shouldUpgradeCallback, 'options.shouldUpgradeCallback');
  }
  this.shouldUpgradeCallback = shouldUpgradeCallback ?? defaultShouldUpgrade;
  const optimizeEmptyRequests = options.optimizeEmptyRequests;
  if (optimizeEmptyRequests !== undefined) {
    validateBoolean(optimizeEmptyRequests, 'options.optimizeEmptyRequests');
  }
  this[kOptimizeEmptyRequests] = optimizeEmptyRequests ?? false;
}

function defaultShouldUpgrade() {
  return this.listenerCount('upgrade') > 0;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.keepAliveTimeout = validateTimeout(options, 'keepAliveTimeout', 5000);
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  this[kConnections] = new Set();
  this[kConnectionsCheckingInterval] = null;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// A rejected promise from an async 'request' listener (captureRejections):
// an answer not started yet becomes a bare 500; one under way is cut off.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
    return;
  }
  net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, ...args);
};

function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.headersTimeout > 0 || this.requestTimeout > 0) {
    const t = setInterval(checkConnections, this.connectionsCheckingInterval, this);
    t.unref();
    this[kConnectionsCheckingInterval] = t;
  }
}

// A connection whose head (headersTimeout) or whole request
// (requestTimeout) is overdue gets a 408 and is closed.
function checkConnections(server) {
  const now = Date.now();
  const headersTimeout = server.headersTimeout;
  const requestTimeout = server.requestTimeout;
  for (const socket of server[kConnections]) {
    const start = socket[kRequestStart];
    if (!start) continue;
    const parser = socket.parser;
    const headersDone = parser && parser.incoming !== null && !parser.incoming.complete;
    if ((!headersDone && headersTimeout > 0 && now - start > headersTimeout) ||
        (requestTimeout > 0 && now - start > requestTimeout)) {
      socket[kRequestStart] = 0;
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

Server.prototype.close = function close(cb) {
  httpServerPreClose(this);
  return net.Server.prototype.close.call(this, cb);
};

Server.prototype[Symbol.asyncDispose] = async function() {
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

function httpServerPreClose(server) {
  server.closeIdleConnections();
  if (server[kConnectionsCheckingInterval]) clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const parser = socket.parser;
    if (socket._httpMessage || (parser && parser.incoming !== null && !parser.incoming.complete) ||
        socket[kRequestStart]) {
      continue;
    }
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = newParser(kRequest, server.maxHeaderSize || 0,
                           calculateLenientFlags(server.httpValidation, server.insecureHTTPParser));
  parser.socket = socket;
  parser[kIncomingMessage] = server[kIncomingMessage];
  parser.joinDuplicateHeaders = !!server.joinDuplicateHeaders;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;
  socket.parser = parser;

  const state = {
    socket,
    server: null,
    parser: null,
    origOnRead: null,
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    outgoing: [],
    incoming: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    keepAliveTimer: null,
    keepAliveLazy: false,
    idleSince: 0,
    completedSeen: 0,
  };
  socket[kState] = state;
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  state.server = server;
  state.parser = parser;
  state.origOnRead = null;
  const handle = socket._handle;
  if (handle && typeof handle.onread === 'function' && typeof handle.readStart === 'function' &&
      socket.listenerCount('data') === 0 && socket.readableLength === 0) {
    // The handle's reads go straight to the parser, as Node's
    // parser.consume(handle) does: no Readable push and 'data' event per
    // read. The socket's own onread takes over again at EOF, on errors and
    // after an upgrade.
    state.origOnRead = handle.onread;
    // A closure per connection: the handle's own properties are slow to
    // read (an object of a C class), so the state is not kept on it.
    // onread sees EOF and errors, and the reads that come while the
    // parser executes; the others the parser takes in C, and JS hears of
    // a read only when there is something to do (consumedAfterRead).
    handle.onread = (nread, bytes) => consumedOnRead(state, handle, nread, bytes);
    socket[kConsumed] = true;
    consumeHandle(parser, socket, handle, (r, n, bytes) => consumedAfterRead(state, r, n, bytes));
  }
  // Registered either way, as Node does (it never fires on a consumed
  // socket).
  socket.on('data', state.onData);
  if (socket[kConsumed] === true) {
    // Someone else wanting the bytes ('data' or 'readable') gets them
    // through the stream again, as in Node.
    socket.on = socketOnWrap;
    socket.addListener = socketAddListenerWrap;
    socket.prependListener = socketPrependListenerWrap;
  }
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);
  socket._paused = false;
  // headersTimeout runs from the connection on, as for each later message.
  socket[kRequestStart] = Date.now();
  server[kConnections].add(socket);
  socket.setEncoding = socketSetEncoding;
}

// handle.onread of a consumed socket.
function consumedOnRead(state, handle, nread, bytes) {
  const socket = state.socket;
  if (nread > 0 && socket !== null && !socket.destroyed) {
    socket._unrefTimer();
    socket[kBytesRead] += nread;
    // A plain Uint8Array is all the parser needs; what reaches users (body
    // chunks, the upgrade head, an error's rawPacket) is made a Buffer.
    socketOnData(state.server, socket, state.parser, state, bytes);
    return;
  }
  state.origOnRead.call(handle, nread, bytes);
}

// After a read the parser took in C (src/binding/http_parser.c): r as
// execute's result (-3: a callback threw, parser.pendingError), n the
// bytes read since the count was last taken, bytes the read's bytes when
// some were left over or the parse failed.
function consumedAfterRead(state, r, n, bytes) {
  const socket = state.socket;
  const parser = state.parser;
  socket[kBytesRead] += n;
  if (r === -3) {
    const err = parser.pendingError;
    parser.pendingError = undefined;
    throw err;
  }
  if (socket.destroyed) return;
  socket._unrefTimer();
  let ret;
  if (r < 0) {
    ret = parserError(parser, bytes);
  } else {
    const inProgress = r % 2;
    parser.inProgress = inProgress === 1;
    ret = (r - inProgress) / 2;
  }
  afterExecute(state.server, socket, parser, state, ret, bytes, state.completedSeen);
}

function makeSocketListenerWrap(name) {
  const original = net.Socket.prototype[name];
  return function socketListenerWrap(ev, fn) {
    const res = original.call(this, ev, fn);
    const state = this[kState];
    if (!this.parser || !state || state.origOnRead === null) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
    } else if (ev === 'data' || ev === 'readable') {
      unconsume(this, state);
    }
    return res;
  };
}
const socketOnWrap = makeSocketListenerWrap('on');
const socketAddListenerWrap = makeSocketListenerWrap('addListener');
const socketPrependListenerWrap = makeSocketListenerWrap('prependListener');

// Gives the handle's reads back to the socket's stream.
function unconsume(socket, state) {
  if (state.origOnRead !== null) {
    const handle = socket._handle;
    if (handle) {
      unconsumeHandle(state.parser);
      handle.onread = state.origOnRead;
      // The stream paces the reads from here on.
      if (!handle.reading && !socket.destroyed) {
        handle.reading = true;
        handle.readStart();
      }
    }
    state.origOnRead = null;
    socket[kConsumed] = false;
  }
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket[kConsumed] === true) readStart(socket);
    else socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  if (state.keepAliveTimer !== null) {
    timersClearTimeout(state.keepAliveTimer);
    state.keepAliveTimer = null;
  }
  socket.server[kConnections].delete(socket);
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.socket ? parser.finish() : 0;
  if (ret < 0) {
    const err = new Error(`Parse Error: ${parser.error()[1]}`);
    const e = parser.error();
    err.code = e[0];
    err.reason = e[1];
    err.bytesParsed = 0;
    socketOnError.call(socket, err);
  } else if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  if (queueWhileExecuting(parser, d)) return;
  socketOnDataInner(server, socket, parser, state, d);
  const q = parser.queue;
  while (q !== null && q.length && socket.parser === parser) {
    socketOnDataInner(server, socket, parser, state, q.shift());
  }
}

function socketOnDataInner(server, socket, parser, state, d) {
  const completedBefore = parser.completed;
  afterExecute(server, socket, parser, state, parserExecute(parser, d), d, completedBefore);
}

// What follows a parser's run over d (undefined when it used every byte of
// a read taken in C).
function afterExecute(server, socket, parser, state, ret, d, completedBefore) {
  // A request that asked for an upgrade nobody took stops the parser after
  // it; what follows is HTTP again.
  while (typeof ret === 'number' && d !== undefined && ret < d.length && parser.socket !== null &&
         !(parser.incoming && parser.incoming.upgrade)) {
    d = d.subarray(ret);
    ret = parserExecute(parser, d);
  }
  // headersTimeout/requestTimeout run from a message's first byte to its
  // end.
  if (!parser.inProgress) socket[kRequestStart] = 0;
  else if (!socket[kRequestStart] || parser.completed !== completedBefore) {
    socket[kRequestStart] = Date.now();
  }
  state.completedSeen = parser.completed;
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (typeof ret !== 'number') {
    socketOnError.call(socket, ret);
    return;
  }
  const req = parser.incoming;
  if (req !== null && req.upgrade) {
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    server[kConnections].delete(socket);
    unconsume(socket, state);
    freeParser(parser, req, socket);
    if (server.listenerCount(eventName) > 0) {
      const bodyHead = new FastBuffer(d.buffer, d.byteOffset + ret, d.length - ret);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  }
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse =
  'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function noop() {}

function socketOnError(e) {
  // Ignore further errors.
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    // Only answer when no response has started on this connection.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  state.keepAliveTimeoutSet = false;
  if (state.keepAliveLazy) state.keepAliveLazy = false;
  else socket.setTimeout(server.timeout || 0);
}

// keepAliveTimeout without a socket timer per request: the idle time is
// noted, and one unref'd timer per connection, armed at the first idle
// period, fires no earlier than the deadline; it re-arms itself for what
// is left when the connection was busy or went idle again since. Expiry
// looks to listeners like the socket's own 'timeout' (Node uses
// socket.setTimeout(keepAliveTimeout) there).
function armKeepAliveTimeout(server, socket, state) {
  state.keepAliveTimeoutSet = true;
  state.keepAliveLazy = true;
  state.idleSince = Date.now();
  if (state.keepAliveTimer === null) {
    state.keepAliveTimer = timersSetTimeout(onKeepAliveTimer, keepAliveLimit(server),
                                            server, socket, state);
    state.keepAliveTimer.unref();
  }
}

function keepAliveLimit(server) {
  return server.keepAliveTimeout + (server.keepAliveTimeoutBuffer || 0);
}

function onKeepAliveTimer(server, socket, state) {
  state.keepAliveTimer = null;
  if (socket.destroyed || !state.keepAliveTimeoutSet || !server.keepAliveTimeout) return;
  const left = state.idleSince + keepAliveLimit(server) - Date.now();
  if (left > 0) {
    state.keepAliveTimer = timersSetTimeout(onKeepAliveTimer, left, server, socket, state);
    state.keepAliveTimer.unref();
    return;
  }
  socket.emit('timeout');
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || !!server.shouldUpgradeCallback(req);
    if (req.upgrade) return 2;
  }
  state.incoming.push(req);
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      if (socket[kConsumed] === true) readStop(socket);
      else socket.pause();
      socket._paused = true;
    }
  }
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res[kConnState] = state;
  res._onPendingData = serverResOnPendingData;
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', resOnFinishListener);

  // Host, Expect and the body's framing, in one pass over rawHeaders
  // (the headers object is only built when someone asks for it).
  const raw = req.rawHeaders;
  let hasHost = false;
  let expect;
  let hasBodyHeader = false;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    switch (name.length) {
      case 4:
        if (name === 'Host' || name.toLowerCase() === 'host') hasHost = true;
        break;
      case 6:
        if (expect === undefined && name.toLowerCase() === 'expect') expect = raw[i + 1];
        break;
      case 14:
        if (name.toLowerCase() === 'content-length') hasBodyHeader = true;
        break;
      case 17:
        if (name.toLowerCase() === 'transfer-encoding') hasBodyHeader = true;
        break;
    }
  }
  if (server[kOptimizeEmptyRequests] && (req.method === 'HEAD' || !hasBodyHeader)) {
    // No body can follow: the request starts out read, ended and closed,
    // and emits none of 'data', 'end' or 'close'.
    req._dumpAndCloseReadable();
    req.complete = true;
  }

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && !hasHost) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const limit = server.maxRequestsPerSocket;
    const isRequestsLimitSet = typeof limit === 'number' && limit > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = limit <= state.requestsCount;
    }
    if (isRequestsLimitSet && limit < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (expect !== undefined) {
      handled = true;
      if (continueExpression.test(expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket?.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

// Shared by every response (no closure per request): the connection's
// state hangs off the response.
function serverResOnPendingData(delta) {
  const state = this[kConnState];
  updateOutgoingData(state.socket, state, delta);
}

function resOnFinishListener() {
  const state = this[kConnState];
  resOnFinish(this.req, this, state.socket, state, state.server);
}

function resOnFinish(req, res, socket, state, server) {
  detachAbortSignal(req);
  if (state.incoming.length && state.incoming[0] === req) state.incoming.shift();
  else {
    const i = state.incoming.indexOf(req);
    if (i >= 0) state.incoming.splice(i, 1);
  }
  // A body nobody read is read and dropped, so the next request can come.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      if (server.timeout) {
        socket.setTimeout(keepAliveLimit(server));
        state.keepAliveTimeoutSet = true;
      } else {
        armKeepAliveTimeout(server, socket, state);
      }
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnectionsCheckingInterval,
};
