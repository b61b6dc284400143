'use strict';
// The IPC channel between a parent and a child made by fork() (or spawn()
// with 'ipc' in stdio): a Unix socket pair, the parent's end a pipe handle
// made with ipc set, the child's end the descriptor NODE_CHANNEL_FD names.
//
// Messages are framed by the serialization mode: 'json' sends each as one
// line of JSON (Node's format, so a kiln child talks to a node parent and
// back); 'advanced' sends each as a 4-byte big-endian length and the value
// in V8's serialization format (node:v8's DefaultSerializer, with Node's
// extra type word before Buffers and typed arrays), byte for byte as Node
// sends it, so kiln and node ends talk in this mode too.
//
// Both ends get send(), disconnect(), connected, channel and the events
// 'message' and 'disconnect'. Messages whose cmd starts with 'NODE_' are
// the runtimes' own and go to 'internalMessage' instead.

const {
  ERR_INVALID_ARG_TYPE,
  ERR_IPC_CHANNEL_CLOSED,
  ERR_IPC_DISCONNECTED,
  ERR_INVALID_HANDLE_TYPE,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { validateFunction, validateObject } = require('internal/validators');
const { errnoException } = require('internal/net/errors');
const EventEmitter = require('events');

// send() returns false when this many bytes wait to be written.
const kChannelHighWaterMark = 64 * 1024;

// Node's ChildProcessSerializer: a host object (a Buffer or typed array)
// is preceded by the word 0.
let serdes;
function lazySerdes() {
  if (serdes === undefined) {
    const { DefaultSerializer, DefaultDeserializer } = require('v8');
    class ChildProcessSerializer extends DefaultSerializer {
      _writeHostObject(object) {
        this.writeUint32(0);
        return super._writeHostObject(object);
      }
    }
    class ChildProcessDeserializer extends DefaultDeserializer {
      _readHostObject() {
        if (this.readUint32() !== 0) throw new Error('Unable to deserialize cloned data.');
        return super._readHostObject();
      }
    }
    serdes = { ChildProcessSerializer, ChildProcessDeserializer };
  }
  return serdes;
}

// Splits the stream of bytes into messages.
class JSONFramer {
  constructor() {
    this.pending = '';
    this.decoder = new (require('string_decoder').StringDecoder)('utf8');
  }

  encode(message) {
    return Buffer.from(`${JSON.stringify(message)}\n`);
  }

  // The complete messages in the bytes read so far, in order.
  decode(bytes) {
    const text = this.pending + this.decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    const out = [];
    let start = 0;
    let nl;
    while ((nl = text.indexOf('\n', start)) !== -1) {
      if (nl > start) out.push(JSON.parse(text.slice(start, nl)));
      start = nl + 1;
    }
    this.pending = start === text.length ? '' : text.slice(start);
    return out;
  }
}

const kNoLength = new Uint8Array(4);

class AdvancedFramer {
  constructor() {
    this.chunks = [];
    this.length = 0;
  }

  encode(message) {
    const ser = new (lazySerdes().ChildProcessSerializer)();
    ser.writeRawBytes(kNoLength); // the length, filled in below
    ser.writeHeader();
    ser.writeValue(message);
    const out = ser.releaseBuffer();
    out.writeUInt32BE(out.length - 4, 0);
    return out;
  }

  decode(bytes) {
    this.chunks.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    this.length += bytes.length;
    const out = [];
    // Chunks are joined only once a whole message is there: a large
    // message arrives in many reads.
    while (this.length >= 4) {
      if (this.chunks[0].length < 4) this.chunks = [Buffer.concat(this.chunks, this.length)];
      const size = this.chunks[0].readUInt32BE(0);
      if (this.length < 4 + size) break;
      let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
      const der = new (lazySerdes().ChildProcessDeserializer)(buf.subarray(4, 4 + size));
      der.readHeader();
      out.push(der.readValue());
      buf = buf.subarray(4 + size);
      this.chunks = buf.length > 0 ? [buf] : [];
      this.length = buf.length;
    }
    return out;
  }
}

// What user code sees as `process.channel` / `subprocess.channel`, as in
// Node an EventEmitter: the handle's descriptor, ref() and unref(), and
// refCounted()/unrefCounted(), the count Node keeps of what wants the
// channel open ('message' and 'disconnect' listeners on the child's
// process); once ref() or unref() was called the count changes nothing.
// Packages (execa) call the counted ones. 'unref' when the count drops to 0.
const channelHandles = new WeakMap();

class Control extends EventEmitter {
  #handle;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(handle) {
    super();
    this.#handle = handle;
    channelHandles.set(this, handle);
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#handle.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#handle.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#handle.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#handle.unref();
  }

  get fd() {
    return this.#handle.getFd();
  }
}

