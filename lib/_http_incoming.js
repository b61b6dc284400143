'use strict';
// http.IncomingMessage: a request on the server, a response on the client.
// The body is a Readable fed by the parser (_http_common.js); headers are
// kept as the parser's flat rawHeaders array and folded into the headers
// object only when someone asks for it.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

// A server socket whose handle feeds the parser directly (kConsumed: see
// _http_server.js) is paced at the handle; any other through its stream.
const kConsumed = Symbol('kConsumed');
const kReadStopped = Symbol('kReadStopped');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) {
    if (socket[kConsumed] === true) {
      // kReadStopped mirrors handle.reading for the per-message call: a
      // property of the handle (an object of a C class) is slow to read.
      if (socket[kReadStopped] === true) {
        socket[kReadStopped] = false;
        const h = socket._handle;
        if (h && !h.reading) {
          h.reading = true;
          h.readStart();
        }
      }
      // The stream's own state and 'resume' event follow, as in Node.
      if (socket.readableFlowing === false) socket.resume();
    } else {
      socket.resume();
    }
  }
}

function readStop(socket) {
  if (socket) {
    if (socket[kConsumed] === true) {
      const h = socket._handle;
      socket[kReadStopped] = true;
      if (h && h.reading) {
        h.reading = false;
        h.readStop();
      }
    }
    socket.pause();
  }
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.socket; },
  set(v) { this.socket = v; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < src.length; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  },
  set(v) { this[kHeaders] = v; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < src.length; n += 2) addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kHeadersDistinct];
  },
  set(v) { this[kHeadersDistinct] = v; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < src.length; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kTrailers];
  },
  set(v) { this[kTrailers] = v; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < src.length; n += 2) addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kTrailersDistinct];
  },
  set(v) { this[kTrailersDistinct] = v; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// A request whose body ended before anyone looked at the stream holds its
// end here (kPendingEof) instead of in the Readable: the first read pushes
// it, and a response that finishes with nobody listening on the request
// skips the end-of-stream round of ticks altogether (see _dump).
const kPendingEof = Symbol('kPendingEof');

IncomingMessage.prototype._read = function _read(n) {
  if (this[kPendingEof] === true) {
    this[kPendingEof] = false;
    this.push(null);
    return;
  }
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser pauses the socket when the body's buffer is full: reading
  // again resumes it.
  if (this.socket && this.socket.readable) readStart(this.socket);
};

// A body that is read at all counts as consumed, even when it arrived
// whole before the first read() (so _read never ran): the server must not
// dump it under a reader that paused.
IncomingMessage.prototype.read = function read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  return Readable.prototype.read.call(this, n);
};

// message.signal: an AbortSignal aborted when the message is aborted or
// its socket closes before the message is done with (its response
// finished on a server, its end on a client: kDetachAbortSignal). Made on
// first use: the fields below are undefined until then.
const kAbortController = Symbol('kAbortController');
const kAbortSignalSocket = Symbol('kAbortSignalSocket');
const kAbortSignalListener = Symbol('kAbortSignalListener');
const kAbortSignalDetached = Symbol('kAbortSignalDetached');

Object.defineProperty(IncomingMessage.prototype, 'signal', {
  __proto__: null, configurable: true,
  get() {
    if (this[kAbortController] == null) {
      const ac = new AbortController();
      this[kAbortController] = ac;
      if (this.destroyed && (!this.readableEnded || !this.complete)) ac.abort();
      else attachAbortSignal(this);
    }
    return this[kAbortController].signal;
  },
});

function attachAbortSignal(msg) {
  if (msg[kAbortController].signal.aborted || msg[kAbortSignalDetached] === true ||
      msg[kAbortSignalListener] != null) {
    return;
  }
  const socket = msg.socket;
  if (!socket) return;
  if (socket.destroyed) {
    abortSignal(msg);
    return;
  }
  msg[kAbortSignalSocket] = socket;
  msg[kAbortSignalListener] = () => abortSignal(msg);
  socket.once('close', msg[kAbortSignalListener]);
}

