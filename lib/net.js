'use strict';
// node:net: TCP and Unix domain sockets. As in Node, a Socket is a Duplex
// stream over a handle (internalBinding('tcp') or ('pipe'): a libuv stream
// with readStart/readStop/writeBuffer/writev/shutdown/close), and a Server
// owns a listening handle whose onconnection gets each accepted client's
// handle. C calls back once per event: handle.onread(nread, bytes),
// handle.onconnection(status, client), req.oncomplete(status),
// handle.onclose().

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FD_TYPE, ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS, ERR_INVALID_ADDRESS_FAMILY, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE,
    ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_SOCKET_CONNECTION_TIMEOUT, ERR_IP_BLOCKED,
  },
  AbortError,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateNumber, validateString,
} = require('internal/validators');
const {
  errnoException, exceptionWithHostPort, uvExceptionWithHostPort, validatePort,
} = require('internal/net/errors');
const { setTimeout: timersSetTimeout, clearTimeout: timersClearTimeout, TIMEOUT_MAX } =
  require('internal/timers');

let tcpBinding;
let pipeBinding;
const lazyTcp = () => (tcpBinding ??= internalBinding('tcp'));
const lazyPipe = () => (pipeBinding ??= internalBinding('pipe'));
let dns;
const lazyDns = () => (dns ??= require('dns'));

let perfObservedFlags;
const perfObserved = () => (perfObservedFlags ??= require('internal/perf/observed'));

const UV_EOF = -4095;
const UV_EINVAL = -22;
const UV_EADDRINUSE = -98;
const UV_ENOTCONN = -107;
const kDefaultIPv4 = '0.0.0.0';
const kDefaultIPv6 = '::';

const kOwner = require('internal/owner_symbol');
const kTimeout = Symbol('timeout');
const { kBytesRead, kBytesReadSource, kBytesWritten } = require('internal/net/symbols');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kKeepAliveDelay = Symbol('kSetKeepAliveInitialDelay');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kNormalized = Symbol('normalizedArgs');

const ArrayIsArray = Array.isArray;
const NumberIsFinite = Number.isFinite;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const FastBufferPrototype = FastBuffer.prototype;

// The command line may change both defaults, as in Node.
let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;
{
  const argv = natives.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-network-family-autoselection') autoSelectFamilyDefault = false;
    else if (arg === '--network-family-autoselection') autoSelectFamilyDefault = true;
    else if (arg.startsWith('--network-family-autoselection-attempt-timeout')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
      const n = Number(value);
      if (Number.isInteger(n) && n > 0) autoSelectFamilyAttemptTimeoutDefault = n;
    }
  }
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

// Values under 10 ms are raised to 10, as in Node.
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

// ---- handles ------------------------------------------------------------

// handle.fd, as Node's handles have it: a getter on the handles' shared
// prototype (made in C), defined once per kind.
const kFdDefined = Symbol('fdDefined');
function defineFd(h) {
  const proto = ObjectGetPrototypeOf(h);
  if (!proto[kFdDefined]) {
    Object.defineProperty(proto, 'fd', {
      __proto__: null, configurable: true, enumerable: false,
      get() { return this.getFd(); },
    });
    proto[kFdDefined] = true;
  }
  return h;
}

function newTCP() {
  return defineFd(lazyTcp().create());
}

function newPipe(ipc = false) {
  return defineFd(lazyPipe().create(ipc));
}

// Only TCP handles (made here or accepted by a TCP server) have it.
function isTCPHandle(h) {
  return h != null && typeof h === 'object' && typeof h.setNoDelay === 'function';
}

// A new, unopened handle of the kind a descriptor needs, for new
// Socket({ fd }) and listen({ fd }).
function handleForFd(fd) {
  const type = lazyTcp().guessHandleType(fd);
  if (type === 'TCP') return newTCP();
  if (type === 'PIPE') return newPipe();
  throw new ERR_INVALID_FD_TYPE(type);
}

