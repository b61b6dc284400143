'use strict';
// http.OutgoingMessage: what ServerResponse and ClientRequest share. The
// head is built as one latin1 string (_storeHeader) and sent in front of
// the first body bytes, in the same socket write when they are a string.
// Until a socket is assigned, writes queue in outputData.

// (Object.create(null): JavaScriptCore makes a { __proto__: null } literal
// on a slow path each time.)
const ObjectCreate = Object.create;
const Stream = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer, writeEncoded, kUtf8, kLatin1 } = require('internal/buffer');
const { kOutHeaders, kNeedDrain, utcDate } = require('internal/http');
const {
  _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  chunkExpression: RE_TE_CHUNKED,
  isLenient,
} = require('_http_common');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED, ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_TRAILER_INVALID, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { kBytesWritten: kSocketBytesWritten } = require('internal/net/symbols');
// handle.writeBuffer as an engine host function: 2 asks the method.
const fastWriteBuffer = internalBinding('tcp').fast?.writeBuffer;
const ObjectHasOwn = Object.hasOwn;

const ArrayIsArray = Array.isArray;
const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kHandleMethods = Symbol('kHandleMethods');

const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlfBuf = Buffer.from('\r\n');

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

// lenient: the Fetch standard's rule (any byte but NUL, CR and LF), for
// messages whose httpValidation or insecure parser option allows it.
function validateHeaderValue(name, value, lenient = false) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value, lenient)) throw new ERR_INVALID_CHAR('header content', name);
}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = [];
  this[kChunkedLength] = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? Stream.getDefaultHighWaterMark?.(false) ?? 65536;
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

function defineGetter(name, get, set) {
  Object.defineProperty(OutgoingMessage.prototype, name, {
    __proto__: null, configurable: true, enumerable: true, get, set,
  });
}

defineGetter('errored', function() { return this[kErrored]; });
defineGetter('closed', function() { return this._closed; });
defineGetter('writableFinished', function() {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
defineGetter('writableObjectMode', function() { return false; });
defineGetter('writableLength', function() {
  return this.outputSize + this[kChunkedLength] + (this.socket ? this.socket.writableLength : 0);
});
defineGetter('writableHighWaterMark', function() {
  return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
});
defineGetter('writableCorked', function() { return this[kCorked]; });
defineGetter('writableEnded', function() { return this.finished; });
defineGetter('writableNeedDrain', function() {
  return !this.destroyed && !this.finished && this[kNeedDrain];
});
defineGetter('connection', function() { return this.socket; }, function(v) { this.socket = v; });
defineGetter('headersSent', function() { return !!this._header; });

OutgoingMessage.prototype.cork = function cork() {
  this[kCorked]++;
  if (this.socket) this.socket.cork();
};

OutgoingMessage.prototype.uncork = function uncork() {
  this[kCorked]--;
  if (this.socket) this.socket.uncork();
  if (this[kCorked] || this[kChunkedBuffer].length === 0) return;
  // Chunks written while corked go out as one chunk of the encoding.
  const len = this[kChunkedLength];
  const buf = this[kChunkedBuffer];
  this._send(len.toString(16), 'latin1', null);
  this._send(crlfBuf, null, null);
  const callbacks = [];
  for (let n = 0; n < buf.length; n += 3) {
    this._send(buf[n], buf[n + 1], null);
    if (buf[n + 2]) callbacks.push(buf[n + 2]);
  }
  this._send(crlfBuf, null, callbacks.length ? (err) => {
    for (const cb of callbacks) cb(err);
  } : null);
  this[kChunkedBuffer] = [];
  this[kChunkedLength] = 0;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) {
      socket.setTimeout(msecs);
    });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) {
      socket.destroy(error);
    });
  }
  return this;
};

