'use strict';
// fetch() over http: (the Fetch standard's HTTP-network fetch and its
// redirect handling), built on node:http with an Agent of its own, as Node's
// undici keeps its own connection pool apart from http.globalAgent.
//
// What goes on the wire follows Node 24: Host and Connection first, then the
// request's headers in the order they were added (with their own spelling),
// then the defaults undici adds when missing (accept, accept-language,
// sec-fetch-mode, user-agent, accept-encoding), then the body's length.

const { makeResponse } = require('internal/fetch/response');
const { BodyState } = require('internal/fetch/body');
const { Blob } = require('internal/blob');
// Loaded by fetch.js once that module is complete, so no cycle at load.
const { kBadPorts, networkError } = require('internal/fetch/fetch');

const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayPrototypePush = Array.prototype.push;
const Uint8ArrayCtor = Uint8Array;
const BlobPrototypeBytes = Blob.prototype.bytes;
const ErrorCtor = Error;
const PromiseCtor = Promise;
const StringPrototypeToLowerCase = String.prototype.toLowerCase;
const StringPrototypeSplit = String.prototype.split;
const StringPrototypeTrim = String.prototype.trim;
const TypeErrorCtor = TypeError;
const TypedArrayPrototypeSlice = Object.getPrototypeOf(Uint8Array.prototype).slice;

let http;
let agent;
let zlib;
let ReadableStream;

// The proxy fetch goes through, as undici's EnvHttpProxyAgent: null for
// none; undefined until --use-env-proxy / NODE_USE_ENV_PROXY=1 are read.
let proxyConfig;

function getAgent() {
  // keepAlive: sockets wait (unref'd) for the next fetch to the same host.
  if (agent === undefined) {
    if (proxyConfig === undefined) {
      const { useEnvProxy, parseProxyConfigFromEnv } = require('internal/http');
      proxyConfig = useEnvProxy() ? parseProxyConfigFromEnv(process.env, 'http:', true) : null;
    }
    agent = new http.Agent({ keepAlive: true, scheduling: 'lifo' });
    if (proxyConfig !== null) agent.createConnection = tunnelConnection(proxyConfig);
  }
  return agent;
}

// Connections through the proxy are CONNECT tunnels, for http: targets too
// (as undici does), but to the hosts NO_PROXY lists.
function tunnelConnection(config) {
  const { checkShouldUseProxy } = require('internal/http');
  const net = require('net');
  return function createConnection(options, cb) {
    if (!checkShouldUseProxy(config, options)) return net.createConnection(options);
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    const target = `${host}:${options.port}`;
    const headers = { host: target, 'proxy-connection': 'keep-alive' };
    if (config.auth) headers['proxy-authorization'] = config.auth;
    const req = http.request({
      ...config.proxyConnectionOptions, method: 'CONNECT', path: target, headers, agent: false, setHost: false,
    });
    req.on('connect', (res, socket, head) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        cb(new RequestAbortedError(`Proxy response (${res.statusCode}) !== 200 when HTTP Tunneling`));
        return;
      }
      if (head.length > 0) socket.unshift(head);
      cb(null, socket);
    });
    req.on('error', (err) => cb(err));
    req.end();
    return undefined;
  };
}

// http.setGlobalProxyFromEnv's part for fetch: the new proxy (a
// ProxyConfig or null), and the previous one back.
function setProxyConfig(config) {
  const previous = proxyConfig;
  proxyConfig = config;
  if (agent !== undefined) {
    agent.destroy();
    agent = undefined;
  }
  return previous;
}

// undici's names for what node:http reports as a hang-up or a parse error.
class SocketError extends ErrorCtor {
  constructor() {
    super('other side closed');
    this.name = 'SocketError';
    this.code = 'UND_ERR_SOCKET';
  }
}

class HTTPParserError extends ErrorCtor {
  constructor(reason) {
    super(`Response does not match the HTTP/1.1 protocol (${reason})`);
    this.name = 'HTTPParserError';
  }
}

