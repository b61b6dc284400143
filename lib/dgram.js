'use strict';
// node:dgram: UDP sockets. As in Node, a Socket is an EventEmitter over a
// handle of internalBinding('udp_wrap') (src/binding/udp.c), kept with the
// rest of its state under kStateSymbol. Names are looked up with the
// socket's lookup before bind, connect and send; sends made before the
// socket is bound wait in a queue that 'listening' flushes. C calls back
// once per datagram: handle.onrecv(nread, bytes, address, port, family).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isIP } = require('internal/net/ip');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FD_TYPE,
    ERR_IP_BLOCKED, ERR_MISSING_ARGS, ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE, ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateNumber, validateObject, validateString, validateUint32,
} = require('internal/validators');
const { errnoException, exceptionWithHostPort, validatePort } = require('internal/net/errors');
const {
  kStateSymbol, _createSocketHandle, newHandle, checkType, checkLookup,
} = require('internal/dgram');

const binding = internalBinding('udp_wrap');
const { UDP, SendWrap } = binding;
const { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT } = binding.constants;

// Node's switch for its tests: every send goes through the send queue.
if (natives.execArgv.includes('--test-udp-no-try-send')) binding.setNoTrySend(true);

const ArrayIsArray = Array.isArray;
const isArrayBufferView = ArrayBuffer.isView;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const FunctionPrototypeCall = Function.prototype.call.bind(Function.prototype.call);
const FastBufferPrototype = FastBuffer.prototype;

const kOwner = require('internal/owner_symbol');
const UV_EMSGSIZE = -90;

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

let cluster;
const lazyCluster = () => (cluster ??= require('cluster'));
let BlockList;
const lazyBlockList = () => (BlockList ??= require('internal/net/blocklist').BlockList);
let socketChannel;
const lazySocketChannel = () =>
  (socketChannel ??= require('diagnostics_channel').channel('udp.socket'));
let abortListener;
const lazyAbortListener = () =>
  (abortListener ??= require('internal/abort_controller'));

// ---- the socket ---------------------------------------------------------------

function checkBlockList(list, name) {
  if (!lazyBlockList().isBlockList(list)) throw new ERR_INVALID_ARG_TYPE(name, 'net.BlockList', list);
  return list;
}