function setupChannel(target, handle, serialization) {
  const framer = serialization === 'advanced' ? new AdvancedFramer() : new JSONFramer();
  const control = new Control(handle);
  let pendingWrites = 0;
  let closeRequested = false;

  target.channel = control;
  // Node's older name for the channel.
  Object.defineProperty(target, '_channel', {
    configurable: true,
    enumerable: false,
    get() { return target.channel; },
    set(value) { target.channel = value; },
  });
  target.connected = true;

  function closeChannel() {
    if (target.channel === null) return;
    target.channel = null;
    handle.readStop();
    handle.close();
    handle.onclose = () => target.emit('_channelClosed');
  }

  // Ends the channel from this side or because the other side did.
  function finishDisconnect() {
    if (!target.connected) return;
    target.connected = false;
    if (pendingWrites > 0) closeRequested = true;
    else closeChannel();
    process.nextTick(() => target.emit('disconnect'));
  }

  // Handles that arrived, waiting for their NODE_HANDLE message; handles
  // sent, closed when the other side acknowledges them.
  const receivedHandles = [];
  const sentHandles = [];

  function onInternal(message) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      const sent = sentHandles.shift();
      if (sent !== undefined && sent !== null) sent.close();
      flushHandleQueue();
      return false;
    }
    if (message.cmd === 'NODE_HANDLE_NACK') {
      sentHandles.shift();
      flushHandleQueue();
      return false;
    }
    if (message.cmd !== 'NODE_HANDLE') return false;
    const raw = receivedHandles.shift();
    if (raw === undefined) {
      sendRaw({ cmd: 'NODE_HANDLE_NACK' });
      return true;
    }
    sendRaw({ cmd: 'NODE_HANDLE_ACK' });
    // The runtime's own messages (cluster's) may carry handles too.
    const inner = message.msg;
    const event = inner !== null && typeof inner === 'object' && typeof inner.cmd === 'string' &&
      inner.cmd.startsWith('NODE_') ? 'internalMessage' : 'message';
    receiveHandle(message, raw, (obj) => target.emit(event, inner, obj));
    return true;
  }

  handle.onread = (nread, bytes, received) => {
    if (received !== undefined) receivedHandles.push(received);
    if (nread < 0) {
      // The other end closed (or failed): nothing more will arrive.
      finishDisconnect();
      return;
    }
    let messages;
    try {
      messages = framer.decode(bytes);
    } catch (err) {
      process.nextTick(() => target.emit('error', err));
      return;
    }
    for (const message of messages) {
      const internal = message !== null && typeof message === 'object' &&
        typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
      process.nextTick(() => {
        if (internal && onInternal(message)) return;
        target.emit(internal ? 'internalMessage' : 'message', message, undefined);
      });
    }
  };

  // A write of the runtime's own (acknowledgements), whose failure is not
  // the program's business.
  function sendRaw(message) {
    if (!target.connected) return;
    pendingWrites++;
    const req = {
      oncomplete() {
        pendingWrites--;
        if (closeRequested && pendingWrites === 0) closeChannel();
      },
    };
    const r = handle.writeBuffer(req, framer.encode(message));
    if (r <= 0) process.nextTick(() => req.oncomplete(r));
  }

  target.send = function send(message, sendHandle, options, callback) {
    if (typeof sendHandle === 'function') {
      callback = sendHandle;
      sendHandle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    // While a handle waits for the other side's acknowledgement, later
    // messages wait behind it, in order (Node's queue, and its answer:
    // whether this is the first one waiting).
    if (handleQueue !== null) {
      handleQueue.push({ message, sendHandle, options, callback });
      return handleQueue.length === 1;
    }
    return write(message, sendHandle, options, callback);
  };

  let handleQueue = null;
  function write(message, sendHandle, options, callback) {
    let raw;
    if (sendHandle !== undefined && sendHandle !== null) {
      const sent = handleToSend(sendHandle, options);
      if (sent !== undefined) {
        raw = sent.raw;
        message = { cmd: 'NODE_HANDLE', type: sent.type, msg: message };
        if (sent.dgramType !== undefined) message.dgramType = sent.dgramType;
        // Closed on the other side's acknowledgement (a socket moves to
        // the receiver unless keepOpen); a server keeps listening here too.
        sentHandles.push(sent.closeOnAck ? raw : null);
        handleQueue = [];
      }
    }
    const bytes = framer.encode(message);
    let failedAtOnce = false;
    const req = {
      oncomplete(status) {
        pendingWrites--;
        if (closeRequested && pendingWrites === 0) closeChannel();
        // As in Node, only a write refused at once is send()'s error; one
        // that fails later (the other side is gone: EPIPE) is not.
        const err = status < 0 && failedAtOnce ? errnoException(status, 'write') : null;
        if (typeof callback === 'function') callback(err);
        else if (err) target.emit('error', err);
      },
    };
    pendingWrites++;
    const r = raw === undefined ? handle.writeBuffer(req, bytes) : handle.writeBuffer(req, bytes, raw);
    if (r === 0) {
      // Written in the call: a callback still runs on a later tick.
      if (typeof callback === 'function') {
        process.nextTick(() => req.oncomplete(0));
      } else {
        req.oncomplete(0);
      }
      return true;
    }
    if (r < 0) {
      failedAtOnce = true;
      process.nextTick(() => req.oncomplete(r));
    }
    return handle.getWriteQueueSize() < kChannelHighWaterMark;
  }

  // The other side took (or could not take) the handle in flight: what
  // waited behind it goes now.
  function flushHandleQueue() {
    const queue = handleQueue;
    handleQueue = null;
    if (queue === null) return;
    for (let i = 0; i < queue.length; i++) {
      const q = queue[i];
      if (handleQueue !== null) {
        handleQueue.push(q);
      } else if (target.connected) {
        write(q.message, q.sendHandle, q.options, q.callback);
      } else if (typeof q.callback === 'function') {
        process.nextTick(q.callback, new ERR_IPC_CHANNEL_CLOSED());
      }
    }
  }

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    finishDisconnect();
  };

  handle.readStart();
  return control;
}