// ---- arguments ------------------------------------------------------------

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// connect() and listen() arguments as [options, callback]:
// (options[, cb]), (path[, cb]), (port[, host][, cb]).
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[kNormalized] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[kNormalized] = true;
  return arr;
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !NumberIsFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// ---- reading ------------------------------------------------------------

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// handle.onread: `this` is the handle.
function onStreamRead(nread, bytes) {
  const socket = this[kOwner];
  if (nread > 0 && !socket.destroyed) {
    socket._unrefTimer();
    socket[kBytesRead] += nread;
    if (socket[kBuffer]) {
      deliverToUserBuffer(socket, bytes);
      return;
    }
    ObjectSetPrototypeOf(bytes, FastBufferPrototype);
    if (!socket.push(bytes)) {
      this.reading = false;
      const err = this.readStop();
      if (err) socket.destroy(errnoException(err, 'read'));
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    socket.destroy(errnoException(nread, 'read'));
    return;
  }
  // End of the peer's data: end the readable side once what is buffered
  // has been read.
  if (socket[kBuffer]) {
    this.reading = false;
    this.readStop();
    // Node asks for a buffer for every read, the one that finds the end
    // included.
    if (typeof socket[kBuffer] === 'function') socket[kBuffer]();
    if (socket[kOnreadPending]) {
      socket[kOnreadEof] = true;
      return;
    }
  }
  if (!socket._readableState.endEmitted) {
    socket.push(null);
    socket.read(0);
  }
}

// onread: { buffer, callback }: data lands in the user's buffer and goes to
// callback(nread, buffer), at most the buffer's length at a time; a false
// return or pause() stops delivery, and what is left waits for resume().
const kOnreadPending = Symbol('onreadPending');
const kOnreadEof = Symbol('onreadEof');

function deliverToUserBuffer(socket, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    if (socket.destroyed) return;
    if (socket._handle && socket._handle.reading === false) {
      socket[kOnreadPending] = bytes.subarray(offset);
      return;
    }
    let buf = socket[kBuffer];
    if (typeof buf === 'function') buf = buf();
    const n = Math.min(buf.length, bytes.length - offset);
    buf.set(bytes.subarray(offset, offset + n), 0);
    offset += n;
    if (socket[kBufferCb].call(socket, n, buf) === false && socket._handle) {
      socket._handle.reading = false;
      socket._handle.readStop();
    }
  }
  socket[kOnreadPending] = null;
  if (socket[kOnreadEof]) {
    socket[kOnreadEof] = false;
    socket.push(null);
    socket.read(0);
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  if (socket._handle) {
    socket._handle[kOwner] = socket;
    socket._handle.onread = onStreamRead;
  }
}

// ---- Socket ---------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (typeof options?.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._closeAfterHandlingError = false;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  // 'close' comes from the handle's close callback, not from the stream.
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // The signal aborts the connection (below), not through the stream.
  const { signal } = options;
  delete options.signal;
  stream.Duplex.call(this, options);
  options.signal = signal;

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validateInt32(fd, 'fd', 0);
    this._handle = handleForFd(fd);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
    if ((fd === 1 || fd === 2) && this._handle.setBlocking) this._handle.setBlocking(true);
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    this[kBuffer] = onread.buffer;
    this[kBufferCb] = onread.callback;
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kKeepAliveDelay] = ~~(options.keepAliveInitialDelay / 1000);

  if (options.signal) addClientAbortSignalOption(this, options);

  if (options.blockList) {
    if (!lazyBlockList().BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesReadSource] = null;
  this[kBytesWritten] = 0;
}
ObjectSetPrototypeOf(Socket.prototype, stream.Duplex.prototype);
ObjectSetPrototypeOf(Socket, stream.Duplex);

