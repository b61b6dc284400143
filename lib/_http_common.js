'use strict';
// What the server and the client share: the parser (internalBinding
// ('http_parser'), kiln's C parser) and its callbacks, token and header
// value checks. The parser crosses into JS once per message head with
// everything at once (see src/binding/http_parser.c); its callbacks build
// the IncomingMessage here and hand it to parser.onIncoming, which the
// server and the client set.

const { FastBuffer } = require('internal/buffer');
const { validateBoolean, validateOneOf } = require('internal/validators');
const { Buffer } = require('buffer');
const { IncomingMessage, kPendingEof, readStart, readStop } = require('_http_incoming');

const binding = internalBinding('http_parser');
const methods = binding.methods;
// The C parser is an object of a C class, whose properties the JIT cannot
// cache; the callbacks read and write parser state on every request, so the
// parser JS sees is a plain object holding the C one (kNative), and C calls
// back on that plain object (execute's and finish's last argument).
const kNative = Symbol('kNative');
// The native methods are taken once: even a method looked up on the C
// object goes through the slow path.
const nativeProto = binding.proto;
const nativeInitialize = nativeProto.initialize;
const nativeReset = nativeProto.reset;
const nativeExecute = nativeProto.execute;
const nativeFinish = nativeProto.finish;
const nativeError = nativeProto.error;
// execute as an engine host function (undefined where the engine's fast
// paths are not available): -2 asks the method, -3 hands back a callback's
// exception.
const fastExecute = binding.fast?.execute;
const nativeConsume = binding.consume;
const nativeUnconsume = binding.unconsume;
const nativeTakeBytes = binding.takeBytes;
const fastConsume = binding.fast?.consume;
const { kBytesRead, kBytesReadSource } = require('internal/net/symbols');
const HTTPParserProto = {
  initialize(type, maxHeaderSize, lenientFlags) {
    nativeInitialize.call(this[kNative], type, maxHeaderSize, lenientFlags | 0);
  },
  reset() {
    nativeReset.call(this[kNative]);
  },
  execute(data) {
    if (fastExecute !== undefined) {
      const r = fastExecute(this[kNative], data, this);
      if (r >= -1) return r;
      if (r === -3) {
        const err = this.pendingError;
        this.pendingError = undefined;
        throw err;
      }
    }
    return nativeExecute.call(this[kNative], data, this);
  },
  finish() {
    return nativeFinish.call(this[kNative], this);
  },
  error() {
    return nativeError.call(this[kNative]);
  },
};

// The per-use state of a parser object, fresh or taken from the free list.
function resetParserState(p, type) {
  p.type = type;
  p.socket = null;
  p.incoming = null;
  p.outgoing = null;
  p.buf = null;
  p.trailers = null;
  p.executing = false;
  p.inProgress = false;
  p.completed = 0;
  p.queue = null;
  p.pendingError = undefined;
  p.onConsumed = null;
  p.consumedArgs = null;
  p.onIncoming = null;
  p.maxHeaderPairs = 2000;
  p.joinDuplicateHeaders = false;
  p[kIncomingMessage] = IncomingMessage;
}

function createParserObject(proto) {
  const p = { __proto__: proto };
  p[kNative] = binding.create(nativeProto);
  resetParserState(p, kRequest);
  // Node's parser has its timeout hook in this slot while in use.
  p[kOnTimeout] = parserOnTimeout;
  return p;
}

function parserOnTimeout() {}

const kIncomingMessage = Symbol('IncomingMessage');
const kSkipPendingData = Symbol('SkipPendingData');
const kRequest = binding.REQUEST;
const kResponse = binding.RESPONSE;
const kOnHeaders = 1;

// The HTTP methods (not RTSP's), in the parser's order, as Node's
// _http_common.methods; http.METHODS is them sorted.
const httpMethods = methods.filter((m, i) => i <= 33 || m === 'QUERY');
const METHODS = httpMethods.slice().sort();

