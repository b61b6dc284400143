'use strict';
// Response (the Fetch standard), with the body mixin from
// internal/fetch/body. fetch() makes its responses through makeResponse.

const {
  illegalInvocation, toByteString,
} = require('internal/fetch/util');
const {
  Headers, appendHeader, copyHeaders, fillHeaders, headerValue, makeHeaders, setGuard,
} = require('internal/fetch/headers');
const {
  bodyStream, bodyUnusable, bodyUsed, bytesBody, cloneBody, extractBody, installBodyMixin, utf8,
} = require('internal/fetch/body');

const JSONStringify = JSON.stringify;
const NumberCtor = Number;
const NumberIsFinite = Number.isFinite;
const MathTrunc = Math.trunc;
const ObjectDefineProperties = Object.defineProperties;
const RangeErrorCtor = RangeError;
const StringCtor = String;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const TypeErrorCtor = TypeError;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

let URLCtor;
function parseURL(input) {
  URLCtor ??= require('internal/url').URL;
  return new URLCtor(input);
}

// WebIDL unsigned short.
function toUnsignedShort(value) {
  let n = NumberCtor(value);
  if (!NumberIsFinite(n)) return 0;
  n = MathTrunc(n) % 65536;
  return n < 0 ? n + 65536 : n;
}

function isReasonPhrase(str) {
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt.call(str, i);
    if (!(c === 0x09 || (c >= 0x20 && c <= 0x7e) || c >= 0x80)) return false;
  }
  return true;
}

function isNullBodyStatus(status) {
  return status === 101 || status === 103 || status === 204 || status === 205 || status === 304;
}

