'use strict';
// Request (the Fetch standard's constructor steps), with the body mixin
// from internal/fetch/body. Node has no document, so there is no base URL:
// a relative URL fails to parse, and the referrer stays "client".

const {
  enumError, illegalInvocation, isToken, stringify, toByteString, toDOMString, toEnum, toUSVString,
} = require('internal/fetch/util');
const {
  appendHeader, copyHeaders, fillHeaders, getGuard, headerValue, makeHeaders, setGuard,
} = require('internal/fetch/headers');
const {
  bodyStream, bodyUnusable, bodyUsed, cloneBody, extractBody, installBodyMixin, takeBody,
} = require('internal/fetch/body');

const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectKeys = Object.keys;
const StringCtor = String;
const StringPrototypeToUpperCase = String.prototype.toUpperCase;
const TypeErrorCtor = TypeError;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

let URLCtor;
function parseURL(input) {
  URLCtor ??= require('internal/url').URL;
  return new URLCtor(input);
}

let abortModule;
function abort() {
  return (abortModule ??= require('internal/abort_controller'));
}

const kModes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const kCredentials = ['omit', 'same-origin', 'include'];
const kCaches = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const kRedirects = ['follow', 'error', 'manual'];
const kReferrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
  'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const kDuplexes = ['half'];
// Printed in this order by Node's message for a bad redirect value.
const kRedirectsMessage = ['follow', 'manual', 'error'];

// Methods the standard upper-cases; any other keeps its case.
const kNormalizedMethods = { __proto__: null, DELETE: 1, GET: 1, HEAD: 1, OPTIONS: 1, POST: 1, PUT: 1 };
const kForbiddenMethods = { __proto__: null, CONNECT: 1, TRACE: 1, TRACK: 1 };

let patchWarned = false;

function normalizeMethod(method) {
  const upper = StringPrototypeToUpperCase.call(method);
  if (kNormalizedMethods[upper] === 1) return upper;
  if (!patchWarned && method === 'patch') {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
                        '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return method;
}

// The RequestInit dictionary, each member read and converted in WebIDL's
// (alphabetical) order; absent members stay undefined.
function readInit(init) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeErrorCtor(`undefined: Expected ${StringCtor(init)} to be one of: Null, Undefined, Object.`);
  }
  const out = { __proto__: null, empty: true };
  if (init == null) return out;
  out.empty = ObjectKeys(init).length === 0;
  out.body = init.body;
  let v = init.cache;
  if (v !== undefined) out.cache = toEnum(v, kCaches);
  v = init.credentials;
  if (v !== undefined) out.credentials = toEnum(v, kCredentials);
  v = init.duplex;
  if (v !== undefined) out.duplex = toEnum(v, kDuplexes);
  out.headers = init.headers;
  v = init.integrity;
  if (v !== undefined) out.integrity = toDOMString(v);
  v = init.keepalive;
  if (v !== undefined) out.keepalive = !!v;
  v = init.method;
  if (v !== undefined) out.method = toByteString(v);
  v = init.mode;
  if (v !== undefined) out.mode = toEnum(v, kModes);
  v = init.redirect;
  if (v !== undefined) {
    v = toDOMString(v);
    if (!kRedirects.includes(v)) throw enumError(v, kRedirectsMessage);
    out.redirect = v;
  }
  v = init.referrer;
  if (v !== undefined) out.referrer = toUSVString(v);
  v = init.referrerPolicy;
  if (v !== undefined) out.referrerPolicy = toEnum(v, kReferrerPolicies);
  v = init.signal;
  if (v !== undefined) {
    if (v !== null && !abort().isAbortSignal(v)) {
      throw new TypeErrorCtor(`RequestInit: Expected signal ("${stringify(v)}") to be an instance of AbortSignal.`);
    }
    out.signal = v;
  }
  out.window = init.window;
  return out;
}


let isRequest;
let requestState;
let requestInternals;
// new Request(kClone) makes a blank request for clone() to fill in.
const kClone = Symbol('clone');

class Request {
  #method = 'GET';
  #urlList;
  #headers;
  #referrer = 'client';
  #referrerPolicy = '';
  #mode = 'cors';
  #credentials = 'same-origin';
  #cache = 'default';
  #redirect = 'follow';
  #integrity = '';
  #keepalive = false;
  #reloadNavigation = false;
  #historyNavigation = false;
  #signal;
  #body = null;

  static {
    isRequest = (value) => typeof value === 'object' && value !== null && #urlList in value;
    requestState = (request) => {
      if (!isRequest(request)) throw illegalInvocation();
      return request.#body;
    };
    requestInternals = (request) => ({
      method: request.#method,
      url: request.#urlList[request.#urlList.length - 1],
      urlList: request.#urlList,
      body: request.#body,
      signal: request.#signal,
      headers: request.#headers,
      redirect: request.#redirect,
    });
  }