// What send() may carry, as Node names the kinds in its NODE_HANDLE
// messages: a net.Server (its listening handle) or a net.Socket (its
// connection, which leaves the sender unless keepOpen). Received bare
// handles ('net.Native') are handed over as they are.
function handleToSend(sendHandle, options) {
  const net = require('net');
  if (sendHandle instanceof net.Socket) {
    const raw = sendHandle._handle;
    // A socket without its handle goes as the bare message, as in Node.
    if (!raw) return undefined;
    const keepOpen = options !== undefined && options.keepOpen === true;
    if (!keepOpen) {
      raw.onread = () => {};
      sendHandle._handle = null;
      sendHandle.setTimeout(0);
      // The connection left its server, which no longer waits for it to
      // close (nor counts it again if this object is destroyed).
      const server = sendHandle._server;
      if (server) {
        server._connections--;
        sendHandle._server = null;
      }
    }
    return { raw, type: 'net.Socket', closeOnAck: !keepOpen };
  }
  if (sendHandle instanceof net.Server) {
    if (!sendHandle._handle) return undefined;
    return { raw: sendHandle._handle, type: 'net.Server', closeOnAck: false };
  }
  // A bare TCP or pipe handle (the C side checks that it is one).
  if (sendHandle !== null && typeof sendHandle === 'object' &&
      typeof sendHandle.readStart === 'function' && typeof sendHandle.getFd === 'function') {
    return { raw: sendHandle, type: 'net.Native', closeOnAck: false };
  }
  // A dgram socket (its handle stays open here too), or a bare UDP handle.
  const dgram = require('dgram');
  if (sendHandle instanceof dgram.Socket) {
    const raw = sendHandle[require('internal/dgram').kStateSymbol].handle;
    if (!raw) return undefined;
    return { raw, type: 'dgram.Socket', closeOnAck: false, dgramType: sendHandle.type };
  }
  if (sendHandle !== null && typeof sendHandle === 'object' &&
      typeof sendHandle.recvStart === 'function' && typeof sendHandle.getFd === 'function') {
    return { raw: sendHandle, type: 'dgram.Native', closeOnAck: false };
  }
  throw new ERR_INVALID_HANDLE_TYPE();
}

// A received handle as the object its kind names, then emit(obj).
function receiveHandle(message, raw, emit) {
  const net = require('net');
  if (message.type === 'net.Server') {
    const server = new net.Server();
    server.listen(raw, () => emit(server));
  } else if (message.type === 'net.Socket') {
    emit(new net.Socket({ handle: raw, readable: true, writable: true }));
  } else if (message.type === 'dgram.Socket') {
    const socket = require('dgram').createSocket(message.dgramType);
    socket.bind(raw, () => emit(socket));
  } else {
    emit(raw);
  }
}

// The child's side, set up at boot when NODE_CHANNEL_FD is in the
// environment: the channel keeps the process alive only while it has
// 'message' or 'disconnect' listeners.
function setupChildChannel(fd, serialization) {
  const handle = internalBinding('pipe').create(true);
  const err = handle.open(fd);
  if (err < 0) throw errnoException(err, 'uv_pipe_open');
  handle.unref();
  const control = setupChannel(process, handle, serialization);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

// At boot in a child made by fork(): the channel's descriptor and mode
// leave the environment (as in Node) and become process.channel.
function setupFromEnv() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  setupChildChannel(fd, mode === 'advanced' ? 'advanced' : 'json');
  // A worker started by cluster.fork() tells the primary it is online
  // before its program runs; the id leaves the environment as in Node.
  if (process.env.NODE_UNIQUE_ID !== undefined) {
    require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
}

// The pipe handle under a channel (process.stdin over the channel's fd
// shares it, as in Node).
function channelHandle(channel) {
  return channelHandles.get(channel);
}

module.exports = { setupChannel, setupChildChannel, setupFromEnv, channelHandle };