function Socket(type, listener) {
  FunctionPrototypeCall(EventEmitter, this);
  let options;
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let receiveBlockList;
  let sendBlockList;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
    if (options.receiveBlockList) {
      receiveBlockList = checkBlockList(options.receiveBlockList, 'options.receiveBlockList');
    }
    if (options.sendBlockList) sendBlockList = checkBlockList(options.sendBlockList, 'options.sendBlockList');
  }
  // Every argument is checked before the handle exists, in Node's order.
  checkLookup(lookup);
  checkType(type);
  const signal = options?.signal;
  if (signal !== undefined) lazyAbortListener().validateAbortSignal(signal, 'options.signal');

  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options?.reuseAddr,
    reusePort: options?.reusePort,
    ipv6Only: options?.ipv6Only,
    recvBufferSize,
    sendBufferSize,
    receiveBlockList,
    sendBlockList,
  };

  if (signal !== undefined) {
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      const disposable = lazyAbortListener().addAbortListener(signal, onAborted);
      this.once('close', disposable[Symbol.dispose]);
    }
  }
  const channel = lazySocketChannel();
  if (channel.hasSubscribers) channel.publish({ socket: this });
}
ObjectSetPrototypeOf(Socket.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

// ---- receiving ------------------------------------------------------------------

// From C, this the handle: one call per datagram, or nread a libuv code.
function onRecv(nread, bytes, address, port, family) {
  const socket = this[kOwner];
  if (nread < 0) {
    socket.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  const rinfo = { address, family: family === 6 ? 'IPv6' : 'IPv4', port, size: nread };
  const blocked = socket[kStateSymbol].receiveBlockList;
  if (blocked !== undefined && blocked.check(address, family === 6 ? 'ipv6' : 'ipv4')) return;
  ObjectSetPrototypeOf(bytes, FastBufferPrototype);
  socket.emit('message', bytes, rinfo);
}

// Node's handle.onmessage(nread, handle, buf, rinfo), kept for code that
// calls it on a handle.
function onMessage(nread, handle, buf, rinfo) {
  const socket = handle[kOwner];
  if (nread < 0) return socket.emit('error', errnoException(nread, 'recvmsg'));
  const blocked = socket[kStateSymbol]?.receiveBlockList;
  if (blocked?.check(rinfo.address, rinfo.family?.toLocaleLowerCase())) return;
  rinfo.size = buf.length;
  socket.emit('message', buf, rinfo);
}

// A datagram larger than the read buffer: reported, not delivered.
function onError(err) {
  const uv = internalBinding('uv');
  const code = uv.errname(err);
  const ex = new Error(`${code}: ${uv.strerror(err)}, recvmsg`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = 'recvmsg';
  this[kOwner].emit('error', ex);
}

function startReceiving(socket) {
  const state = socket[kStateSymbol];
  const { handle } = state;
  handle.onrecv = onRecv;
  handle.onmessage = onMessage;
  handle.onerror = onError;
  handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
}

function startListening(socket) {
  startReceiving(socket);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

// ---- bind -----------------------------------------------------------------------

// The handle the cluster primary sent takes the place of the socket's own.
function replaceHandle(socket, handle) {
  const state = socket[kStateSymbol];
  const old = state.handle;
  if (!old.hasRef() && typeof handle.unref === 'function') handle.unref();
  handle.lookup = old.lookup;
  handle.bind = old.bind;
  handle.send = old.send;
  handle[kOwner] = socket;
  old.close();
  state.handle = handle;
}

function bindServerHandle(socket, options, onError) {
  const state = socket[kStateSymbol];
  lazyCluster()._getServer(socket, options, (err, handle) => {
    if (err) {
      if (state.handle) onError(err);
      return;
    }
    if (!state.handle) {
      handle.close();
      return;
    }
    replaceHandle(socket, handle);
    startListening(socket);
  });
}

function bindFlags(state) {
  let flags = 0;
  if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
  if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
  if (state.reusePort) flags |= UV_UDP_REUSEPORT;
  return flags;
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    // The callback is a 'listening' listener until bind succeeds or fails.
    const onListening = () => {
      removeListeners();
      FunctionPrototypeCall(cb, this);
    };
    const removeListeners = () => {
      this.removeListener(EventEmitter.errorMonitor, removeListeners);
      this.removeListener('listening', onListening);
    };
    this.on(EventEmitter.errorMonitor, removeListeners);
    this.on('listening', onListening);
  }

  // A handle from the cluster primary.
  if (port !== null && typeof port === 'object' && typeof port.recvStart === 'function') {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  // An existing descriptor instead of a new socket.
  if (port !== null && typeof port === 'object' && (port.fd | 0) === port.fd && port.fd > 0) {
    const fd = port.fd;
    if (inClusterWorker() && !port.exclusive) {
      bindServerHandle(this, { address: null, port: null, addressType: this.type, fd, flags: null },
                       (err) => {
                         state.bindState = BIND_STATE_UNBOUND;
                         this.emit('error', errnoException(err, 'open'));
                       });
      return this;
    }
    const kind = internalBinding('tcp').guessHandleType(fd);
    if (kind !== 'UDP') throw new ERR_INVALID_FD_TYPE(kind);
    const err = state.handle.open(fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  let exclusive;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
    exclusive = false;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    // Closed while the name was looked up.
    if (!state.handle) return;
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    const flags = bindFlags(state);
    if (state.reusePort) exclusive = true;
    if (!exclusive && inClusterWorker()) {
      bindServerHandle(this, { address: ip, port, addressType: this.type, fd: -1, flags },
                       (errno) => {
                         state.bindState = BIND_STATE_UNBOUND;
                         this.emit('error', exceptionWithHostPort(errno, 'bind', ip, port));
                       });
      return;
    }
    const errno = state.handle.bind(ip, port || 0, flags);
    if (errno) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(errno, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

// Only a cluster worker shares sockets through the primary; the check
// loads node:cluster, so it is made when a bind needs it.
function inClusterWorker() {
  return lazyCluster().isWorker === true;
}

function emitListeningNT(socket) {
  if (socket[kStateSymbol].handle) socket.emit('listening');
}

function emitConnectNT(socket) {
  if (socket[kStateSymbol].handle) socket.emit('connect');
}

// bind(2) without a lookup: the address must be an IP. Binds now, throws
// its errors, and returns the bound address; 'listening' follows on the
// next tick.
Socket.prototype.bindSync = function bindSync(options = {}) {
  healthCheck(this);
  validateObject(options, 'options');
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  const port = validatePort(options.port ?? 0, 'options.port');
  let { address } = options;
  if (!address) {
    address = this.type === 'udp4' ? '0.0.0.0' : '::';
  } else {
    validateString(address, 'options.address');
    if (isIP(address) === 0) {
      throw new ERR_INVALID_ARG_VALUE('options.address', address,
                                      'must be a numeric IP address; bindSync does not perform DNS resolution');
    }
  }
  state.bindState = BIND_STATE_BINDING;
  const err = state.handle.bind(address, port, bindFlags(state));
  if (err) {
    state.bindState = BIND_STATE_UNBOUND;
    throw exceptionWithHostPort(err, 'bind', address, port);
  }
  startReceiving(this);
  process.nextTick(emitListeningNT, this);
  return this.address();
};

// ---- connect --------------------------------------------------------------------

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => startConnect(this, port, address, callback));
    return;
  }
  startConnect(this, port, address, callback);
};

function startConnect(socket, port, address, callback) {
  const state = socket[kStateSymbol];
  if (callback) socket.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex && state.sendBlockList?.check(ip, `ipv${isIP(ip)}`)) ex = new ERR_IP_BLOCKED(ip);
    if (!ex) {
      const err = state.handle.connect(ip, port);
      if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          socket.removeListener('connect', callback);
          callback(ex);
        } else {
          socket.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => socket.emit('connect'));
  });
}

// connect(2) without a lookup: the address must be an IP; binds first if
// need be. 'connect' follows on the next tick.
Socket.prototype.connectSync = function connectSync(port, address) {
  healthCheck(this);
  port = validatePort(port, 'Port', false);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  if (address == null || address === '') {
    address = this.type === 'udp4' ? '127.0.0.1' : '::1';
  } else {
    validateString(address, 'address');
    if (isIP(address) === 0) {
      throw new ERR_INVALID_ARG_VALUE('address', address,
                                      'must be a numeric IP address; connectSync does not perform DNS resolution');
    }
  }
  if (state.bindState === BIND_STATE_UNBOUND) this.bindSync();
  else if (state.bindState !== BIND_STATE_BOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.sendBlockList?.check(address, `ipv${isIP(address)}`)) {
    state.connectState = CONNECT_STATE_DISCONNECTED;
    throw new ERR_IP_BLOCKED(address);
  }
  const err = state.handle.connect(address, port);
  if (err) {
    state.connectState = CONNECT_STATE_DISCONNECTED;
    throw exceptionWithHostPort(err, 'connect', address, port);
  }
  state.connectState = CONNECT_STATE_CONNECTED;
  process.nextTick(emitConnectNT, this);
};

Socket.prototype.disconnect = function disconnect() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// ---- send ------------------------------------------------------------------------

// Work waiting for the bind to finish: run on 'listening', dropped if the
// bind fails.
function enqueue(socket, fn) {
  const state = socket[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    socket.once(EventEmitter.errorMonitor, onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

function badBuffer(name, value) {
  return new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView', 'string'], value);
}

// buffer[offset, offset + length) as a Buffer over the same memory.
function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isArrayBufferView(buffer)) throw badBuffer('buffer', buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return new FastBuffer(buffer.buffer, buffer.byteOffset + offset, length);
}

// The chunks of a list as Uint8Arrays (strings as UTF-8), or null when an
// element is neither.
function toChunks(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item === 'string') out[i] = Buffer.from(item);
    else if (item instanceof Uint8Array) out[i] = item;
    else if (isArrayBufferView(item)) out[i] = new FastBuffer(item.buffer, item.byteOffset, item.byteLength);
    else return null;
  }
  return out;
}

// send(msg[, offset, length], port[, address][, callback]) when not
// connected; send(msg[, offset, length][, callback]) when connected. msg:
// a Buffer, TypedArray, DataView, string, or an array of them.
Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!ArrayIsArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!isArrayBufferView(buffer)) throw badBuffer('buffer', buffer);
    else if (buffer instanceof Uint8Array) list = [buffer];
    else list = [new FastBuffer(buffer.buffer, buffer.byteOffset, buffer.byteLength)];
  } else if ((list = toChunks(buffer)) === null) {
    throw badBuffer('buffer list arguments', buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  // An empty list is one empty datagram.
  if (list.length === 0) list.push(new FastBuffer());

  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => this.send(list, port, address, callback));
    return;
  }
  if (connected) {
    doSend(null, this, null, list, address, port, callback);
  } else {
    state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  }
};