// The cause undici gives for an error of node:http's client.
// undici's error for a tunnel the proxy refused.
class RequestAbortedError extends ErrorCtor {
  constructor(message) {
    super(message);
    this.name = 'AbortError';
    this.code = 'UND_ERR_ABORTED';
  }
}

function clientErrorCause(err) {
  if (err === null || typeof err !== 'object') return err;
  // An aborted request: undici reports "Request was cancelled." caused by
  // the abort.
  if (err instanceof RequestAbortedError) {
    const { DOMException } = require('internal/per_context/domexception');
    const cancelled = new DOMException('Request was cancelled.');
    cancelled.cause = err;
    return cancelled;
  }
  if (err.code === 'ECONNRESET' && err.syscall === undefined &&
      (err.message === 'socket hang up' || err.message === 'aborted')) {
    return new SocketError();
  }
  if (typeof err.code === 'string' && err.code.startsWith('HPE_')) {
    let reason = err.reason;
    if (typeof reason !== 'string') reason = `${err.message}`.replace(/^Parse Error: /, '');
    return new HTTPParserError(reason);
  }
  return err;
}

class InvalidArgumentError extends ErrorCtor {
  constructor(message) {
    super(message);
    this.name = 'InvalidArgumentError';
    this.code = 'UND_ERR_INVALID_ARG';
  }
}

class RequestContentLengthMismatchError extends ErrorCtor {
  constructor() {
    super('Request body length does not match content-length header');
    this.name = 'RequestContentLengthMismatchError';
    this.code = 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH';
  }
}

function terminated(err) {
  return new TypeErrorCtor('terminated', { cause: clientErrorCause(err) });
}

function isRedirectStatus(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function isNullBodyStatus(status) {
  return status === 101 || status === 103 || status === 204 || status === 205 || status === 304;
}

const kRequestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type',
  'content-length'];

function hasHeader(list, name) {
  for (let i = 0; i < list.length; i++) {
    if (StringPrototypeToLowerCase.call(list[i][0]) === name) return true;
  }
  return false;
}

function removeHeaders(list, names) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const lower = StringPrototypeToLowerCase.call(list[i][0]);
    let drop = false;
    for (let j = 0; j < names.length; j++) {
      if (names[j] === lower) drop = true;
    }
    if (!drop) ArrayPrototypePush.call(out, list[i]);
  }
  return out;
}

// The wire headers (an array of [name, value] for http.request) of one hop.
// Throws undici's InvalidArgumentError for the headers it will not send.
function wireHeaders(state) {
  const { url, method, headerList, body } = state;
  const out = [['host', url.host], ['connection', method === 'HEAD' ? 'close' : 'keep-alive']];
  for (let i = 0; i < headerList.length; i++) {
    const name = StringPrototypeToLowerCase.call(headerList[i][0]);
    // undici computes these itself from the URL, the body and the pool;
    // of a caller's Connection it honours only "close".
    if (name === 'connection') {
      if (StringPrototypeToLowerCase.call(headerList[i][1]) === 'close') out[1][1] = 'close';
      continue;
    }
    if (name === 'transfer-encoding' || name === 'keep-alive' || name === 'upgrade') {
      throw new InvalidArgumentError(`invalid ${name} header`);
    }
    if (name === 'content-length' && body !== null && body.parts !== null &&
        `${headerList[i][1]}` !== `${body.length}`) {
      throw new RequestContentLengthMismatchError();
    }
    if (name === 'host' || name === 'content-length') continue;
    ArrayPrototypePush.call(out, headerList[i]);
  }
  if (!hasHeader(headerList, 'accept')) ArrayPrototypePush.call(out, ['accept', '*/*']);
  if (!hasHeader(headerList, 'accept-language')) ArrayPrototypePush.call(out, ['accept-language', '*']);
  if (!hasHeader(headerList, 'sec-fetch-mode')) ArrayPrototypePush.call(out, ['sec-fetch-mode', 'cors']);
  if (!hasHeader(headerList, 'user-agent')) ArrayPrototypePush.call(out, ['user-agent', 'node']);
  if (!hasHeader(headerList, 'accept-encoding')) ArrayPrototypePush.call(out, ['accept-encoding', 'gzip, deflate']);
  if (body !== null) {
    if (body.parts !== null) ArrayPrototypePush.call(out, ['content-length', `${body.length}`]);
    else ArrayPrototypePush.call(out, ['transfer-encoding', 'chunked']);
  } else if (method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'QUERY') {
    ArrayPrototypePush.call(out, ['content-length', '0']);
  }
  return out;
}