// Sends data, with the head in front of the first of it.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    // One string, one write, in the data's encoding: as in Node, a utf8
    // body re-encodes the head's bytes past ASCII (they go out as latin1
    // only in front of other data).
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn?.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
    header: firstLine,
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (ArrayIsArray(headers)) {
      if (headers.length && ArrayIsArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, state, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(this, state, headers[n], headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.hasOwn(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }
  let { header } = state;
  if (this.sendDate && !state.date) header += `Date: ${utcDate()}\r\n`;

  // A 204 or 304 has no body, so no zero chunk either: a chunked one
  // closes the connection instead.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  if (this._removedConnection) {
    // No Connection header; HTTP/1.1 persists unless told otherwise.
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        const timeoutSeconds = Math.floor(this._keepAliveTimeout / 1000);
        let max = '';
        if (~~this._maxRequestsPerSocket > 0) max = `, max=${this._maxRequestsPerSocket}`;
        header += `Keep-Alive: timeout=${timeoutSeconds}${max}\r\n`;
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen &&
               typeof this._contentLength === 'number') {
      header += `Content-Length: ${this._contentLength}\r\n`;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }

  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();

  this._header = header + '\r\n';
  this._headerSent = false;
  // An Expect header waits for the peer: send the head now.
  if (state.expect) this._send('');
};

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  // Content-Disposition with a Content-Length: the value's characters are
  // taken as latin1 bytes and read back as UTF-8 (RFC 6266 4.3), as Node
  // does, so that a utf8 body sends them as they came.
  if (self._contentLength && key.length === 19 && key.toLowerCase() === 'content-disposition') {
    if (ArrayIsArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = Buffer.from(value[i], 'latin1');
    } else {
      value = Buffer.from(value, 'latin1');
    }
  }
  if (ArrayIsArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value, self._isLenientHeaderValidation());
  state.header += `${key}: ${value}\r\n`;
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

// Whether header values are checked by the lenient rule: the message's
// httpValidation (a request's) or its server's, else the insecureHTTPParser
// option of the request or server, else --insecure-http-parser.
OutgoingMessage.prototype._isLenientHeaderValidation = function _isLenientHeaderValidation() {
  if (this.httpValidation !== undefined) return this.httpValidation !== 'strict';
  const server = this.req?.socket?.server;
  if (server?.httpValidation !== undefined) return server.httpValidation !== 'strict';
  if (typeof this.insecureHTTPParser === 'boolean') return this.insecureHTTPParser;
  if (typeof server?.insecureHTTPParser === 'boolean') return server.insecureHTTPParser;
  return isLenient();
};

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value, this._isLenientHeaderValidation());
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = ObjectCreate(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || ArrayIsArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (ArrayIsArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value, this._isLenientHeaderValidation());
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!ArrayIsArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (ArrayIsArray(value)) {
    for (let i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = ObjectCreate(null);
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

// The headers set so far, by their names as given.
OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const map = this[kOutHeaders];
  const headers = {};
  if (map !== null) {
    for (const key of Object.keys(map)) headers[map[key][0]] = map[key][1];
  }
  return headers;
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len ??= byteLength(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength
          : msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) {
      len ??= byteLength(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLength(chunk, encoding);
    if (msg[kCorked] && msg._headerSent) {
      msg[kChunkedBuffer].push(chunk, encoding, callback);
      msg[kChunkedLength] += len;
      ret = msg[kChunkedLength] < msg[kHighWaterMark];
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send(crlfBuf, null, null);
      msg._send(chunk, encoding, null, len);
      ret = msg._send(crlfBuf, null, callback);
    }
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = ArrayIsArray(headers);
  if (isArray && headers.length && !ArrayIsArray(headers[0])) {
    for (let n = 0; n < headers.length; n += 2) addTrailer(this, headers[n], headers[n + 1]);
    return;
  }
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    addTrailer(this, field, value);
  }
};

function addTrailer(msg, field, value) {
  validateHeaderName(field, 'Trailer name');
  const lenient = msg._isLenientHeaderValidation();
  if (ArrayIsArray(value) && value.length > 1 &&
      (!msg[kUniqueHeaders] || !msg[kUniqueHeaders].has(field.toLowerCase()))) {
    for (let j = 0; j < value.length; j++) {
      if (checkInvalidHeaderChar(value[j], lenient)) throw new ERR_INVALID_CHAR('trailer content', field);
      msg._trailer += `${field}: ${value[j]}\r\n`;
    }
  } else {
    if (ArrayIsArray(value)) value = value.join('; ');
    if (checkInvalidHeaderChar(value, lenient)) throw new ERR_INVALID_CHAR('trailer content', field);
    msg._trailer += `${field}: ${value}\r\n`;
  }
}

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg.emit('finish');
}

function onDirectWriteComplete(status) {
  const msg = this.msg;
  const socket = msg.socket || this.socket;
  if (status < 0) {
    if (socket && !socket.destroyed) {
      const { errnoException } = require('internal/net/errors');
      socket.destroy(errnoException(status, 'write'));
    }
    return;
  }
  if (socket) socket._unrefTimer();
  onFinish(msg);
}

function onDirectWriteSync(msg) {
  onFinish(msg);
}

// A direct end()'s head, string body and tail (the chunked terminator)
// encoded into one scratch ArrayBuffer, reused while each write completes
// at once, as almost every write of a response does. Made per response,
// the bytes cost the engine a zero-filled allocation (and the flattening
// of head + body, a rope, another), which its allocator then decommits and
// recommits response after response: one madvise per request for a 16 KiB
// body. Bodies past the scratch size get a buffer of their own.
const kDirectScratchSize = 64 * 1024;
let directScratchBuffer = null;
let directScratchFree = false;
let directScratch = null;

// Returns the number of bytes written at the scratch buffer's start, or a
// Buffer of its own.
function directBytes(head, chunk, tail, latin1, bodyLength, headUtf8) {
  if (bodyLength < 0) bodyLength = latin1 ? chunk.length : byteLength(chunk, 'utf8');
  // A head's characters are all below U+0100: at most 2 bytes each in
  // UTF-8.
  if (head.length * (headUtf8 ? 2 : 1) + bodyLength + tail.length > kDirectScratchSize) {
    if (headUtf8 || latin1) return Buffer.from(head + chunk + tail, latin1 ? 'latin1' : 'utf8');
    return Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(chunk, 'utf8'), Buffer.from(tail, 'latin1')]);
  }
  if (directScratchBuffer === null || !directScratchFree) {
    directScratch = Buffer.allocUnsafeSlow(kDirectScratchSize);
    directScratchBuffer = directScratch.buffer;
  }
  directScratchFree = false;
  // The encoder itself: the sizes are known to fit, so the Buffer
  // methods' checks have nothing to add.
  const scratch = directScratch;
  const headBytes = writeEncoded(scratch, 0, kDirectScratchSize, head, headUtf8 ? kUtf8 : kLatin1);
  writeEncoded(scratch, headBytes, kDirectScratchSize - headBytes, chunk, latin1 ? kLatin1 : kUtf8);
  if (tail.length !== 0) {
    writeEncoded(scratch, headBytes + bodyLength, kDirectScratchSize - headBytes - bodyLength, tail, kLatin1);
  }
  // The count, not a view: the write takes the scratch buffer's first
  // bytes (a view would cost the engine an object per response).
  return headBytes + bodyLength + tail.length;
}