function doSend(ex, socket, ip, list, address, port, callback) {
  const state = socket[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => socket.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  if (ip && state.sendBlockList?.check(ip, `ipv${isIP(ip)}`)) {
    if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(ip));
    return;
  }
  const req = new SendWrap();
  req.list = list;
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  // One chunk goes as itself, not in an array: the common case, read by C
  // without an array access.
  const chunks = list.length === 1 ? list[0] : list;
  const err = port ?
    state.handle.send(req, chunks, list.length, port, ip, !!callback) :
    state.handle.send(req, chunks, list.length, !!callback);
  if (err >= 1) {
    // Sent within the call: err is the datagram's size + 1.
    if (callback) process.nextTick(callback, null, err - 1);
    return;
  }
  if (err && callback) {
    process.nextTick(callback, exceptionWithHostPort(err, 'send', address, port));
  }
}

// From C, this the request: a send that had to wait is done.
function afterSend(status, sent) {
  this.callback(status ? exceptionWithHostPort(status, 'send', this.address, this.port) : null, sent);
}

Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

// ---- close, addresses, options ---------------------------------------------------

Socket.prototype.close = function close(callback) {
  const state = this[kStateSymbol];
  if (typeof callback === 'function') this.on('close', callback);
  // Still binding: close once the queued work has run.
  if (state.queue !== undefined) {
    state.queue.push(() => this.close());
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(emitCloseNT, this);
  return this;
};

function emitCloseNT(socket) {
  socket.emit('close');
}

Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve, reject) => {
    try {
      this.close((err) => (err ? reject(err) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
};

Socket.prototype.address = function address() {
  healthCheck(this);
  const out = {};
  const err = this[kStateSymbol].handle.getsockname(out);
  if (err) throw errnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw errnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  const err = this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setTTL(ttl);
  if (err) throw errnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setMulticastTTL(ttl);
  if (err) throw errnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  const err = this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kStateSymbol].handle.setMulticastInterface(interfaceAddress);
  if (err) throw errnoException(err, 'setMulticastInterface');
};

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kStateSymbol].handle.addMembership(multicastAddress, interfaceAddress);
  if (err) throw errnoException(err, 'addMembership');
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kStateSymbol].handle.dropMembership(multicastAddress, interfaceAddress);
  if (err) throw errnoException(err, 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kStateSymbol].handle.addSourceSpecificMembership(sourceAddress, groupAddress,
                                                                    interfaceAddress);
  if (err) throw errnoException(err, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kStateSymbol].handle.dropSourceSpecificMembership(sourceAddress, groupAddress,
                                                                     interfaceAddress);
  if (err) throw errnoException(err, 'dropSourceSpecificMembership');
};