function addClientAbortSignalOption(self, options) {
  const { signal } = options;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  function onAbort() {
    signal.removeEventListener('abort', onAbort);
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort);
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  if (this[kTimeout]) {
    timersClearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = timersSetTimeout(() => this._onTimeout(), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function _onTimeout() {
  const handle = this._handle;
  const last = this[kLastWriteQueueSize];
  if (last > 0 && handle) {
    // Still writing: that is activity, not idleness.
    const size = handle.getWriteQueueSize();
    if (last !== size) {
      this[kLastWriteQueueSize] = size;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kKeepAliveDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null, configurable: true,
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null, configurable: true,
  get() { return !this._handle || this.connecting; },
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null, configurable: true,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null, configurable: true,
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function end(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!isTCPHandle(this._handle)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.pause = function pause() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    if (this[kOnreadPending]) {
      const pending = this[kOnreadPending];
      this[kOnreadPending] = null;
      this._handle.reading = true;
      deliverToUserBuffer(this, pending);
      if (!this._handle || !this._handle.reading || this[kOnreadEof] === false && this.readableEnded) {
        return stream.Duplex.prototype.resume.call(this);
      }
      this._handle.reading = false;
    }
    if (this._handle && !this._readableState.ended) tryReadStart(this);
  }
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.read.call(this, n);
};

Socket.prototype._final = function _final(cb) {
  if (this.connecting) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const req = new ShutdownWrap(cb);
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  if (this[kTimeout]) {
    timersClearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) {
      timersClearTimeout(s[kTimeout]);
      s[kTimeout] = null;
    }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    const handle = this._handle;
    handle.onclose = () => {
      this.emit('close', isException);
    };
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = handle.reset();
      if (err) {
        handle.close();
        this.emit('error', errnoException(err, 'reset'));
      }
    } else {
      handle.close();
    }
    handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function noop() {}

function emitCloseNT(self) {
  self.emit('close', self._hadError === true ? true : Boolean(self.errored));
}

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  // As in Node, a Unix socket has no peer or socket name to show.
  if (!isTCPHandle(this._handle)) return {};
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!isTCPHandle(this._handle)) return {};
  if (!this._sockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) return {};
    this._sockname = out;
  }
  return this._sockname;
};

function defineGetter(name, fn) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null, configurable: true, enumerable: false, get: fn,
  });
}

defineGetter('remoteAddress', function() { return this._getpeername().address; });
defineGetter('remoteFamily', function() { return this._getpeername().family; });
defineGetter('remotePort', function() { return this._getpeername().port; });
defineGetter('localAddress', function() { return this._getsockname().address; });
defineGetter('localPort', function() { return this._getsockname().port; });
defineGetter('localFamily', function() { return this._getsockname().family; });
defineGetter('bytesRead', function() {
  const source = this[kBytesReadSource];
  if (source !== null && source !== undefined) this[kBytesRead] += source(this);
  return this[kBytesRead];
});
defineGetter('bytesWritten', function() {
  let bytes = this[kBytesWritten];
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (ArrayIsArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      bytes += chunk instanceof Buffer ? chunk.length : Buffer.byteLength(chunk, enc);
    }
  } else if (data) {
    bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
  }
  return bytes;
});

Object.defineProperty(Socket.prototype, '_bytesDispatched', {
  __proto__: null, configurable: true,
  get() { return this[kBytesWritten]; },
});

// ---- writing ------------------------------------------------------------

function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  return chunk;
}

// Request objects, by Node's class names (process._getActiveRequests()
// lists them while the handle works on them).
class WriteWrap {
  constructor(socket, callback) {
    this.socket = socket;
    this.callback = callback;
  }
}
WriteWrap.prototype.oncomplete = onWriteComplete;

class ShutdownWrap {
  constructor(callback) {
    this.callback = callback;
  }

  oncomplete() {
    this.callback();
  }
}

class TCPConnectWrap {
  constructor(oncomplete) {
    this.oncomplete = oncomplete;
  }
}

class PipeConnectWrap {
  constructor(oncomplete) {
    this.oncomplete = oncomplete;
  }
}