// Node's parser object, for code that drives one itself (tests, some
// packages): callbacks in numbered slots, execute(buffer, start, length)
// returning the bytes used or an Error. The server and the client use
// newParser() below instead, whose callbacks take the C layout directly.
const kOnMessageBegin = 0;
const kOnHeadersSlot = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

const compatProto = { __proto__: HTTPParserProto };
compatProto.onHead = function onHead(major, minor, head, method, statusCode, upgrade,
                                     shouldKeepAlive, rawHeaders) {
  const headers = headHeaders(head, rawHeaders);
  const field = headField(head);
  const fn = this[kOnHeadersComplete];
  if (typeof fn !== 'function') return 0;
  return fn.call(this, major, minor, headers, method, method !== undefined ? field : undefined,
                 statusCode, method === undefined ? field : undefined, upgrade, shouldKeepAlive) | 0;
};
compatProto.onBody = function onBody(offset, length) {
  const fn = this[kOnBody];
  if (typeof fn !== 'function') return;
  const buf = this.buf;
  fn.call(this, new FastBuffer(buf.buffer, buf.byteOffset + offset, length));
};
compatProto.onTrailers = function onTrailers(headers) {
  const fn = this[kOnHeadersSlot];
  if (typeof fn === 'function') fn.call(this, headers, '');
};
compatProto.onComplete = function onComplete() {
  const fn = this[kOnMessageComplete];
  if (typeof fn === 'function') fn.call(this);
};
compatProto.initialize = function initialize(type, resource, maxHeaderSize, lenientFlags) {
  HTTPParserProto.initialize.call(this, type, maxHeaderSize || 0, lenientFlags);
};
compatProto.execute = function execute(data, start = 0, length = data.length - start) {
  const bytes = start === 0 && length === data.length ? data : data.subarray(start, start + length);
  this.buf = bytes;
  let r;
  try {
    r = HTTPParserProto.execute.call(this, bytes);
  } finally {
    this.buf = null;
  }
  if (r < 0) return parserError(this, bytes);
  return (r - (r % 2)) / 2;
};
compatProto.finish = function finish() {
  const r = HTTPParserProto.finish.call(this);
  return r < 0 ? parserError(this) : undefined;
};
compatProto.remove = function remove() {};
compatProto.pause = function pause() {};
compatProto.resume = function resume() {};
compatProto.consume = function consume() {};
compatProto.unconsume = function unconsume() {};
compatProto.getCurrentBuffer = function getCurrentBuffer() {
  return Buffer.alloc(0);
};

function HTTPParser() {
  if (!new.target) throw new TypeError("Class constructor HTTPParser cannot be invoked without 'new'");
  return createParserObject(compatProto);
}
HTTPParser.REQUEST = kRequest;
HTTPParser.RESPONSE = kResponse;
HTTPParser.kOnMessageBegin = kOnMessageBegin;
HTTPParser.kOnHeaders = kOnHeadersSlot;
HTTPParser.kOnHeadersComplete = kOnHeadersComplete;
HTTPParser.kOnBody = kOnBody;
HTTPParser.kOnMessageComplete = kOnMessageComplete;
HTTPParser.kOnExecute = kOnExecute;
HTTPParser.kOnTimeout = kOnTimeout;
// The parser's leniencies, bit i for the i-th name, as llhttp numbers them
// (src/http/http_parser.h); kLenientAll is all but the last.
HTTPParser.kLenientNone = 0;
['Headers', 'ChunkedLength', 'KeepAlive', 'TransferEncoding', 'Version', 'DataAfterClose',
 'OptionalLFAfterCR', 'OptionalCRLFAfterChunk', 'OptionalCRBeforeLF', 'SpacesAfterChunkSize',
 'HeaderValueRelaxed'].forEach((name, i) => { HTTPParser[`kLenient${name}`] = 1 << i; });
HTTPParser.kLenientAll = HTTPParser.kLenientHeaderValueRelaxed - 1;
HTTPParser.methods = httpMethods;
HTTPParser.allMethods = methods;
HTTPParser.prototype = compatProto;