  constructor(input, init = undefined) {
    if (input === kClone) return;
    if (arguments.length < 1) {
      throw new TypeErrorCtor('Request constructor: 1 argument required, but 0 found.');
    }
    const inputIsRequest = isRequest(input);
    if (!inputIsRequest) input = toUSVString(input);
    const options = readInit(init);

    let signal = null;
    let fallbackMode = null;
    if (!inputIsRequest) {
      let url;
      try {
        url = parseURL(input);
      } catch (err) {
        throw new TypeErrorCtor(`Failed to parse URL from ${input}`, { cause: err });
      }
      if (url.username !== '' || url.password !== '') {
        throw new TypeErrorCtor(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      this.#urlList = [url];
      fallbackMode = 'cors';
    } else {
      this.#method = input.#method;
      this.#urlList = [...input.#urlList];
      this.#referrer = input.#referrer;
      this.#referrerPolicy = input.#referrerPolicy;
      this.#mode = input.#mode;
      this.#credentials = input.#credentials;
      this.#cache = input.#cache;
      this.#redirect = input.#redirect;
      this.#integrity = input.#integrity;
      this.#keepalive = input.#keepalive;
      this.#reloadNavigation = input.#reloadNavigation;
      this.#historyNavigation = input.#historyNavigation;
      signal = input.#signal;
    }

    if (options.window != null) throw new TypeErrorCtor("'window' option 'client' must be null");

    // The standard resets these only when init has members; Node's fetch
    // always does (new Request(request) keeps no referrer), and so do we.
    if (this.#mode === 'navigate') this.#mode = 'same-origin';
    this.#reloadNavigation = false;
    this.#historyNavigation = false;
    this.#referrer = 'client';
    this.#referrerPolicy = '';
    this.#urlList = [this.#urlList[this.#urlList.length - 1]];

    if (options.referrer !== undefined) {
      const referrer = options.referrer;
      if (referrer === '') {
        this.#referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = parseURL(referrer);
        } catch (err) {
          throw new TypeErrorCtor(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
        }
        this.#referrer = parsed.protocol === 'about:' && parsed.pathname === 'client' ? 'client' : parsed;
      }
    }
    if (options.referrerPolicy !== undefined) this.#referrerPolicy = options.referrerPolicy;

    let mode = fallbackMode;
    if (options.mode !== undefined) {
      if (options.mode === 'navigate') {
        throw new TypeErrorCtor('Request constructor: invalid request mode navigate.');
      }
      mode = options.mode;
    }
    if (mode !== null) this.#mode = mode;
    if (options.credentials !== undefined) this.#credentials = options.credentials;
    if (options.cache !== undefined) {
      this.#cache = options.cache;
      if (this.#cache === 'only-if-cached' && this.#mode !== 'same-origin') {
        throw new TypeErrorCtor("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    if (options.redirect !== undefined) this.#redirect = options.redirect;
    if (options.integrity !== undefined) this.#integrity = options.integrity;
    if (options.keepalive !== undefined) this.#keepalive = options.keepalive;

    if (options.method !== undefined) {
      const method = options.method;
      if (!isToken(method)) throw new TypeErrorCtor(`'${method}' is not a valid HTTP method.`);
      const upper = StringPrototypeToUpperCase.call(method);
      if (kForbiddenMethods[upper] === 1) throw new TypeErrorCtor(`'${method}' HTTP method is unsupported.`);
      this.#method = normalizeMethod(method);
    }

    if (options.signal !== undefined) signal = options.signal;
    // The request's own signal follows the given one (AbortSignal.any
    // holds it weakly, so a long-lived signal does not keep requests alive).
    const { AbortSignal } = abort();
    this.#signal = signal === null ? new AbortController().signal : AbortSignal.any([signal]);

    let headers = inputIsRequest ? copyHeaders(input.#headers, 'request') : makeHeaders('request');
    if (this.#mode === 'no-cors') {
      const m = this.#method;
      if (m !== 'GET' && m !== 'HEAD' && m !== 'POST') {
        throw new TypeErrorCtor(`'${m} is unsupported in no-cors mode.`);
      }
    }
    if (!options.empty) {
      const init2 = options.headers;
      if (init2 !== undefined) {
        headers = makeHeaders('request');
        fillHeaders(headers, init2);
      }
    }
    if (this.#mode === 'no-cors') setGuard(headers, 'request-no-cors');
    this.#headers = headers;

    const inputBody = inputIsRequest ? input.#body : null;
    if ((options.body != null || inputBody !== null) && (this.#method === 'GET' || this.#method === 'HEAD')) {
      throw new TypeErrorCtor('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (options.body != null) {
      const extracted = extractBody(options.body, this.#keepalive);
      initBody = extracted.body;
      if (extracted.type !== null && headerValue(this.#headers, 'content-type') === null) {
        appendHeader(this.#headers, 'content-type', extracted.type);
      }
    }
    const inputOrInitBody = initBody ?? inputBody;
    if (inputOrInitBody !== null && inputOrInitBody.parts === null) {
      if (initBody !== null && options.duplex === undefined) {
        throw new TypeErrorCtor('RequestInit: duplex option is required when sending a body.');
      }
      if (this.#mode !== 'same-origin' && this.#mode !== 'cors') {
        throw new TypeErrorCtor('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    let finalBody = inputOrInitBody;
    if (initBody === null && inputBody !== null) {
      if (bodyUnusable(inputBody)) {
        throw new TypeErrorCtor('Cannot construct a Request with a Request object that has already been used.');
      }
      finalBody = takeBody(inputBody);
    }
    this.#body = finalBody;
  }

  get method() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#method;
  }

  get url() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#urlList[0].href;
  }

  get headers() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#headers;
  }

  get destination() {
    if (!isRequest(this)) throw illegalInvocation();
    return '';
  }

  get referrer() {
    if (!isRequest(this)) throw illegalInvocation();
    if (this.#referrer === 'no-referrer') return '';
    if (this.#referrer === 'client') return 'about:client';
    return this.#referrer.href;
  }

  get referrerPolicy() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#referrerPolicy;
  }

  get mode() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#mode;
  }

  get credentials() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#credentials;
  }

  get cache() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#cache;
  }

  get redirect() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#redirect;
  }

  get integrity() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#integrity;
  }

  get keepalive() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#keepalive;
  }

  get isReloadNavigation() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#reloadNavigation;
  }

  get isHistoryNavigation() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#historyNavigation;
  }

  get signal() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#signal;
  }

  get body() {
    if (!isRequest(this)) throw illegalInvocation();
    return this.#body === null ? null : bodyStream(this.#body);
  }

  get bodyUsed() {
    if (!isRequest(this)) throw illegalInvocation();
    return bodyUsed(this.#body);
  }

  get duplex() {
    if (!isRequest(this)) throw illegalInvocation();
    return 'half';
  }

  clone() {
    if (!isRequest(this)) throw illegalInvocation();
    if (bodyUnusable(this.#body)) throw new TypeErrorCtor('unusable');
    const copy = new Request(kClone);
    copy.#method = this.#method;
    copy.#urlList = [...this.#urlList];
    copy.#headers = copyHeaders(this.#headers, getGuard(this.#headers));
    copy.#referrer = this.#referrer;
    copy.#referrerPolicy = this.#referrerPolicy;
    copy.#mode = this.#mode;
    copy.#credentials = this.#credentials;
    copy.#cache = this.#cache;
    copy.#redirect = this.#redirect;
    copy.#integrity = this.#integrity;
    copy.#keepalive = this.#keepalive;
    copy.#reloadNavigation = this.#reloadNavigation;
    copy.#historyNavigation = this.#historyNavigation;
    copy.#signal = abort().AbortSignal.any([this.#signal]);
    copy.#body = this.#body === null ? null : cloneBody(this.#body);
    return copy;
  }

  [kInspectCustom](depth, options, inspect) {
    if (!isRequest(this)) return this;
    if (options.depth === null) options.depth = 2;
    const fields = {
      method: this.#method,
      url: this.url,
      headers: this.#headers,
      destination: '',
      referrer: this.referrer,
      referrerPolicy: this.#referrerPolicy,
      mode: this.#mode,
      credentials: this.#credentials,
      cache: this.#cache,
      redirect: this.#redirect,
      integrity: this.#integrity,
      keepalive: this.#keepalive,
      isReloadNavigation: this.#reloadNavigation,
      isHistoryNavigation: this.#historyNavigation,
      signal: this.#signal,
    };
    return `Request ${inspect(fields, options)}`;
  }
}


installBodyMixin(Request.prototype, requestState,
                 (request) => headerValue(request.headers, 'content-type'));

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(Request.prototype, {
  method: kEnumerable,
  url: kEnumerable,
  headers: kEnumerable,
  destination: kEnumerable,
  referrer: kEnumerable,
  referrerPolicy: kEnumerable,
  mode: kEnumerable,
  credentials: kEnumerable,
  cache: kEnumerable,
  redirect: kEnumerable,
  integrity: kEnumerable,
  keepalive: kEnumerable,
  isReloadNavigation: kEnumerable,
  isHistoryNavigation: kEnumerable,
  signal: kEnumerable,
  body: kEnumerable,
  bodyUsed: kEnumerable,
  duplex: kEnumerable,
  clone: kEnumerable,
  [Symbol.toStringTag]: { __proto__: null, value: 'Request', configurable: true },
});
// Node 24's Request.prototype has this stray, read-only, undefined property
// (left over in its fetch implementation); kept so the two list the same keys.
ObjectDefineProperty(Request.prototype, 'attribute', {
  __proto__: null, value: undefined, writable: false, enumerable: true, configurable: false,
});

natives.uncloneable.add(Request.prototype);
module.exports = {
  Request,
  isRequest,
  requestInternals,
};
