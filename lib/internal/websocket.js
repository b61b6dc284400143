'use strict';
// WebSocket (the WHATWG standard's client, RFC 6455 underneath) and
// CloseEvent, as Node's globals (undici's) behave: the opening handshake is
// an HTTP/1.1 upgrade through node:http with the headers Node's fetch sends,
// permessage-deflate is offered and inflated when the server accepts it,
// frames are parsed here and sent masked. wss: needs TLS, which kiln does
// not have yet: such a socket fails as a network error does.

const { Buffer } = require('buffer');
const { Event, EventTarget, makeEnumerable, defineToStringTag } = require('internal/event_target');

let lazyDOMException;
const domException = (message, name) => {
  lazyDOMException ??= require('internal/per_context/domexception').DOMException;
  return new lazyDOMException(message, name);
};

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xA;

const kGUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const kEmpty = Buffer.alloc(0);
const kDeflateTail = Buffer.from([0, 0, 0xff, 0xff]);

function webidlError(prefix, message) {
  return new TypeError(`${prefix}: ${message}`);
}

// ---- events ------------------------------------------------------------------------

class CloseEvent extends Event {
  #wasClean;
  #code;
  #reason;

  constructor(type, eventInitDict = undefined) {
    if (arguments.length === 0) throw webidlError('CloseEvent constructor', '1 argument required, but 0 found.');
    super(type, eventInitDict);
    const init = eventInitDict ?? {};
    this.#wasClean = Boolean(init.wasClean);
    // unsigned short as undici converts it: NaN and infinities are 0, and
    // the remainder keeps the sign (-1 stays -1, as in Node).
    const code = Number(init.code ?? 0);
    this.#code = Number.isFinite(code) ? Math.trunc(code) % 65536 : 0;
    this.#reason = init.reason === undefined ? '' : `${init.reason}`.toWellFormed();
  }