Socket.prototype.ref = function ref() {
  const { handle } = this[kStateSymbol];
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  const { handle } = this[kStateSymbol];
  if (handle) handle.unref();
  return this;
};

// Sets (size > 0) or reads (0) a kernel buffer size. Failures are Node's
// ERR_SOCKET_BUFFER_SIZE, a SystemError naming libuv's function.
function bufferSize(socket, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ret = socket[kStateSymbol].handle.bufferSize(size, recv);
  if (ret < 0) {
    const uv = internalBinding('uv');
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: ret,
      code: uv.errname(ret),
      message: uv.strerror(ret),
      syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return ret;
}

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return this[kStateSymbol].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return this[kStateSymbol].handle.getSendQueueCount();
};

// ---- deprecated (DEP0112): the private fields of old Node versions -------------

const { deprecate } = require('util');

function deprecatedField(name, key) {
  const msg = `Socket.prototype.${name} is deprecated`;
  ObjectDefineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: deprecate(function get() { return this[kStateSymbol][key]; }, msg, 'DEP0112'),
    set: deprecate(function set(value) { this[kStateSymbol][key] = value; }, msg, 'DEP0112'),
  });
}
deprecatedField('_handle', 'handle');
deprecatedField('_receiving', 'receiving');
deprecatedField('_bindState', 'bindState');
deprecatedField('_queue', 'queue');
deprecatedField('_reuseAddr', 'reuseAddr');

Socket.prototype._healthCheck = deprecate(function _healthCheck() {
  healthCheck(this);
}, 'Socket.prototype._healthCheck() is deprecated', 'DEP0112');

Socket.prototype._stopReceiving = deprecate(function _stopReceiving() {
  stopReceiving(this);
}, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

// handle.owner, an old alias Node keeps on its handles.
ObjectDefineProperty(UDP.prototype, 'owner', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this[kOwner]; },
  set(value) { this[kOwner] = value; },
});

module.exports = {
  _createSocketHandle: deprecate(_createSocketHandle, 'dgram._createSocketHandle() is deprecated', 'DEP0112'),
  createSocket,
  Socket,
};