// Idle parsers, reused (as Node's pool of them; a test can see that a
// request on a reused socket gets the parser the last one had).
const parsers = {
  name: 'parsers', ctor: null, max: 1000, list: [],
  alloc() { return this.list.pop() ?? null; },
  free(p) { if (this.list.length < this.max) this.list.push(p); },
};

function newParser(type, maxHeaderSize, lenientFlags) {
  const p = parsers.alloc() ?? createParserObject(HTTPParserProto);
  p.initialize(type, maxHeaderSize || 0, lenientFlags);
  resetParserState(p, type);
  return p;
}

// A head's fields come as one string and their places in it, in
// binding.headOffsets (src/binding/http_parser.c), which the next head
// overwrites: they are read out first thing. headHeaders makes the flat
// [name, value, ...] list (rawHeaders); headField the request target or
// reason phrase.
const headOffsets = binding.headOffsets;

function headHeaders(head, rawHeaders) {
  if (rawHeaders !== undefined) return rawHeaders;
  const o = headOffsets;
  const n = o[0];
  const headers = new Array(n * 2);
  for (let i = 0, j = 3; i < n; i++, j += 4) {
    headers[2 * i] = head.slice(o[j], o[j + 1]);
    headers[2 * i + 1] = head.slice(o[j + 2], o[j + 3]);
  }
  return headers;
}

function headField(head) {
  return head.slice(headOffsets[1], headOffsets[2]);
}

// this: the parser. One call per head; the return value tells the parser
// whether a body follows (0), not (1: a response to HEAD, or 304...), or
// the stream becomes another protocol (2).
function parserOnHead(major, minor, head, method, statusCode, upgrade, shouldKeepAlive, rawHeaders,
                      bodyless) {
  const headers = headHeaders(head, rawHeaders);
  const field = headField(head);
  const socket = this.socket;
  const incoming = this.incoming = new this[kIncomingMessage](socket);
  incoming.httpVersionMajor = major;
  incoming.httpVersionMinor = minor;
  incoming.httpVersion = major === 1 ? (minor === 1 ? '1.1' : minor === 0 ? '1.0' : `1.${minor}`)
    : `${major}.${minor}`;
  incoming.joinDuplicateHeaders = this.joinDuplicateHeaders;
  incoming.url = method === undefined ? '' : field;
  incoming.upgrade = upgrade;
  let n = headers.length;
  const max = this.maxHeaderPairs;
  if (max > 0 && n > max) {
    n = max;
    headers.length = max;
  }
  incoming.rawHeaders = headers;
  if (method !== undefined) {
    incoming.method = methods[method];
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = field;
  }
  const r = this.onIncoming(incoming, shouldKeepAlive);
  // A request without a body ends here: what onComplete would do next,
  // without the parser's second call into JS.
  if (bodyless === true && r === 0) {
    parserOnComplete.call(this);
    return 3;
  }
  return r;
}

function parserOnBody(offset, length) {
  const stream = this.incoming;
  if (stream === null || stream[kSkipPendingData]) return;
  if (!stream._dumped) {
    const buf = this.buf;
    const chunk = new FastBuffer(buf.buffer, buf.byteOffset + offset, length);
    if (!stream.push(chunk)) readStop(this.socket);
  }
}

function parserOnTrailers(headers) {
  this.trailers = headers;
}

function parserOnComplete() {
  const stream = this.incoming;
  if (stream === null) return;
  // parser.incoming stays set: the server and client look at it after
  // execute() (complete, upgrade) and clear it when the body was read.
  stream.complete = true;
  this.completed++;
  const trailers = this.trailers;
  if (trailers !== null) {
    this.trailers = null;
    stream._addHeaderLines(trailers, trailers.length);
  }
  if (!stream.upgrade) {
    const rs = stream._readableState;
    if (this.type === kRequest && rs.length === 0 && !stream._consuming &&
        stream.readableFlowing === null && stream.listenerCount('data') === 0 &&
        stream.listenerCount('readable') === 0 && stream.listenerCount('end') === 0) {
      // Untouched so far: the end waits in kPendingEof (_http_incoming.js).
      stream[kPendingEof] = true;
    } else {
      // Node ends the body with a push(null): 'end' waits for the data.
      stream.push(null);
    }
  }
  readStart(this.socket);
}