// end() for the common case: the socket is idle (nothing buffered or
// corked in its Writable, no write of ours queued before), so the head,
// the body and the chunked terminator go to the handle in one write, with
// no Writable bookkeeping in between. libuv keeps writes on one handle in
// order, so later writes through the socket still come after this one.
function tryDirectEnd(msg, chunk, encoding) {
  const socket = msg.socket;
  if (socket === null || socket._httpMessage !== msg || msg.outputData.length !== 0 ||
      msg.strictContentLength || msg[kChunkedBuffer].length !== 0 || msg.destroyed) {
    return false;
  }
  const handle = socket._handle;
  const ws = socket._writableState;
  // The handle's methods, looked up once per socket (properties of a C
  // class's object are slow to read).
  let methods = socket[kHandleMethods];
  if (methods === undefined || methods.handle !== handle) {
    methods = socket[kHandleMethods] = handle ? {
      handle,
      writeBuffer: typeof handle.writeBuffer === 'function' ? handle.writeBuffer : null,
      writev: typeof handle.writev === 'function' ? handle.writev : null,
      // The engine host form of the handle's own writeBuffer (not where
      // someone replaced the method on the handle).
      fast: fastWriteBuffer !== undefined && !ObjectHasOwn(handle, 'writeBuffer'),
    } : { handle, writeBuffer: null, writev: null, fast: false };
  }
  if (!handle || methods.writeBuffer === null || socket.connecting ||
      !socket.writable || ws.length !== 0 || ws.corked !== 0 || ws.writing ||
      socket._pendingData) {
    return false;
  }
  const isString = typeof chunk === 'string';
  if (isString) {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'latin1') {
      return false;
    }
  } else if (chunk && !isUint8Array(chunk)) {
    return false;
  }
  // The body's byte length, when this call measures it (directBytes
  // needs it too); -1 when the head was made before.
  let bodyLength = -1;
  if (!msg._header) {
    bodyLength = chunk ? byteLength(chunk, encoding) : 0;
    msg._contentLength = bodyLength;
    msg._implicitHeader();
  }
  // A body where none is allowed throws (rejectNonStandardBodyWrites) on
  // the ordinary path.
  if (chunk && !msg._hasBody && msg[kRejectNonStandardBodyWrites]) return false;
  const head = msg._headerSent ? '' : msg._header;
  let buf;
  let bufs = null;
  if (!msg._hasBody || !chunk || chunk.length === 0) {
    const tail = msg._hasBody && msg.chunkedEncoding ? `0\r\n${msg._trailer}\r\n` : '';
    if (head === '' && tail === '') return false;
    buf = Buffer.from(head + tail, 'latin1');
  } else if (msg.chunkedEncoding) {
    const len = byteLength(chunk, encoding);
    const pre = `${head}${len.toString(16)}\r\n`;
    const tail = `\r\n0\r\n${msg._trailer}\r\n`;
    // The head and the chunk size go out as latin1 (Node sends them with
    // the size, in latin1), the chunk in its own encoding.
    if (isString) buf = directBytes(pre, chunk, tail, encoding === 'latin1', len, false);
    else bufs = [Buffer.from(pre, 'latin1'), chunk, Buffer.from(tail, 'latin1')];
  } else if (isString) {
    // Head and body as one string in the body's encoding, as Node sends
    // them (a utf8 body re-encodes the head's bytes past ASCII).
    buf = directBytes(head, chunk, '', encoding === 'latin1', bodyLength, encoding !== 'latin1');
  } else if (head === '') {
    buf = chunk;
  } else {
    bufs = [Buffer.from(head, 'latin1'), chunk];
  }
  const req = { msg, socket, oncomplete: onDirectWriteComplete };
  let bytes = 0;
  let r;
  if (typeof buf === 'number') {
    bytes = buf;
    r = methods.fast ? fastWriteBuffer(handle, req, directScratch, bytes) : 2;
    if (r === 2) {
      r = methods.writeBuffer.call(handle, req,
                                   new FastBuffer(directScratchBuffer, directScratch.byteOffset, bytes));
    }
    // Written at once (the usual case): the scratch bytes are free again.
    // Queued: the write holds them, and the next response takes new ones.
    if (r === 0) directScratchFree = true;
    else directScratchBuffer = null;
  } else if (bufs === null) {
    bytes = buf.byteLength;
    r = methods.fast ? fastWriteBuffer(handle, req, buf) : 2;
    if (r === 2) r = methods.writeBuffer.call(handle, req, buf);
  } else {
    for (let i = 0; i < bufs.length; i++) bytes += bufs[i].byteLength;
    r = methods.writev.call(handle, req, bufs);
  }
  msg._headerSent = true;
  if (r < 0) {
    const { errnoException } = require('internal/net/errors');
    socket.destroy(errnoException(r, 'write'));
  } else {
    socket[kSocketBytesWritten] += bytes;
    socket._unrefTimer();
    if (r === 0) process.nextTick(onDirectWriteSync, msg);
  }
  return true;
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (!this.finished && tryDirectEnd(this, chunk, encoding)) {
    if (typeof callback === 'function') this.once('finish', callback);
    this.finished = true;
    this._finish();
    return this;
  }
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(),
              typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send(`0\r\n${this._trailer}\r\n`, 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this.socket) {
    // Whatever corked the socket, the message is done: write it all now.
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this[kCorked] = 1;
  this.uncork();
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
    this._finish();
  }
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// Writes what queued before the socket was there; the server calls it
// when the response gets its socket (pipelining), the client on connect.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[require('events').captureRejectionSymbol] = function(err, event) {
  this.destroy(err);
};

OutgoingMessage.prototype[Symbol.asyncDispose] = async function() {
  return this.destroy();
};

module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  kErrored,
  parseUniqueHeadersOption(headers) {
    if (!ArrayIsArray(headers)) return null;
    const unique = new Set();
    for (const h of headers) unique.add(h.toLowerCase());
    return unique;
  },
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};