function onWriteComplete(status) {
  const socket = this.socket;
  if (socket.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write');
    if (typeof this.callback === 'function') this.callback(ex);
    else socket.destroy(ex);
    return;
  }
  socket._unrefTimer();
  socket[kLastWriteQueueSize] = 0;
  if (typeof this.callback === 'function') this.callback(null);
}

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = new WriteWrap(this, cb);
  let err;
  let bytes = 0;
  if (writev) {
    const chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      chunks[i] = toBytes(data[i].chunk, data[i].encoding);
      bytes += chunks[i].byteLength;
    }
    err = this._handle.writev(req, chunks);
  } else {
    const buf = toBytes(data, encoding);
    bytes = buf.byteLength;
    err = this._handle.writeBuffer(req, buf);
  }
  if (err < 0) {
    cb(errnoException(err, 'write'));
    return;
  }
  this[kBytesWritten] += bytes;
  if (err === 0) {
    cb();
  } else {
    this[kLastWriteQueueSize] = bytes;
  }
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

// ---- connecting ---------------------------------------------------------

function connectErrorNT(self, err) {
  self.destroy(err);
}

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (ArrayIsArray(args[0]) && args[0][kNormalized]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (cb !== null && typeof cb !== 'function') validateFunction(cb, 'callback');
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }

  const { path } = options;
  const pipe = !!path;
  if (options.port === undefined && path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (!this._handle) {
    this._handle = pipe ? newPipe() : newTCP();
    // A new connection counts its bytes from zero, as a new handle does
    // in Node.
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;

  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function addressFamilyError(family, host, port) {
  const err = new ERR_INVALID_ADDRESS_FAMILY(family, host, port);
  err.host = host;
  err.port = port;
  return err;
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  if (options.host != null) validateString(options.host, 'options.host');
  const host = options.host || 'localhost';
  let { port, autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const d = lazyDns();
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = d.ADDRCONFIG;
  }
  self._host = host;
  self._port = port;
  const lookup = options.lookup || d.lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, port, dnsopts, localAddress, localPort,
                             autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsopts, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (typeof ip !== 'string' || !isIP(ip)) { // (isIP takes ['1.2.3.4'] as its string)
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(connectErrorNT, self, addressFamilyError(family, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

// Happy eyeballs (autoSelectFamily): the addresses are tried in turn,
// alternating families, each given `timeout` ms before the next is tried;
// the first to connect wins.
function lookupAndConnectMultiple(self, lookup, host, port, dnsopts, localAddress, localPort,
                                  timeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    if (!ArrayIsArray(addresses)) addresses = [{ address: addresses, family: arguments[2] }];
    const valid = [];
    for (const a of addresses) {
      const { address, family } = a;
      self.emit('lookup', err, address, family, host);
      if (typeof address !== 'string' || !isIP(address)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(address));
        return;
      }
      if (family !== 4 && family !== 6) {
        process.nextTick(connectErrorNT, self, addressFamilyError(family, host, port));
        return;
      }
      valid.push(a);
    }
    // Interleave the families, starting with the first answer's.
    const v4 = valid.filter((a) => a.family === 4);
    const v6 = valid.filter((a) => a.family === 6);
    const ordered = [];
    let [p, q] = valid[0].family === 6 ? [v6, v4] : [v4, v6];
    while (p.length || q.length) {
      if (p.length) ordered.push(p.shift());
      [p, q] = [q, p];
    }
    if (ordered.length === 1) {
      self._unrefTimer();
      internalConnect(self, ordered[0].address, port, ordered[0].family, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    internalConnectMultiple({
      socket: self, addresses: ordered, index: 0, port, localPort, timeout, errors: [],
      current: 0,
    });
  });
}

function internalConnectMultiple(ctx) {
  const self = ctx.socket;
  if (!self.connecting) return;
  if (ctx.index >= ctx.addresses.length) {
    const err = ctx.errors.length === 1 ? ctx.errors[0] : new AggregateError(ctx.errors);
    if (ctx.errors.length > 1) {
      err.code = ctx.errors[ctx.errors.length - 1].code;
    }
    self.destroy(err);
    return;
  }
  const { address, family } = ctx.addresses[ctx.index++];
  if (self.blockList?.check(address, `ipv${family}`)) {
    ctx.errors.push(new ERR_IP_BLOCKED(address));
    internalConnectMultiple(ctx);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${ctx.port}`);
  // As in Node, the socket's handle is the current attempt's: the first
  // attempt uses the one connect() made, each later one replaces it.
  const attempt = ++ctx.current;
  let handle = self._handle;
  if (attempt > 1 || !handle) {
    if (handle) handle.close();
    handle = self._handle = newTCP();
    self._sockname = null;
    handle[kOwner] = self;
    handle.onread = onStreamRead;
  }
  const req = new TCPConnectWrap(function oncomplete(status) {
    if (!self.connecting || attempt !== ctx.current) return;
    if (ctx.timer) {
      timersClearTimeout(ctx.timer);
      ctx.timer = null;
    }
    if (status !== 0) {
      const ex = exceptionWithHostPort(status, 'connect', address, ctx.port);
      ctx.errors.push(ex);
      self.emit('connectionAttemptFailed', address, ctx.port, family, ex);
      internalConnectMultiple(ctx);
      return;
    }
    afterConnect.call(req, 0, handle, req);
  });
  self.emit('connectionAttempt', address, ctx.port, family);
  if (perfObserved().net) {
    req.perfStart = require('internal/perf/performance').now();
    req.address = address;
    req.port = ctx.port;
  }
  const err = handle.connect(req, address, ctx.port, family);
  if (err) {
    ctx.errors.push(exceptionWithHostPort(err, 'connect', address, ctx.port));
    internalConnectMultiple(ctx);
    return;
  }
  if (ctx.index < ctx.addresses.length) {
    ctx.timer = timersSetTimeout(() => {
      ctx.timer = null;
      if (!self.connecting || attempt !== ctx.current) return;
      ctx.errors.push(new ERR_SOCKET_CONNECTION_TIMEOUT());
      self.emit('connectionAttemptTimeout', address, ctx.port, family);
      internalConnectMultiple(ctx);
    }, ctx.timeout);
    ctx.timer.unref();
  }
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (addressType && self.blockList?.check(address, `ipv${addressType}`)) {
    self.destroy(new ERR_IP_BLOCKED(address));
    return;
  }
  if (localAddress || localPort) {
    if (addressType === 4) localAddress ||= kDefaultIPv4;
    else localAddress ||= kDefaultIPv6;
    err = self._handle.bind(localAddress, localPort, addressType, 0);
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  const handle = self._handle;
  if (addressType === 6 || addressType === 4) {
    const req = new TCPConnectWrap((status) => afterConnect.call(req, status, handle, req));
    req.address = address;
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    req.addressType = addressType;
    // A 'net' performance entry for the connect, when one is observed.
    if (perfObserved().net) req.perfStart = require('internal/perf/performance').now();
    err = handle.connect(req, address, port, addressType);
  } else {
    const req = new PipeConnectWrap((status) => afterConnect.call(req, status, handle, req));
    req.address = address;
    err = handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname && sockname.address) details = `${sockname.address}:${sockname.port}`;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(status, handle, req) {
  const self = handle[kOwner];
  if (!self || self.destroyed || self._handle !== handle) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (req.perfStart !== undefined) {
      const perf = require('internal/perf/performance');
      perf.enqueueNodeEntry('connect', 'net', req.perfStart, perf.now() - req.perfStart,
                            { host: req.address, port: req.port });
    }
    self._unrefTimer();
    if (self[kSetNoDelay] && handle.setNoDelay) handle.setNoDelay(true);
    if (self[kSetKeepAlive] && handle.setKeepAlive) handle.setKeepAlive(true, self[kKeepAliveDelay]);
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (this.destroyed) return;
  await new Promise((resolve) => {
    this.once('close', resolve);
    this.destroy();
  });
};

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---- Server -------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = undefined;
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? stream.getDefaultHighWaterMark();
  if (options.blockList) {
    if (!lazyBlockList().BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
ObjectSetPrototypeOf(Server.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Server, EventEmitter);

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = handleForFd(fd);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = newPipe();
  } else {
    handle = newTCP();
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (isTCP && !address) {
      err = handle.bind(kDefaultIPv6, port, 6, flags);
      if (err) {
        handle.close();
        return createServerHandle(kDefaultIPv4, port, 4, undefined, flags & 2);
      }
    } else if (isTCP) {
      err = handle.bind(address, port, addressType === 6 ? 6 : 4, flags);
    } else if (!(typeof fd === 'number' && fd >= 0)) {
      err = handle.bind(address);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog, fd,
                                                       flags) {
  if (!this._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(kDefaultIPv6, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = kDefaultIPv4;
        addressType = 4;
      } else {
        address = kDefaultIPv6;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle[kOwner] = this;
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
};

// In a cluster worker a server listens on a socket the primary owns (see
// internal/cluster/child), unless exclusive.
let cluster;
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  cluster ??= require('cluster');
  // With reusePort each worker binds its own socket.
  if (cluster.isPrimary || exclusive || (flags & 2) !== 0) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const listeningId = server._listeningId;
  cluster._getServer(server, { address, port, addressType, fd, flags, backlog }, (err, handle) => {
    // close() or another listen() came first: the primary's handle is
    // given back.
    if (listeningId !== server._listeningId) {
      if (handle) handle.close();
      return;
    }
    // A failed bind may show only as a different port.
    if (err === 0 && port > 0 && handle.getsockname) {
      const out = {};
      err = handle.getsockname(out);
      if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
    }
    if (err) {
      server.emit('error', exceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  const listeningId = self._listeningId;
  lazyDns().lookup(address, function doListen(err, ip, addressType) {
    // close() or another listen() came first.
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
      return;
    }
    addressType = ip ? addressType : 4;
    listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
  });
}

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  const { signal } = options;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  const flags = (options.ipv6Only ? 1 : 0) | (options.reusePort === true ? 2 : 0);
  this._listeningId++;

  if (isTCPHandle(options) || (options && typeof options.readStart === 'function' &&
      typeof options.listen === 'function')) {
    this._handle = options;
    // A handle already made listens where it is, in a worker too.
    listenInCluster(this, null, -1, -1, backlogFromArgs, undefined, true);
    return this;
  }
  addServerAbortSignalOption(this, options);
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= lazyPipe().UV_READABLE;
    if (options.writableAll === true) mode |= lazyPipe().UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !!this._handle; },
});

Server.prototype.address = function address() {
  if (this._handle && this._handle.getsockname) {
    if (isTCPHandle(this._handle)) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw errnoException(err, 'address');
      return out;
    }
    return this._pipeName;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    if (isTCPHandle(clientHandle)) {
      const local = {};
      const remote = {};
      clientHandle.getsockname(local);
      clientHandle.getpeername(remote);
      self.emit('drop', {
        localAddress: local.address, localPort: local.port, localFamily: local.family,
        remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
      });
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  if (self.blockList && isTCPHandle(clientHandle)) {
    const remote = {};
    clientHandle.getpeername(remote);
    const type = isIP(remote.address);
    if (type && self.blockList.check(remote.address, `ipv${type}`)) {
      clientHandle.close();
      return;
    }
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kKeepAliveDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.getConnections = function getConnections(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function close(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(emitServerCloseNT, this);
};

function emitServerCloseNT(self) {
  self._connectionKey = undefined;
  self.emit('close');
}

Server.prototype[Symbol.asyncDispose] = async function() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Object.defineProperty(Server.prototype, 'connections', {
  __proto__: null, configurable: true, enumerable: false,
  get() { return this._connections; },
  set(val) { this._connections = val; },
});

// ---- exports ---------------------------------------------------------

let blockListModule;
const lazyBlockList = () => (blockListModule ??= require('internal/net/blocklist'));

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
Object.defineProperties(module.exports, {
  BlockList: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return lazyBlockList().BlockList; },
  },
  SocketAddress: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return lazyBlockList().SocketAddress; },
  },
});