function detachAbortSignal(msg) {
  if (msg[kAbortController] === undefined) {
    // No signal yet (the usual case): one made from now on is not tied
    // to the socket.
    msg[kAbortSignalDetached] = true;
    return;
  }
  const socket = msg[kAbortSignalSocket];
  const listener = msg[kAbortSignalListener];
  msg[kAbortSignalDetached] = true;
  msg[kAbortSignalSocket] = null;
  msg[kAbortSignalListener] = null;
  if (socket != null && listener != null) socket.removeListener('close', listener);
}

function abortSignal(msg) {
  detachAbortSignal(msg);
  if (msg[kAbortController] != null) msg[kAbortController].abort();
}

// The stream as Node leaves it after 'end' and 'close' (ended, destroyed,
// closed), without those events.
function markReadableClosed(rs) {
  rs.ended = true;
  rs.endEmitted = true;
  rs.destroyed = true;
  rs.closed = true;
  rs.closeEmitted = true;
}

// Marks the body as read and the stream as closed without events: the
// server does it to a request that can have no body (Node's name).
IncomingMessage.prototype._dumpAndCloseReadable = function _dumpAndCloseReadable() {
  this._dumped = true;
  markReadableClosed(this._readableState);
};

// Destroying a message that did not arrive completely aborts it and the
// connection under it.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
    abortSignal(this);
  }
  const socket = this.socket;
  if (socket && !socket.destroyed && this.aborted) {
    socket.destroy(err);
    const cleanup = finished(socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  // Node does not report an error to a message nobody listens to for one.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
  }
};

// Lowercases a header name, with the common ones done without a call.
function lowerName(field) {
  switch (field.length) {
    case 4:
      if (field === 'Host' || field === 'host') return 'host';
      break;
    case 6:
      if (field === 'Accept' || field === 'accept') return 'accept';
      break;
    case 10:
      if (field === 'Connection' || field === 'connection') return 'connection';
      if (field === 'User-Agent' || field === 'user-agent') return 'user-agent';
      break;
    case 12:
      if (field === 'Content-Type' || field === 'content-type') return 'content-type';
      break;
    case 14:
      if (field === 'Content-Length' || field === 'content-length') return 'content-length';
      break;
  }
  return field.toLowerCase();
}

// How a repeated header combines: 0 keep the first, 1 an array
// (set-cookie), 2 join with '; ' (cookie), 3 join with ', '.
const kDropDuplicates = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

function headerKind(name) {
  if (kDropDuplicates.has(name)) return 0;
  if (name === 'set-cookie') return 1;
  if (name === 'cookie') return 2;
  return 3;
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = lowerName(field);
  const kind = headerKind(field);
  const cur = dest[field];
  // typeof checks, not `in`: a header named like an Object.prototype
  // member ('constructor') is stored over the inherited value, as in Node.
  if (kind === 1) {
    if (cur !== undefined) cur.push(value);
    else dest[field] = [value];
  } else if (kind === 2) {
    dest[field] = typeof cur === 'string' ? `${cur}; ${value}` : value;
  } else if (kind === 3 || this.joinDuplicateHeaders) {
    dest[field] = typeof cur === 'string' ? `${cur}, ${value}` : value;
  } else if (cur === undefined) {
    dest[field] = value;
  }
};

function addHeaderLineDistinct(field, value, dest) {
  field = lowerName(field);
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
}

IncomingMessage.prototype._addHeaderLineDistinct = function(field, value, dest) {
  addHeaderLineDistinct(field, value, dest);
};

// Reads and throws away the rest of the body, so the connection can carry
// the next message.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    if (this[kPendingEof] === true && this.listenerCount('end') === 0 &&
        this.listenerCount('close') === 0 && this.listenerCount('readable') === 0 &&
        this.listenerCount('error') === 0 && !this.destroyed) {
      // Nobody can observe 'end' or 'close': the stream is left as Node
      // leaves it after them (ended, destroyed, closed), without the ticks.
      this[kPendingEof] = false;
      markReadableClosed(this._readableState);
      return;
    }
    this.resume();
  }
};

module.exports = {
  IncomingMessage,
  detachAbortSignal,
  kConsumed,
  kPendingEof,
  readStart,
  readStop,
};