let Buffer;

// A chunk of a request body stream as bytes: a view's bytes, or what
// Buffer makes of it; Buffer.byteLength gives Node's TypeError for the rest.
function chunkBytes(value) {
  if (ArrayBufferIsView(value)) {
    return new Uint8ArrayCtor(value.buffer, value.byteOffset, value.byteLength);
  }
  Buffer ??= require('buffer').Buffer;
  Buffer.byteLength(value);
  return Buffer.from(value);
}

// Writes a body to the ClientRequest and ends it; rejects when a source
// (a Blob read or the user's stream) fails.
async function writeBody(req, body) {
  if (body === null) {
    req.end();
    return;
  }
  if (body.parts !== null) {
    const parts = body.parts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const bytes = part instanceof Blob ? await BlobPrototypeBytes.call(part) : part;
      if (bytes.length > 0 && !req.destroyed) req.write(bytes);
    }
    if (!req.destroyed) req.end();
    return;
  }
  // The stream stays locked afterwards, as in Node: fetch() consumed it.
  const reader = body.stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (req.destroyed) {
      reader.cancel().catch(() => {});
      return;
    }
    if (!req.write(chunkBytes(value))) {
      await new PromiseCtor((resolve) => {
        const done = () => {
          req.removeListener('drain', done);
          req.removeListener('close', done);
          resolve();
        };
        req.on('drain', done);
        req.on('close', done);
      });
    }
  }
  if (!req.destroyed) req.end();
}

// "deflate" is meant to be zlib-wrapped, but servers also send it raw; as
// undici does, the first byte tells (a zlib header's low nibble is 8).
function deflateDecoder() {
  const { Transform } = require('stream');
  const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let inner = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (chunk.length === 0) return callback();
      if (inner === null) {
        inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inner.on('data', (data) => this.push(data));
        inner.on('error', (err) => this.destroy(err));
      }
      inner.write(chunk, () => callback());
    },
    flush(callback) {
      if (inner === null) return callback();
      inner.once('end', () => callback());
      inner.end();
    },
  });
}