// Node's parser objects have these; kiln's C parser holds nothing that
// needs freeing before the object is collected.
HTTPParserProto.free = function free() {};
HTTPParserProto.close = function close() {};
HTTPParserProto.onHead = parserOnHead;
HTTPParserProto.onBody = parserOnBody;
HTTPParserProto.onTrailers = parserOnTrailers;
HTTPParserProto.onComplete = parserOnComplete;

// A parse error as Node makes it: message 'Parse Error: <reason>', code
// 'HPE_...', reason, bytesParsed, rawPacket.
function parserError(parser, data) {
  const [code, reason, bytesParsed] = parser.error();
  const err = new Error(`Parse Error: ${reason}`);
  err.code = code;
  err.reason = reason;
  err.bytesParsed = bytesParsed;
  if (data !== undefined) {
    err.rawPacket = data instanceof FastBuffer ? data
      : new FastBuffer(data.buffer, data.byteOffset, data.byteLength);
  }
  return err;
}

// parser.execute over a socket's bytes; returns the bytes used or an error.
function parserExecute(parser, data) {
  parser.buf = data;
  let r;
  parser.executing = true;
  try {
    r = parser.execute(data);
  } finally {
    parser.executing = false;
    parser.buf = null;
  }
  if (r < 0) return parserError(parser, data);
  const inProgress = r % 2;
  parser.inProgress = inProgress === 1;
  return (r - inProgress) / 2;
}

// A callback of the parser (a 'response' or 'information' listener) can
// make the socket emit 'data' synchronously, while the parser is still
// running: those bytes wait here and go through onData after it returns.
function queueWhileExecuting(parser, data) {
  if (!parser.executing) return false;
  (parser.queue ??= []).push(data);
  return true;
}

function drainQueue(parser, self, onData) {
  const q = parser.queue;
  while (q && q.length && self.parser === parser) onData.call(self, q.shift());
}

// The socket's reads go to the parser in C (no onread, no Uint8Array per
// read); onConsumed(result, bytes, input) runs after the reads JS must see
// (src/binding/http_parser.c). False when the handle cannot be consumed.
function consumeHandle(parser, socket, handle, onConsumed) {
  if (fastConsume === undefined) return false;
  parser.onConsumed = onConsumed;
  if (nativeConsume(handle, parser[kNative], parser, consumeRead)) {
    socket[kBytesReadSource] = takeConsumedBytes;
    return true;
  }
  parser.onConsumed = null;
  return false;
}

// A consumed read's one call into JS: the parse runs inside it, so its
// callbacks are calls within JS, not entries from C.
function consumeRead(native, parser) {
  // As while execute runs: a parser let go of meanwhile stays out of the
  // free list (freeParser), where someone could take it mid-parse.
  parser.executing = true;
  const r = fastConsume(native, parser);
  parser.executing = false;
  if (r === 1) {
    const args = parser.consumedArgs;
    parser.consumedArgs = null;
    // The callbacks may have let go of the parser (the socket was
    // destroyed, the request upgraded); a callback's exception still
    // goes up.
    const onConsumed = parser.onConsumed;
    if (onConsumed !== null) {
      onConsumed(args[0], args[1], args[2]);
    } else if (args[0] === -3) {
      const err = parser.pendingError;
      parser.pendingError = undefined;
      throw err;
    }
  }
}

// socket.bytesRead's count of the bytes the parser took.
function takeConsumedBytes(socket) {
  const parser = socket.parser;
  return parser && parser.onConsumed !== null ? nativeTakeBytes(parser[kNative]) : 0;
}

// The reads go to handle.onread again; the bytes taken so far are counted.
function unconsumeHandle(parser) {
  if (parser.onConsumed === null) return;
  parser.onConsumed = null;
  const n = nativeUnconsume(parser[kNative]);
  const socket = parser.socket;
  if (socket) {
    socket[kBytesRead] += n;
    socket[kBytesReadSource] = null;
  }
}