  get wasClean() { return this.#wasClean; }
  get code() { return this.#code; }
  get reason() { return this.#reason; }
}

// What a failed connection dispatches (not a global in Node either).
class ErrorEvent extends Event {
  #init;

  constructor(type, eventInitDict = undefined) {
    super(type, eventInitDict);
    const init = eventInitDict ?? {};
    this.#init = {
      message: init.message === undefined ? '' : `${init.message}`,
      filename: init.filename === undefined ? '' : `${init.filename}`,
      lineno: init.lineno >>> 0,
      colno: init.colno >>> 0,
      error: init.error,
    };
  }

  get message() { return this.#init.message; }
  get filename() { return this.#init.filename; }
  get lineno() { return this.#init.lineno; }
  get colno() { return this.#init.colno; }
  get error() { return this.#init.error; }
}

makeEnumerable(CloseEvent.prototype, ['wasClean', 'code', 'reason']);
defineToStringTag(CloseEvent.prototype, 'CloseEvent');
makeEnumerable(ErrorEvent.prototype, ['message', 'filename', 'lineno', 'colno', 'error']);
defineToStringTag(ErrorEvent.prototype, 'ErrorEvent');

// ---- helpers ------------------------------------------------------------------------

// A subprotocol is a token (RFC 9110).
function isValidSubprotocol(p) {
  if (p.length === 0) return false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || '"(),/:;<=>?@[\\]{}'.includes(p[i])) return false;
  }
  return true;
}

// Close codes a peer may send (RFC 6455 7.4).
function isValidStatusCode(code) {
  if (code >= 1000 && code < 1015) return code !== 1004 && code !== 1005 && code !== 1006;
  return code >= 3000 && code <= 4999;
}

// Sec-WebSocket-Extensions as a map of the first extension's parameters
// (name -> value, '' for none), as undici reads it.
function parseExtensions(value) {
  const map = new Map();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim();
    const v = eq === -1 ? '' : part.slice(eq + 1).trim();
    map.set(name, v);
  }
  return map;
}

let fatalDecoder;
function utf8Decode(bytes) {
  fatalDecoder ??= new TextDecoder('utf-8', { fatal: true });
  return fatalDecoder.decode(bytes);
}

let randomFill;
// One frame, masked, as a client sends them.
function makeFrame(opcode, payload) {
  const length = payload.length;
  const headLength = length < 126 ? 6 : length < 65536 ? 8 : 14;
  const frame = Buffer.allocUnsafe(headLength + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) {
    frame[1] = 0x80 | length;
  } else if (length < 65536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  randomFill ??= require('crypto').randomFillSync;
  const mask = headLength - 4;
  randomFill(frame, mask, 4);
  for (let i = 0; i < length; i++) frame[headLength + i] = payload[i] ^ frame[mask + (i & 3)];
  return frame;
}

function toArrayBuffer(bytes) {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  return new Uint8Array(bytes).buffer;
}

// ---- the connection ---------------------------------------------------------------------

// The state one WebSocket shares with its parser and handshake (the
// standard's "WebSocket connection"), kept apart from the object users see.
class Connection {
  constructor(ws) {
    this.ws = ws;
    this.readyState = CONNECTING;
    this.socket = null;
    this.request = null;
    this.sentClose = false;
    this.receivedClose = false;
    this.closeInfo = null; // { code, reason } of the peer's close frame
    this.closed = false;
    // The frame parser.
    this.chunks = [];
    this.buffered = 0;
    this.fragments = [];
    this.fragmentsBytes = 0;
    this.messageType = 0;
    this.compressed = false;
    this.inflate = null; // permessage-deflate, when agreed: { windowBits, stream }
    this.waiting = false; // a decompression is under way: parsing waits
    this.stopped = false;
  }

  // Takes n bytes from the received chunks.
  take(n) {
    if (n === 0) return kEmpty;
    this.buffered -= n;
    const first = this.chunks[0];
    if (first.length > n) {
      this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    if (first.length === n) return this.chunks.shift();
    const out = Buffer.allocUnsafe(n);
    let at = 0;
    while (at < n) {
      const c = this.chunks[0];
      const k = Math.min(c.length, n - at);
      c.copy(out, at, 0, k);
      at += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    return out;
  }

  peek(i) {
    let k = i;
    for (const c of this.chunks) {
      if (k < c.length) return c[k];
      k -= c.length;
    }
    return -1;
  }

  onData(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.parse();
  }

  // Parses every whole frame received, unless a message is being inflated.
  parse() {
    // After a close frame or a failure nothing more is read (undici's parser
    // stops there too).
    while (!this.waiting && !this.stopped && this.socket !== null && !this.socket.destroyed) {
      if (this.buffered < 2) return;
      const b0 = this.peek(0);
      const b1 = this.peek(1);
      let length = b1 & 0x7f;
      let headLength = 2;
      if (length === 126) headLength = 4;
      else if (length === 127) headLength = 10;
      const fin = (b0 & 0x80) !== 0;
      const opcode = b0 & 0x0f;
      const control = opcode >= 0x8;
      const rsv1 = (b0 & 0x40) !== 0;
      if (!(opcode <= OP_BINARY || opcode === OP_CLOSE || opcode === OP_PING || opcode === OP_PONG)) {
        return this.fail(1002, 'Invalid opcode received');
      }
      if ((b1 & 0x80) !== 0) return this.fail(1002, 'Frame cannot be masked');
      if (rsv1 && this.inflate === null) return this.fail(1002, 'Expected RSV1 to be clear.');
      if ((b0 & 0x30) !== 0) return this.fail(1002, 'RSV1, RSV2, RSV3 must be clear');
      if (control && (length > 125 || !fin)) {
        return this.fail(1002, 'Control frame either too large or fragmented');
      }
      if ((opcode === OP_TEXT || opcode === OP_BINARY) && this.fragments.length > 0) {
        return this.fail(1002, 'Expected continuation frame');
      }
      if (opcode === OP_CONTINUATION && this.messageType === 0) {
        return this.fail(1002, 'Unexpected continuation frame');
      }
      if (this.buffered < headLength) return;
      if (length === 126) {
        length = (this.peek(2) << 8) | this.peek(3);
      } else if (length === 127) {
        const high = ((this.peek(2) << 24) | (this.peek(3) << 16) | (this.peek(4) << 8) | this.peek(5)) >>> 0;
        const low = ((this.peek(6) << 24) | (this.peek(7) << 16) | (this.peek(8) << 8) | this.peek(9)) >>> 0;
        if (high !== 0 || low > 2 ** 31 - 1) return this.fail(1009, 'Received payload length > 2^31 bytes.');
        length = low;
      }
      if (this.buffered < headLength + length) return;
      this.take(headLength);
      const payload = this.take(length);
      if (control) {
        if (!this.onControl(opcode, payload)) {
          this.stopped = true;
          return;
        }
        continue;
      }
      if (opcode !== OP_CONTINUATION) {
        this.messageType = opcode;
        this.compressed = rsv1;
      }
      if (this.compressed) {
        this.waiting = true;
        this.decompress(payload, fin, (err, data) => {
          this.waiting = false;
          if (err) return this.fail(1007, err.message);
          this.addFragment(data, fin);
          this.parse();
        });
        return;
      }
      this.addFragment(payload, fin);
    }
  }

  addFragment(data, fin) {
    this.fragments.push(data);
    this.fragmentsBytes += data.length;
    if (!fin) return;
    const type = this.messageType;
    const body = this.fragments.length === 1 ? this.fragments[0] : Buffer.concat(this.fragments, this.fragmentsBytes);
    this.fragments = [];
    this.fragmentsBytes = 0;
    this.messageType = 0;
    this.ws[kOnMessage](type, body);
  }

  // Inflates a compressed frame's payload, in order, with the context kept
  // from message to message (takeover) unless the server said otherwise.
  decompress(payload, fin, cb) {
    const state = this.inflate;
    if (state.stream === null) {
      const zlib = require('zlib');
      try {
        state.stream = zlib.createInflateRaw({ windowBits: state.windowBits });
      } catch (err) {
        cb(err);
        return;
      }
      state.out = [];
      state.stream.on('data', (d) => state.out.push(d));
      state.stream.on('error', (err) => {
        state.stream = null;
        cb(err);
      });
    }
    const stream = state.stream;
    stream.write(payload);
    if (fin) stream.write(kDeflateTail);
    stream.flush(() => {
      if (state.stream !== stream) return;
      const out = Buffer.concat(state.out);
      state.out = [];
      cb(null, out);
    });
  }

  // A close, ping or pong frame; false when parsing must stop.
  onControl(opcode, payload) {
    if (opcode === OP_CLOSE) {
      if (payload.length === 1) {
        this.fail(1002, 'Received close frame with a 1-byte body.');
        return false;
      }
      let code;
      let reason = '';
      if (payload.length >= 2) {
        code = payload.readUInt16BE(0);
        if (!isValidStatusCode(code)) {
          this.closeInfo = { code: 1002, reason: 'Invalid status code', error: true };
          this.fail(1002, 'Invalid status code');
          return false;
        }
        let rest = payload.subarray(2);
        if (rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
        try {
          reason = utf8Decode(rest);
        } catch {
          this.closeInfo = { code: 1007, reason: 'Invalid UTF-8', error: true };
          this.fail(1007, 'Invalid UTF-8');
          return false;
        }
      }
      this.closeInfo = { code, reason, error: false };
      if (!this.sentClose && !this.receivedClose) {
        // Echo the code (not the reason).
        let body = kEmpty;
        if (code !== undefined) {
          body = Buffer.allocUnsafe(2);
          body.writeUInt16BE(code, 0);
        }
        this.socket.write(makeFrame(OP_CLOSE, body));
        this.sentClose = true;
      }
      this.readyState = CLOSING;
      this.receivedClose = true;
      return false;
    }
    if (opcode === OP_PING) {
      if (!this.receivedClose) this.socket.write(makeFrame(OP_PONG, payload));
    }
    return true;
  }

  // The standard's "close the WebSocket connection" for an established one,
  // and "fail" for one in progress.
  close(code, reason) {
    if (this.readyState === CLOSED || this.readyState === CLOSING) return;
    if (this.readyState !== OPEN) {
      this.fail();
      this.readyState = CLOSING;
      return;
    }
    if (!this.sentClose && !this.receivedClose) {
      if (reason.length !== 0 && code === null) code = 1000;
      let body = kEmpty;
      if (code !== null) {
        body = Buffer.allocUnsafe(2 + Buffer.byteLength(reason));
        body.writeUInt16BE(code, 0);
        body.write(reason, 2, 'utf8');
      }
      this.socket.write(makeFrame(OP_CLOSE, body));
      this.sentClose = true;
    }
    this.readyState = CLOSING;
  }

  fail(code = null, reason = '') {
    this.stopped = true;
    if (this.readyState === OPEN) this.close(code, reason);
    if (this.request !== null) {
      const req = this.request;
      this.request = null;
      req.destroy();
    }
    if (this.readyState === CONNECTING) this.onSocketClose();
    else if (this.socket !== null && !this.socket.destroyed) this.socket.destroy();
  }

  onSocketClose() {
    if (this.closed) return;
    this.closed = true;
    const wasClean = this.sentClose && this.receivedClose;
    let code = 1005;
    let reason = '';
    const info = this.closeInfo;
    if (info !== null && !info.error) {
      code = info.code ?? 1005;
      reason = info.reason;
    }
    this.readyState = CLOSED;
    const ws = this.ws;
    if (!this.receivedClose) {
      code = 1006;
      ws.dispatchEvent(new ErrorEvent('error', { error: new TypeError(reason) }));
    }
    ws.dispatchEvent(new CloseEvent('close', { wasClean, code, reason }));
  }
}

// ---- the handshake ------------------------------------------------------------------

function connect(conn, url, protocols, userHeaders) {
  const crypto = require('crypto');
  const key = crypto.randomBytes(16).toString('base64');
  const headers = [['host', url.host], ['connection', 'upgrade'], ['upgrade', 'websocket'],
                   ['sec-websocket-key', key], ['sec-websocket-version', '13']];
  if (protocols.length > 0) headers.push(['sec-websocket-protocol', protocols.join(', ')]);
  headers.push(['sec-websocket-extensions', 'permessage-deflate; client_max_window_bits']);
  const defaults = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'websocket'],
                    ['user-agent', 'node'], ['pragma', 'no-cache'], ['cache-control', 'no-cache'],
                    ['accept-encoding', 'gzip, deflate']];
  if (userHeaders !== undefined) {
    const { Headers } = require('internal/fetch/headers');
    for (const [name, value] of new Headers(userHeaders)) {
      const i = defaults.findIndex((h) => h[0] === name);
      if (i !== -1) defaults.splice(i, 1);
      headers.push([name, value]);
    }
  }
  headers.push(...defaults);
  if (url.protocol === 'wss:') {
    // No TLS sockets in kiln yet: a network error, reported after the
    // constructor returns, as a refused connection would be.
    process.nextTick(() => {
      if (conn.readyState === CONNECTING) conn.fail(1002, 'Received network error or non-101 status code.');
    });
    return;
  }
  const http = require('http');
  let req;
  try {
    req = http.request({
      ...require('internal/http').urlTarget(url),
      method: 'GET',
      headers: headers.flat(),
      agent: false,
      setHost: false,
    });
  } catch {
    process.nextTick(() => conn.fail(1002, 'Received network error or non-101 status code.'));
    return;
  }
  conn.request = req;
  req.on('error', () => {
    if (conn.request === req) {
      conn.request = null;
      conn.fail(1002, 'Received network error or non-101 status code.');
    }
  });
  req.on('response', (res) => {
    res.resume();
    if (conn.request !== req) return;
    conn.request = null;
    req.destroy();
    conn.fail(1002, 'Received network error or non-101 status code.');
  });
  req.on('upgrade', (res, socket, head) => {
    if (conn.request !== req) {
      socket.destroy();
      return;
    }
    conn.request = null;
    const h = res.headers;
    const reject = (why) => {
      socket.destroy();
      conn.fail(1002, why);
    };
    if (res.statusCode !== 101) return reject('Received network error or non-101 status code.');
    if (protocols.length !== 0 && !h['sec-websocket-protocol']) {
      return reject('Server did not respond with sent protocols.');
    }
    if (h.upgrade?.toLowerCase() !== 'websocket') return reject('Server did not set Upgrade header to "websocket".');
    if (h.connection?.toLowerCase() !== 'upgrade') return reject('Server did not set Connection header to "upgrade".');
    const digest = crypto.createHash('sha1').update(key + kGUID).digest('base64');
    if (h['sec-websocket-accept'] !== digest) {
      return reject('Incorrect hash received in Sec-WebSocket-Accept header.');
    }
    const extensions = h['sec-websocket-extensions'];
    if (extensions !== undefined) {
      const map = parseExtensions(extensions);
      if (!map.has('permessage-deflate')) return reject('Sec-WebSocket-Extensions header does not match.');
      const bits = map.get('server_max_window_bits');
      let windowBits = 15;
      if (bits) {
        if (!/^[0-9]+$/.test(bits) || +bits < 8 || +bits > 15) return reject('Invalid server_max_window_bits');
        windowBits = +bits;
      }
      conn.inflate = { windowBits, stream: null, out: [] };
    }
    const protocol = h['sec-websocket-protocol'];
    if (protocol !== undefined && !protocols.includes(protocol)) {
      return reject('Protocol was not set in the opening handshake.');
    }
    conn.socket = socket;
    socket.setNoDelay?.(true);
    socket.on('data', (chunk) => conn.onData(chunk));
    socket.on('close', () => conn.onSocketClose());
    socket.on('error', () => {
      conn.readyState = CLOSING;
      socket.destroy();
    });
    conn.readyState = OPEN;
    conn.ws[kOnOpen](extensions ?? '', protocol ?? '');
    if (head.length > 0) conn.onData(head);
  });
  req.end();
}

// ---- WebSocket --------------------------------------------------------------------------

const kOnOpen = Symbol('kOnOpen');
const kOnMessage = Symbol('kOnMessage');

function toProtocolList(value) {
  if (typeof value === 'object' && value !== null && typeof value[Symbol.iterator] === 'function') {
    return Array.from(value, (p) => `${p}`);
  }
  return [`${value}`];
}

class WebSocket extends EventTarget {
  #conn;
  #url;
  #binaryType = 'blob';
  #bufferedAmount = 0;
  #protocol = '';
  #extensions = '';
  #handlers = { open: null, error: null, close: null, message: null };
  #sending = Promise.resolve();
  #pendingBlobs = 0;

  constructor(url, protocols = []) {
    if (arguments.length === 0) throw webidlError('WebSocket constructor', '1 argument required, but 0 found.');
    super();
    // (DOMString or sequence<DOMString>) or WebSocketInit
    let options = { __proto__: null, protocols: [] };
    if (typeof protocols === 'object' && protocols !== null && typeof protocols[Symbol.iterator] !== 'function') {
      options = { __proto__: null, protocols: protocols.protocols === undefined ? [] : protocols.protocols,
                  headers: protocols.headers };
    } else {
      options.protocols = protocols;
    }
    protocols = toProtocolList(options.protocols);
    let record;
    try {
      record = new URL(`${url}`.toWellFormed());
    } catch (err) {
      throw domException(`${err}`, 'SyntaxError');
    }
    if (record.protocol === 'http:') record.protocol = 'ws:';
    else if (record.protocol === 'https:') record.protocol = 'wss:';
    if (record.protocol !== 'ws:' && record.protocol !== 'wss:') {
      throw domException('expected a ws: or wss: url', 'SyntaxError');
    }
    if (record.hash.length > 0 || record.href.endsWith('#')) throw domException('hash', 'SyntaxError');
    if (protocols.length !== new Set(protocols.map((p) => p.toLowerCase())).size ||
        (protocols.length > 0 && !protocols.every(isValidSubprotocol))) {
      throw domException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
    }
    this.#url = record;
    this.#conn = new Connection(this);
    connect(this.#conn, record, protocols, options.headers);
  }

  [kOnOpen](extensions, protocol) {
    this.#extensions = extensions;
    this.#protocol = protocol;
    this.dispatchEvent(new Event('open'));
  }

  [kOnMessage](type, bytes) {
    if (this.#conn.readyState !== OPEN) return;
    let data;
    if (type === OP_TEXT) {
      try {
        data = utf8Decode(bytes);
      } catch {
        this.#conn.fail(1007, 'Received invalid UTF-8 in text frame.');
        return;
      }
    } else if (this.#binaryType === 'blob') {
      const { Blob } = require('internal/blob');
      data = new Blob([bytes]);
    } else {
      data = toArrayBuffer(bytes);
    }
    const { MessageEvent } = require('internal/worker/io');
    this.dispatchEvent(new MessageEvent('message', { data, origin: this.#url.origin }));
  }

  close(code = undefined, reason = undefined) {
    if (!(#conn in this)) throw new TypeError('Illegal invocation');
    if (code !== undefined) {
      // unsigned short, [Clamp]
      let n = Number(code);
      if (Number.isNaN(n)) n = 0;
      n = Math.min(Math.max(n, 0), 65535);
      code = Math.round(n) === n + 0.5 && Math.round(n) % 2 !== 0 ? Math.round(n) - 1 : Math.round(n);
    }
    if (reason !== undefined) reason = `${reason}`.toWellFormed();
    if (code !== undefined && code !== 1000 && (code < 3000 || code > 4999)) {
      throw domException('invalid code', 'InvalidAccessError');
    }
    if (reason !== undefined) {
      const bytes = Buffer.byteLength(reason);
      if (bytes > 123) throw domException(`Reason must be less than 123 bytes; received ${bytes}`, 'SyntaxError');
    }
    this.#conn.close(code ?? null, reason ?? '');
  }

  send(data) {
    if (!(#conn in this)) throw new TypeError('Illegal invocation');
    if (arguments.length === 0) throw webidlError('WebSocket.send', '1 argument required, but 0 found.');
    const conn = this.#conn;
    if (conn.readyState === CONNECTING) throw domException('Sent before connected.', 'InvalidStateError');
    const { isArrayBuffer, isSharedArrayBuffer } = require('util').types;
    const { Blob } = require('internal/blob');
    let opcode = OP_BINARY;
    let bytes;
    if (isArrayBuffer(data) || isSharedArrayBuffer(data)) {
      bytes = new Uint8Array(data);
    } else if (ArrayBuffer.isView(data)) {
      bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    } else if (data instanceof Blob) {
      bytes = null;
    } else {
      opcode = OP_TEXT;
      bytes = Buffer.from(`${data}`.toWellFormed());
    }
    if (conn.readyState !== OPEN) return;
    const size = bytes === null ? data.size : bytes.byteLength;
    this.#bufferedAmount += size;
    const written = () => { this.#bufferedAmount -= size; };
    if (bytes !== null && this.#pendingBlobs === 0) {
      conn.socket.write(makeFrame(opcode, bytes), written);
      return;
    }
    // A Blob's bytes come later: what is sent after it waits for it.
    this.#pendingBlobs++;
    const content = bytes === null ? data.arrayBuffer().then((ab) => new Uint8Array(ab)) : bytes;
    this.#sending = this.#sending.then(() => content).then((payload) => {
      this.#pendingBlobs--;
      if (conn.socket !== null && !conn.socket.destroyed) conn.socket.write(makeFrame(opcode, payload), written);
    });
  }

  get readyState() { return this.#conn.readyState; }
  get bufferedAmount() { return this.#bufferedAmount; }
  get url() { return this.#url.href; }
  get extensions() { return this.#extensions; }
  get protocol() { return this.#protocol; }
  get binaryType() { return this.#binaryType; }
  set binaryType(type) {
    this.#binaryType = type === 'blob' || type === 'arraybuffer' ? type : 'blob';
  }

  // on<event>: the listener is the function itself, moved to the end of the
  // list each time it is set (undici's behaviour).
  static {
    for (const name of ['open', 'error', 'close', 'message']) {
      Object.defineProperty(this.prototype, `on${name}`, {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() {
          if (!(#handlers in this)) throw new TypeError('Illegal invocation');
          return this.#handlers[name];
        },
        set(fn) {
          if (!(#handlers in this)) throw new TypeError('Illegal invocation');
          if (this.#handlers[name]) this.removeEventListener(name, this.#handlers[name]);
          if (typeof fn === 'function' || (typeof fn === 'object' && fn !== null)) {
            this.addEventListener(name, fn);
            this.#handlers[name] = fn;
          } else {
            this.#handlers[name] = null;
          }
        },
      });
    }
  }
}

{
  // binaryType after the on<event> handlers, in Node's order.
  const d = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'binaryType');
  delete WebSocket.prototype.binaryType;
  Object.defineProperty(WebSocket.prototype, 'binaryType', d);
}
for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSING', CLOSING], ['CLOSED', CLOSED]]) {
  const d = { __proto__: null, value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(WebSocket, name, d);
  Object.defineProperty(WebSocket.prototype, name, d);
}
makeEnumerable(WebSocket.prototype, ['url', 'readyState', 'bufferedAmount', 'close', 'binaryType', 'send',
                                     'extensions', 'protocol']);
defineToStringTag(WebSocket.prototype, 'WebSocket');

module.exports = { WebSocket, CloseEvent };