// The decoders for a Content-Encoding, outermost first; an unknown coding
// leaves the body as it came, as undici does.
function decoders(value) {
  zlib ??= require('zlib');
  const codings = StringPrototypeSplit.call(value, ',');
  if (codings.length > 5) {
    throw new ErrorCtor(`too many content-encodings in response: ${codings.length}, maximum allowed is 5`);
  }
  const out = [];
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = StringPrototypeToLowerCase.call(StringPrototypeTrim.call(codings[i]));
    if (coding === 'gzip' || coding === 'x-gzip') {
      ArrayPrototypePush.call(out, zlib.createGunzip({
        flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH,
      }));
    } else if (coding === 'deflate') {
      ArrayPrototypePush.call(out, deflateDecoder());
    } else if (coding === 'br') {
      ArrayPrototypePush.call(out, zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else if (coding === 'zstd' && typeof zlib.createZstdDecompress === 'function') {
      ArrayPrototypePush.call(out, zlib.createZstdDecompress({
        flush: zlib.constants.ZSTD_e_continue, finishFlush: zlib.constants.ZSTD_e_end,
      }));
    } else {
      return [];
    }
  }
  return out;
}

// A web byte stream over a Node readable: one chunk per 'data', paused
// while the queue is full (backpressure), resumed on pull.
function webStream(source, fetchState) {
  ReadableStream ??= require('internal/webstreams/readablestream').ReadableStream;
  let controller;
  let done = false;
  const finish = () => {
    done = true;
    fetchState.finish();
  };
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) {
      controller = c;
    },
    pull() {
      if (!done && source.isPaused()) source.resume();
    },
    cancel() {
      if (done) return;
      finish();
      fetchState.destroy();
    },
  }, { highWaterMark: 65536 });
  source.on('data', (chunk) => {
    if (done) return;
    controller.enqueue(TypedArrayPrototypeSlice.call(chunk));
    if (controller.desiredSize <= 0) source.pause();
  });
  source.on('end', () => {
    if (done) return;
    finish();
    controller.close();
    controller.byobRequest?.respond(0);
  });
  fetchState.onBodyError = (err) => {
    if (done) return;
    finish();
    controller.error(err);
  };
  source.pause();
  return stream;
}

// One fetch: the hops of its redirect chain, then the body.
class FetchState {
  constructor(request, resolve, reject) {
    this.url = request.url;
    this.urlList = [...request.urlList];
    this.method = request.method;
    this.headerList = request.headerEntries;
    this.body = request.body;
    this.redirect = request.redirect;
    this.signal = request.signal;
    this.redirectCount = 0;
    this.resolve = resolve;
    this.reject = reject;
    this.settled = false;     // the fetch promise resolved or rejected
    this.finished = false;    // nothing more happens: listeners are gone
    this.req = null;
    this.res = null;
    this.onBodyError = null;
    this.onAbort = () => this.abort();
    this.signal.addEventListener('abort', this.onAbort, { once: true });
  }

  fail(err) {
    if (this.settled) {
      if (this.onBodyError !== null) this.onBodyError(err);
      return;
    }
    this.settled = true;
    this.finish();
    this.reject(err);
  }

  finish() {
    if (this.finished) return;
    this.finished = true;
    this.signal.removeEventListener('abort', this.onAbort);
  }

  destroy() {
    if (this.res !== null) this.res.destroy();
    if (this.req !== null) this.req.destroy();
  }

  abort() {
    const reason = this.signal.reason;
    this.fail(reason);
    this.destroy();
  }

  send() {
    http ??= require('http');
    let req;
    try {
      req = http.request({
        ...require('internal/http').urlTarget(this.url),
        method: this.method,
        headers: wireHeaders(this),
        agent: getAgent(),
        setHost: false,
      });
    } catch (err) {
      this.fail(networkError(null, err));
      return;
    }
    this.req = req;
    req.on('error', (err) => {
      if (this.req !== req) return;
      if (this.settled && this.res !== null) {
        this.fail(terminated(err));
      } else {
        this.fail(networkError(null, clientErrorCause(err)));
      }
    });
    req.on('response', (res) => this.onResponse(req, res));
    writeBody(req, this.body).catch((err) => {
      req.destroy();
      this.fail(networkError(null, err));
    });
  }