function freeParser(parser, req, socket) {
  if (parser && parser.socket !== null) {
    unconsumeHandle(parser);
    parser.socket = null;
    parser.incoming = null;
    parser.onIncoming = null;
    parser.outgoing = null;
    parser.buf = null;
    parser.queue = null;
    parser.trailers = null;
    parser[kOnTimeout] = null;
    parser.joinDuplicateHeaders = null;
    if (typeof parser.free === 'function') parser.free();
    if (!parser.executing) parsers.free(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// RFC 9110 token characters.
const tokenTable = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~") tokenTable[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) tokenTable[c] = 1;
for (let c = 65; c <= 90; c++) tokenTable[c] = 1;
for (let c = 97; c <= 122; c++) tokenTable[c] = 1;

function checkIsHttpToken(val) {
  if (typeof val !== 'string' || val.length === 0) return false;
  for (let i = 0; i < val.length; i++) {
    const c = val.charCodeAt(i);
    if (c > 255 || tokenTable[c] !== 1) return false;
  }
  return true;
}

// Header values: HTAB, SP..~ and obs-text (0x80-0xff); anything else is
// invalid (NUL, CR, LF, other controls, DEL, characters past latin1).
// Lenient (the Fetch standard's rule, for httpValidation 'relaxed' and
// 'insecure' or the insecure parser): any byte but NUL, CR and LF.
function checkInvalidHeaderChar(val, lenient = false) {
  val = `${val}`;
  if (lenient) {
    for (let i = 0; i < val.length; i++) {
      const c = val.charCodeAt(i);
      if (c === 0 || c === 10 || c === 13 || c > 255) return true;
    }
    return false;
  }
  for (let i = 0; i < val.length; i++) {
    const c = val.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 127 || c > 255) return true;
  }
  return false;
}

// --insecure-http-parser (on the command line or in NODE_OPTIONS): the
// first use warns once, as in Node.
let insecureHTTPParser;
let warnedLenient = false;
function isLenient() {
  insecureHTTPParser ??= natives.execArgv.includes('--insecure-http-parser');
  if (insecureHTTPParser && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return insecureHTTPParser;
}

// The parser's leniencies for a server or request: its httpValidation
// option, else its insecureHTTPParser option, else the command line's.
function calculateLenientFlags(httpValidation, insecureHTTPParserOption) {
  if (httpValidation === 'strict') return HTTPParser.kLenientNone;
  if (httpValidation === 'relaxed') return HTTPParser.kLenientHeaderValueRelaxed;
  if (httpValidation === 'insecure') return HTTPParser.kLenientAll;
  const lenient = insecureHTTPParserOption === undefined ? isLenient() : insecureHTTPParserOption;
  return lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone;
}

// httpValidation and insecureHTTPParser of server or request options,
// checked and stored on `target`.
function storeValidationOptions(target, options) {
  const insecure = options.insecureHTTPParser;
  if (insecure !== undefined) validateBoolean(insecure, 'options.insecureHTTPParser');
  target.insecureHTTPParser = insecure;
  const httpValidation = options.httpValidation;
  if (httpValidation !== undefined) {
    validateOneOf(httpValidation, 'options.httpValidation', ['strict', 'relaxed', 'insecure']);
    if (insecure !== undefined) {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(
        'options.httpValidation', httpValidation, 'cannot be used together with options.insecureHTTPParser');
    }
  }
  target.httpValidation = httpValidation;
}

const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const CRLF = '\r\n';

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  continueExpression,
  CRLF,
  freeParser,
  consumeHandle,
  unconsumeHandle,
  methods: httpMethods,
  allMethods: methods,
  sortedMethods: METHODS,
  parsers,
  kIncomingMessage,
  kRequest,
  kResponse,
  kSkipPendingData,
  kOnHeaders,
  HTTPParser,
  newParser,
  parserExecute,
  parserError,
  queueWhileExecuting,
  drainQueue,
  isLenient,
  calculateLenientFlags,
  storeValidationOptions,
  prepareError(err, parser, rawPacket) {
    err.rawPacket = rawPacket;
  },
};