function isRedirectStatus(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function checkDictionary(value) {
  if (value !== undefined && value !== null && typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeErrorCtor(`undefined: Expected ${StringCtor(value)} to be one of: Null, Undefined, Object.`);
  }
}

// The ResponseInit dictionary, members read in WebIDL's (alphabetical) order.
function readInit(init) {
  checkDictionary(init);
  const out = { headers: undefined, status: 200, statusText: '' };
  if (init == null) return out;
  out.headers = init.headers;
  const status = init.status;
  if (status !== undefined) out.status = toUnsignedShort(status);
  const statusText = init.statusText;
  if (statusText !== undefined) out.statusText = toByteString(statusText);
  return out;
}

let isResponse;
let responseState;
let newResponse;
let initResponse;
const kInternal = Symbol('internal');

class Response {
  #type = 'default';
  #status = 200;
  #statusText = '';
  #urlList = [];
  #headers;
  #body = null;

  static {
    isResponse = (value) => typeof value === 'object' && value !== null && #type in value;
    responseState = (response) => {
      if (!isResponse(response)) throw illegalInvocation();
      return response.#body;
    };
    newResponse = (fields) => {
      const response = new Response(kInternal);
      response.#type = fields.type;
      response.#status = fields.status;
      response.#statusText = fields.statusText;
      response.#urlList = fields.urlList;
      response.#headers = fields.headers;
      response.#body = fields.body;
      return response;
    };
  }

  constructor(body = null, init = undefined) {
    if (body === kInternal) return;
    const { headers, status, statusText } = readInit(init);
    this.#headers = makeHeaders('response');
    initResponse(this, status, statusText, headers);
    if (body !== null) {
      if (isNullBodyStatus(status)) {
        throw new TypeErrorCtor(`Response constructor: Invalid response status code ${status}`);
      }
      const extracted = extractBody(body, false);
      this.#body = extracted.body;
      if (extracted.type !== null && headerValue(this.#headers, 'content-type') === null) {
        appendHeader(this.#headers, 'content-type', extracted.type);
      }
    }
  }

  static {
    // The standard's "initialize a response": status range, reason phrase, headers.
    initResponse = (response, status, statusText, headers) => {
      if (status < 200 || status > 599) {
        throw new RangeErrorCtor('init["status"] must be in the range of 200 to 599, inclusive.');
      }
      if (!isReasonPhrase(statusText)) throw new TypeErrorCtor('Invalid statusText');
      response.#status = status;
      response.#statusText = statusText;
      if (headers !== undefined) fillHeaders(response.#headers, headers);
    };
  }

  static error() {
    return newResponse({
      type: 'error', status: 0, statusText: '', urlList: [], headers: makeHeaders('immutable'), body: null,
    });
  }

  static json(data, init = undefined) {
    const text = JSONStringify(data);
    if (text === undefined) throw new TypeErrorCtor('Value is not JSON serializable');
    const { headers, status, statusText } = readInit(init);
    const response = newResponse({
      type: 'default', status: 200, statusText: '', urlList: [], headers: makeHeaders('response'), body: null,
    });
    initResponse(response, status, statusText, headers);
    if (isNullBodyStatus(status)) throw new TypeErrorCtor(`Response constructor: Invalid response status code ${status}`);
    response.#body = bytesBody(utf8(text));
    if (headerValue(response.#headers, 'content-type') === null) {
      appendHeader(response.#headers, 'content-type', 'application/json');
    }
    return response;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = parseURL(`${url}`);
    } catch (err) {
      throw new TypeErrorCtor(`Failed to parse URL from ${url}`, { cause: err });
    }
    status = toUnsignedShort(status);
    if (!isRedirectStatus(status)) throw new RangeErrorCtor(`Invalid status code ${status}`);
    const headers = makeHeaders('immutable');
    appendHeader(headers, 'location', parsed.href);
    return newResponse({ type: 'default', status, statusText: '', urlList: [], headers, body: null });
  }

  get type() {
    if (!isResponse(this)) throw illegalInvocation();
    return this.#type;
  }

  get url() {
    if (!isResponse(this)) throw illegalInvocation();
    const list = this.#urlList;
    if (list.length === 0) return '';
    const href = list[list.length - 1].href;
    const hash = href.indexOf('#');
    return hash === -1 ? href : href.slice(0, hash);
  }

  get redirected() {
    if (!isResponse(this)) throw illegalInvocation();
    return this.#urlList.length > 1;
  }

  get status() {
    if (!isResponse(this)) throw illegalInvocation();
    return this.#status;
  }

  get ok() {
    if (!isResponse(this)) throw illegalInvocation();
    return this.#status >= 200 && this.#status <= 299;
  }

  get statusText() {
    if (!isResponse(this)) throw illegalInvocation();
    return this.#statusText;
  }

  get headers() {
    if (!isResponse(this)) throw illegalInvocation();
    return this.#headers;
  }

  get body() {
    if (!isResponse(this)) throw illegalInvocation();
    return this.#body === null ? null : bodyStream(this.#body);
  }

  get bodyUsed() {
    if (!isResponse(this)) throw illegalInvocation();
    return bodyUsed(this.#body);
  }

  clone() {
    if (!isResponse(this)) throw illegalInvocation();
    if (bodyUnusable(this.#body)) throw new TypeErrorCtor('Response.clone: Body has already been consumed.');
    return newResponse({
      type: this.#type,
      status: this.#status,
      statusText: this.#statusText,
      urlList: [...this.#urlList],
      headers: copyHeaders(this.#headers, guardOf(this)),
      body: this.#body === null ? null : cloneBody(this.#body),
    });
  }

  [kInspectCustom](depth, options, inspect) {
    if (!isResponse(this)) return this;
    if (options.depth === null) options.depth = 2;
    const fields = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(fields, options)}`;
  }
}


let getGuard;
function guardOf(response) {
  getGuard ??= require('internal/fetch/headers').getGuard;
  return getGuard(response.headers);
}

installBodyMixin(Response.prototype, responseState,
                 (response) => headerValue(response.headers, 'content-type'));

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(Response, {
  error: kEnumerable,
  json: kEnumerable,
  redirect: kEnumerable,
});
ObjectDefineProperties(Response.prototype, {
  type: kEnumerable,
  url: kEnumerable,
  redirected: kEnumerable,
  status: kEnumerable,
  ok: kEnumerable,
  statusText: kEnumerable,
  headers: kEnumerable,
  body: kEnumerable,
  bodyUsed: kEnumerable,
  clone: kEnumerable,
  [Symbol.toStringTag]: { __proto__: null, value: 'Response', configurable: true },
});

// A response fetch() made: headers as [name, value] pairs, immutable.
function makeResponse({ type = 'basic', status = 200, statusText = '', urlList, headerList, body }) {
  const headers = new Headers();
  for (let i = 0; i < headerList.length; i++) appendHeader(headers, headerList[i][0], headerList[i][1]);
  setGuard(headers, 'immutable');
  return newResponse({ type, status, statusText, urlList, headers, body });
}

natives.uncloneable.add(Response.prototype);
module.exports = {
  Response,
  isResponse,
  makeResponse,
};