  onResponse(req, res) {
    if (this.req !== req || this.finished) {
      res.resume();
      return;
    }
    this.res = res;
    const status = res.statusCode;
    const raw = res.rawHeaders;
    const headerList = [];
    let location = null;
    let encoding = null;
    for (let i = 0; i < raw.length; i += 2) {
      ArrayPrototypePush.call(headerList, [raw[i], raw[i + 1]]);
      const name = StringPrototypeToLowerCase.call(raw[i]);
      if (name === 'location' && location === null) location = raw[i + 1];
      else if (name === 'content-encoding') encoding = encoding === null ? raw[i + 1] : `${encoding}, ${raw[i + 1]}`;
    }
    if (isRedirectStatus(status) && location !== null && this.redirect !== 'manual') {
      res.resume();
      this.res = null;
      if (this.redirect === 'error') {
        this.req = null;
        this.fail(networkError('unexpected redirect'));
        return;
      }
      this.followRedirect(status, location);
      return;
    }
    let body = null;
    const noBody = this.method === 'HEAD' || this.method === 'CONNECT' || isNullBodyStatus(status);
    if (noBody) {
      res.resume();
      this.finish();
    } else {
      let source = res;
      let length = null;
      let chain;
      try {
        chain = encoding === null ? [] : decoders(encoding);
      } catch (err) {
        res.destroy();
        this.fail(networkError(null, err));
        return;
      }
      if (chain.length === 0) {
        const cl = res.headers['content-length'];
        if (cl !== undefined && /^\d+$/.test(cl)) length = +cl;
      }
      for (let i = 0; i < chain.length; i++) {
        const next = chain[i];
        source.on('error', (err) => next.destroy(err));
        source.pipe(next);
        source = next;
      }
      const last = source;
      if (chain.length > 0) {
        last.on('error', (err) => {
          if (!this.finished) this.fail(terminated(err));
        });
      }
      res.on('error', (err) => {
        if (!this.finished && chain.length === 0) this.fail(terminated(err));
      });
      res.on('close', () => {
        if (!res.complete && !this.finished) this.fail(new TypeErrorCtor('terminated', { cause: new SocketError() }));
      });
      body = new BodyState(webStream(last, this), null, length);
    }
    this.settled = true;
    this.resolve(makeResponse({
      status, statusText: res.statusMessage, urlList: this.urlList, headerList, body,
    }));
  }

  followRedirect(status, location) {
    this.req = null;
    let next;
    URL ??= require('internal/url').URL;
    try {
      next = new URL(location, this.url);
    } catch (err) {
      this.fail(networkError(null, err));
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      this.fail(networkError('URL scheme must be a HTTP(S) scheme'));
      return;
    }
    if (this.redirectCount === 20) {
      this.fail(networkError('redirect count exceeded'));
      return;
    }
    this.redirectCount++;
    if (status !== 303 && this.body !== null && this.body.parts === null) {
      this.fail(networkError(null, new ErrorCtor('Cannot follow a redirect with a streamed request body')));
      return;
    }
    if (((status === 301 || status === 302) && this.method === 'POST') ||
        (status === 303 && this.method !== 'GET' && this.method !== 'HEAD')) {
      this.method = 'GET';
      this.body = null;
      this.headerList = removeHeaders(this.headerList, kRequestBodyHeaders);
    }
    if (next.origin !== this.url.origin) {
      this.headerList = removeHeaders(this.headerList, ['authorization', 'proxy-authorization', 'cookie', 'host']);
    }
    ArrayPrototypePush.call(this.urlList, next);
    this.url = next;
    // Every hop is checked, as the first URL was.
    if (kBadPorts.has(+next.port)) {
      this.fail(networkError('bad port'));
      return;
    }
    if (next.protocol === 'https:') {
      this.fail(networkError(null, httpsNotSupported()));
      return;
    }
    this.send();
  }
}

let URL;
let notImplemented;
function httpsNotSupported() {
  notImplemented ??= require('internal/errors').codes.ERR_NOT_IMPLEMENTED;
  return new notImplemented('fetch() of https: URLs (no TLS client)');
}

// The response to an http: request, as a promise; rejects with a network
// error, or with the signal's reason once it aborts.
function httpFetch(request) {
  return new PromiseCtor((resolve, reject) => {
    const state = new FetchState(request, resolve, reject);
    if (request.signal.aborted) {
      state.abort();
      return;
    }
    state.send();
  });
}

module.exports = {
  httpFetch,
  httpsNotSupported,
  setProxyConfig,
};
