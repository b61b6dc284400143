'use strict';
// URL and URLSearchParams, the WHATWG URL standard's API, as Node 24 has
// them. Parsing and the setters are C (src/url/url.c, through
// internalBinding('url')): one call returns the serialized href, which is
// all ASCII, and leaves the offsets of its components in a shared
// Uint32Array. A URL keeps the href and those offsets, so each getter is a
// slice of the href and never parses again.
//
// URLSearchParams keeps its list flat, [name0, value0, name1, value1, ...],
// and writes itself back into its URL's query after every change; a URL
// whose query changes (the search or href setter) reparses the list of
// its URLSearchParams, if it has made one.

const {
  ERR_ARG_NOT_ITERABLE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_THIS,
  ERR_INVALID_TUPLE,
  ERR_INVALID_URL_SCHEME,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;

// The binding never throws: "not a URL" comes back as undefined (parse)
// or false (canParse, update), and running out of memory as null, which
// the wrappers here turn into the RangeError the engine would throw.
const binding = internalBinding('url');
const {
  parse: rawParse,
  canParse: rawCanParse,
  update: rawUpdate,
  domainToASCII: rawDomainToASCII,
  domainToUnicode: rawDomainToUnicode,
  serializeForm: rawSerializeForm,
  offsets,
  formLengths,
} = binding;

function noMemory() {
  return new RangeError('Invalid string length');
}
// (input[, base]) -> href, true (the input is the href) or undefined.
function bindingParse(input, base) {
  const r = base === undefined ? rawParse(input) : rawParse(input, base);
  if (r === null) throw noMemory();
  return r;
}
function bindingCanParse(input, base) {
  const r = base === undefined ? rawCanParse(input) : rawCanParse(input, base);
  if (r === null) throw noMemory();
  return r;
}
function bindingUpdate(href, component, value) {
  const r = rawUpdate(href, component, value);
  if (r === null) throw noMemory();
  return r;
}
function bindingDomainToASCII(domain) {
  const r = rawDomainToASCII(domain);
  if (r === null) throw noMemory();
  return r;
}
function bindingDomainToUnicode(domain) {
  const r = rawDomainToUnicode(domain);
  if (r === null) throw noMemory();
  return r;
}

// Builtins captured at load: names, values and inits are user values. Small
// wrappers around `.call`, which JavaScriptCore inlines (see lib/path.js).
const {
  charCodeAt, indexOf, slice, toWellFormed, startsWith, replaceAll, codePointAt, includes,
} = String.prototype;
const StringPrototypeIncludes = (s, search) => includes.call(s, search);
const StringPrototypeCharCodeAt = (s, i) => charCodeAt.call(s, i);
const StringPrototypeIndexOf = (s, search, from) => indexOf.call(s, search, from);
const StringPrototypeSlice = (s, start, end) => slice.call(s, start, end);
const StringPrototypeStartsWith = (s, search) => startsWith.call(s, search);
const StringPrototypeReplaceAll = (s, search, replacement) => replaceAll.call(s, search, replacement);
const StringPrototypeCodePointAt = (s, i) => codePointAt.call(s, i);
const StringFromCharCode = String.fromCharCode;
const ArrayIsArray = Array.isArray;
const { push: arrayPush, sort: arraySort, join: arrayJoin } = Array.prototype;
const ArrayPrototypePush = (a, v) => arrayPush.call(a, v);
const ArrayPrototypeSort = (a, fn) => arraySort.call(a, fn);
const ArrayPrototypeJoin = (a, sep) => arrayJoin.call(a, sep);
const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const SafeMap = Map;
const MapPrototypeGet = Map.prototype.get;
const MapPrototypeSet = Map.prototype.set;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const NumberCtor = Number;
const decodeURIComponentFn = decodeURIComponent;
const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const kNone = 0xFFFFFFFF;
const kHasHost = 1;

// url_component in src/url/url.h.
const kProtocol = 0;
const kUsername = 1;
const kPassword = 2;
const kHost = 3;
const kHostname = 4;
const kPort = 5;
const kPathname = 6;
const kSearch = 7;
const kHash = 8;

const kAllowObjects = { __proto__: null, allowArray: true, allowFunction: true };
let lazyValidateObject;
function validateObject(value, name, options) {
  if (lazyValidateObject === undefined) lazyValidateObject = require('internal/validators').validateObject;
  lazyValidateObject(value, name, options);
}

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// Node's (V8's) messages for a receiver that is not a URL: a brand check
// for some members, a private field read for the rest.
const kReceiverMessage = 'Receiver must be an instance of class URL';
const kPrivateMessage = 'Cannot read private member #context from an object whose class did not declare it';

// WebIDL's DOMString, with V8's message for a symbol.
function toStr(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

// A string with lone surrogates replaced by U+FFFD: WebIDL's USVString.
function toUSVString(value) {
  return toWellFormed.call(typeof value === 'string' ? value : toStr(value));
}

// Node's URL parser (C++) throws a plain TypeError with a code: its
// toString and stack say "TypeError: Invalid URL", without the [code] its
// JS errors show.
function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  Error.captureStackTrace(err, invalidUrl);
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// Set by the classes' static blocks: each reaches into the other's private
// state.
let urlSetQueryFromParams; // (url, serialized) => void
let paramsReset;           // (params, query) => void: the list from a query string
let paramsLinked;          // (url, query) => URLSearchParams tied to url
let paramsListOf;          // (params) => its list
let makeIterator;          // (params, kind) => a URLSearchParams Iterator

// Node's scheme numbering (ada's scheme::type), for URLContext.
function schemeType(protocol) {
  switch (protocol) {
    case 'http:': return 0;
    case 'https:': return 2;
    case 'ws:': return 3;
    case 'ftp:': return 4;
    case 'wss:': return 5;
    case 'file:': return 6;
    default: return 1;
  }
}

const kContext = Symbol('context');
class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = 0;
  hash_start = 0;
  port = 0;
  scheme_type = 0;

  constructor() {
    // Node's record has these as own, non-enumerable getters.
    ObjectDefineProperty(this, 'hasPort', { get() { return this.port !== kNone; }, enumerable: false, configurable: true });
    ObjectDefineProperty(this, 'hasSearch', { get() { return this.search_start !== kNone; }, enumerable: false, configurable: true });
    ObjectDefineProperty(this, 'hasHash', { get() { return this.hash_start !== kNone; }, enumerable: false, configurable: true });
  }
}

class URL {
  #href = '';
  #protocolEnd = 0;
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = kNone;
  #pathnameStart = 0;
  #searchStart = kNone;
  #hashStart = kNone;
  #flags = 0;
  #searchParams = undefined;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    if (typeof input !== 'string') input = toStr(input);
    let href;
    if (base === undefined) {
      href = rawParse(input);
    } else {
      base = toStr(base);
      href = rawParse(input, base);
    }
    if (typeof href !== 'string') {
      if (href !== true) throw href === null ? noMemory() : invalidUrl(input, base);
      href = input;
    }
    this.#load(href);
  }

  // Takes the href the binding returned and the offsets it left.
  #load(href) {
    this.#href = href;
    this.#protocolEnd = offsets[0];
    this.#usernameEnd = offsets[1];
    this.#hostStart = offsets[2];
    this.#hostEnd = offsets[3];
    this.#port = offsets[4];
    this.#pathnameStart = offsets[5];
    this.#searchStart = offsets[6];
    this.#hashStart = offsets[7];
    this.#flags = offsets[8];
  }

  #update(component, value) {
    const href = bindingUpdate(this.#href, component, value);
    if (href === false) return false;
    this.#load(href);
    return true;
  }

  #query() {
    if (this.#searchStart === kNone) return '';
    const end = this.#hashStart === kNone ? this.#href.length : this.#hashStart;
    return StringPrototypeSlice(this.#href, this.#searchStart + 1, end);
  }

  static {
    urlSetQueryFromParams = (url, serialized) => { url.#update(kSearch, serialized); };
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (opts.showHidden) obj[kContext] = this.#context();
    const ctor = this.constructor;
    const name = typeof ctor === 'function' && typeof ctor.name === 'string' ? ctor.name : 'URL';
    return `${name} ${inspect(obj, opts)}`;
  }

  // What Node shows under Symbol(context) with showHidden: its parser's
  // (ada's) record of the href, whose offsets are kiln's but for
  // host_start, which sits on the '@' when there are credentials.
  #context() {
    const ctx = new URLContext();
    ctx.href = this.#href;
    ctx.protocol_end = this.#protocolEnd;
    ctx.username_end = this.#usernameEnd;
    ctx.host_start = this.#hostStart > this.#protocolEnd + 2 &&
      StringPrototypeCharCodeAt(this.#href, this.#hostStart - 1) === 0x40 /* @ */ ? this.#hostStart - 1 : this.#hostStart;
    ctx.host_end = this.#hostEnd;
    ctx.pathname_start = this.#pathnameStart;
    ctx.search_start = this.#searchStart;
    ctx.hash_start = this.#hashStart;
    ctx.port = this.#port;
    ctx.scheme_type = schemeType(StringPrototypeSlice(this.#href, 0, this.#protocolEnd));
    return ctx;
  }

  toString() {
    if (!(#href in this)) throw new TypeError(kReceiverMessage);
    return this.#href;
  }

  get href() {
    if (!(#href in this)) throw new TypeError(kReceiverMessage);
    return this.#href;
  }

  set href(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    value = toStr(value);
    const href = bindingParse(value);
    if (href === undefined) throw invalidUrl(value);
    this.#load(href === true ? value : href);
    if (this.#searchParams !== undefined) paramsReset(this.#searchParams, this.#query());
  }

  get origin() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    const protocol = StringPrototypeSlice(this.#href, 0, this.#protocolEnd);
    switch (protocol) {
      case 'http:':
      case 'https:':
      case 'ws:':
      case 'wss:':
      case 'ftp:':
        return `${protocol}//${this.host}`;
      case 'blob:': {
        const path = this.pathname;
        let inner = bindingParse(path);
        if (inner === true) inner = path;
        if (inner !== undefined && (StringPrototypeStartsWith(inner, 'http:') ||
                                    StringPrototypeStartsWith(inner, 'https:'))) {
          // The inner URL's scheme, host and port, from the offsets just left.
          const port = offsets[4];
          return `${StringPrototypeSlice(inner, 0, offsets[0])}//` +
            `${StringPrototypeSlice(inner, offsets[2], offsets[3])}${port === kNone ? '' : `:${port}`}`;
        }
        return 'null';
      }
      default:
        return 'null';
    }
  }

  get protocol() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    return StringPrototypeSlice(this.#href, 0, this.#protocolEnd);
  }

  set protocol(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kProtocol, toStr(value));
  }

  get username() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    if (!(this.#flags & kHasHost)) return '';
    return StringPrototypeSlice(this.#href, this.#protocolEnd + 2, this.#usernameEnd);
  }

  set username(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kUsername, toStr(value));
  }

  get password() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    if (this.#hostStart - 1 <= this.#usernameEnd) return '';
    return StringPrototypeSlice(this.#href, this.#usernameEnd + 1, this.#hostStart - 1);
  }

  set password(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kPassword, toStr(value));
  }

  get host() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    if (!(this.#flags & kHasHost)) return '';
    const end = this.#port === kNone ? this.#hostEnd : this.#pathnameStart;
    return StringPrototypeSlice(this.#href, this.#hostStart, end);
  }

  set host(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kHost, toStr(value));
  }

  get hostname() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    return StringPrototypeSlice(this.#href, this.#hostStart, this.#hostEnd);
  }

  set hostname(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kHostname, toStr(value));
  }

  get port() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    return this.#port === kNone ? '' : `${this.#port}`;
  }

  set port(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kPort, toStr(value));
  }

  get pathname() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    const end = this.#searchStart !== kNone ? this.#searchStart :
      this.#hashStart !== kNone ? this.#hashStart : this.#href.length;
    return StringPrototypeSlice(this.#href, this.#pathnameStart, end);
  }

  set pathname(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kPathname, toStr(value));
  }

  get search() {
    if (!(#href in this)) throw new TypeError(kReceiverMessage);
    if (this.#searchStart === kNone) return '';
    const end = this.#hashStart === kNone ? this.#href.length : this.#hashStart;
    return end - this.#searchStart <= 1 ? '' : StringPrototypeSlice(this.#href, this.#searchStart, end);
  }

  set search(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kSearch, toUSVString(value));
    if (this.#searchParams !== undefined) paramsReset(this.#searchParams, this.#query());
  }

  get searchParams() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    if (this.#searchParams === undefined) this.#searchParams = paramsLinked(this, this.#query());
    return this.#searchParams;
  }

  get hash() {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    if (this.#hashStart === kNone || this.#href.length - this.#hashStart <= 1) return '';
    return StringPrototypeSlice(this.#href, this.#hashStart);
  }

  set hash(value) {
    if (!(#href in this)) throw new TypeError(kPrivateMessage);
    this.#update(kHash, toStr(value));
  }

  toJSON() {
    if (!(#href in this)) throw new TypeError(kReceiverMessage);
    return this.#href;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toStr(input);
    if (base !== undefined) base = toStr(base);
    if (!bindingCanParse(input, base)) return null;
    return new URL(input, base);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toStr(url);
    return bindingCanParse(url, base === undefined ? undefined : toStr(base));
  }

  // Object URLs ("blob:nodedata:<id>") live in lib/internal/blob.js, with
  // the Blob class; buffer.resolveObjectURL reads them there.
  static createObjectURL(obj) {
    return require('internal/blob').registerObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    if (typeof url !== 'string') return;
    require('internal/blob').revokeObjectURL(url);
  }
}

// Enumerable accessors and methods, as WebIDL makes them.
const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(URL.prototype, {
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerable,
  href: kEnumerable,
  origin: kEnumerable,
  protocol: kEnumerable,
  username: kEnumerable,
  password: kEnumerable,
  host: kEnumerable,
  hostname: kEnumerable,
  port: kEnumerable,
  pathname: kEnumerable,
  search: kEnumerable,
  searchParams: kEnumerable,
  hash: kEnumerable,
  toJSON: kEnumerable,
});
ObjectDefineProperties(URL, {
  parse: kEnumerable,
  canParse: kEnumerable,
  createObjectURL: kEnumerable,
  revokeObjectURL: kEnumerable,
});

// ---- application/x-www-form-urlencoded ----------------------------------

const kHexTable = [];
for (let i = 0; i < 256; i++) kHexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// 1 for the ASCII code units the form serializer leaves as they are.
const kFormSafe = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  kFormSafe[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
    c === 0x2A || c === 0x2D || c === 0x2E || c === 0x5F ? 1 : 0;
}

// The form serialization of one string (a USVString: no lone surrogates).
function formEncode(s) {
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c >= 0x80 || kFormSafe[c] === 0) break;
    i++;
  }
  if (i === len) return s;
  let out = StringPrototypeSlice(s, 0, i);
  let last = i;
  for (; i < len; i++) {
    let c = StringPrototypeCharCodeAt(s, i);
    if (c < 0x80) {
      if (kFormSafe[c] === 1) continue;
      if (last < i) out += StringPrototypeSlice(s, last, i);
      last = i + 1;
      out += c === 0x20 ? '+' : kHexTable[c];
      continue;
    }
    if (last < i) out += StringPrototypeSlice(s, last, i);
    if (c < 0x800) {
      out += kHexTable[0xC0 | (c >> 6)] + kHexTable[0x80 | (c & 0x3F)];
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const lo = StringPrototypeCharCodeAt(s, i + 1);
      c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
      i++;
      out += kHexTable[0xF0 | (c >> 18)] + kHexTable[0x80 | ((c >> 12) & 0x3F)] +
        kHexTable[0x80 | ((c >> 6) & 0x3F)] + kHexTable[0x80 | (c & 0x3F)];
    } else {
      out += kHexTable[0xE0 | (c >> 12)] + kHexTable[0x80 | ((c >> 6) & 0x3F)] +
        kHexTable[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last < len) out += StringPrototypeSlice(s, last);
  return out;
}

// The list in one string and the lengths of its items go to C in one call
// (a call per item, or encoding in JS, costs twice as much); long lists,
// past the binding's slots for lengths, are serialized here.
function serializeParams(list) {
  const len = list.length;
  if (len === 0) return '';
  if (len <= formLengths.length) {
    for (let i = 0; i < len; i++) formLengths[i] = list[i].length;
    const out = rawSerializeForm(ArrayPrototypeJoin(list, ''), len);
    if (out === null) throw noMemory();
    return out;
  }
  let out = `${formEncode(list[0])}=${formEncode(list[1])}`;
  for (let i = 2; i < len; i += 2) out += `&${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

// UTF-8 decoding of bytes[0..n) the WHATWG way (ill-formed sequences as
// U+FFFD), appended to out.
function utf8Decode(bytes, n) {
  let out = '';
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += StringFromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1; cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lo = 0xA0;
      if (b === 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 7;
      if (b === 0xF0) lo = 0x90;
      if (b === 0xF4) hi = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    i++;
    let got = 0;
    while (got < need && i < n && bytes[i] >= lo && bytes[i] <= hi) {
      cp = (cp << 6) | (bytes[i] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
      i++;
      got++;
    }
    if (got < need) {
      out += '\uFFFD';
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out += StringFromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      out += StringFromCharCode(cp);
    }
  }
  return out;
}

let decodeBytes = new Uint8Array(64);

// '+' as space, then percent-decoding: runs of %XX are UTF-8 decoded; the
// rest stays as it is (a literal character ends any run, just as its
// UTF-8 bytes would).
function formDecode(s, from, to) {
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 0x25 || c === 0x2B) {
      plain = false;
      break;
    }
  }
  if (plain) return StringPrototypeSlice(s, from, to);
  let out = '';
  let i = from;
  while (i < to) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 0x2B) {
      out += ' ';
      i++;
      continue;
    }
    if (c === 0x25 && i + 2 < to) {
      let n = 0;
      while (i + 2 < to && StringPrototypeCharCodeAt(s, i) === 0x25) {
        const h = hexValue(StringPrototypeCharCodeAt(s, i + 1));
        const l = hexValue(StringPrototypeCharCodeAt(s, i + 2));
        if (h < 0 || l < 0) break;
        if (n === decodeBytes.length) {
          const bigger = new Uint8Array(n * 2);
          bigger.set(decodeBytes);
          decodeBytes = bigger;
        }
        decodeBytes[n++] = h * 16 + l;
        i += 3;
      }
      if (n > 0) {
        out += utf8Decode(decodeBytes, n);
        continue;
      }
    }
    out += StringFromCharCode(c);
    i++;
  }
  return out;
}

// The application/x-www-form-urlencoded parser, into a flat list.
function parseParams(query) {
  const list = [];
  const len = query.length;
  let start = 0;
  while (start <= len) {
    let end = StringPrototypeIndexOf(query, '&', start);
    if (end === -1) end = len;
    if (end > start) {
      let eq = StringPrototypeIndexOf(query, '=', start);
      if (eq === -1 || eq > end) eq = end;
      ArrayPrototypePush(list, formDecode(query, start, eq));
      ArrayPrototypePush(list, eq < end ? formDecode(query, eq + 1, end) : '');
    }
    start = end + 1;
  }
  return list;
}

// ---- URLSearchParams ---------------------------------------------------------

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined) {
      // nothing
    } else if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
      const method = init[SymbolIterator];
      if (method === paramsEntries && #list in init) {
        // A copy of another URLSearchParams: no iteration needed.
        const other = init.#list;
        for (let i = 0; i < other.length; i++) ArrayPrototypePush(this.#list, other[i]);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of { [SymbolIterator]: () => ReflectApply(method, init, []) }) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function'))
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          let name;
          let value;
          if (ArrayIsArray(pair)) {
            if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            name = pair[0];
            value = pair[1];
          } else {
            if (typeof pair[SymbolIterator] !== 'function')
              throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            const items = [];
            for (const item of pair) ArrayPrototypePush(items, item);
            if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            name = items[0];
            value = items[1];
          }
          ArrayPrototypePush(this.#list, toUSVString(name));
          ArrayPrototypePush(this.#list, toUSVString(value));
        }
      } else {
        // A record: own enumerable keys (an enumerable symbol key throws, as
        // WebIDL converts it to a string). Two keys can become the same
        // USVString; the later value then replaces the earlier one in place.
        const seen = new SafeMap();
        const keys = ReflectOwnKeys(init);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const desc = ObjectGetOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = ReflectApply(MapPrototypeGet, seen, [name]);
          if (at !== undefined) {
            this.#list[at + 1] = value;
          } else {
            ReflectApply(MapPrototypeSet, seen, [name, this.#list.length]);
            ArrayPrototypePush(this.#list, name);
            ArrayPrototypePush(this.#list, value);
          }
        }
      }
    } else {
      let query = toUSVString(init);
      if (StringPrototypeCharCodeAt(query, 0) === 0x3F) query = StringPrototypeSlice(query, 1);
      this.#list = parseParams(query);
    }
  }

  static {
    paramsReset = (params, query) => { params.#list = parseParams(query); };
    paramsLinked = (url, query) => {
      const params = new URLSearchParams();
      params.#list = parseParams(query);
      params.#url = url;
      return params;
    };
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self))
      throw new ERR_INVALID_THIS('URLSearchParams');
  }

  // The update steps: the URL's query follows the list.
  #changed() {
    if (this.#url !== null) urlSetQueryFromParams(this.#url, serializeParams(this.#list));
  }

  [kInspect](depth, opts) {
    URLSearchParams.#check(this);
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...opts };
    if (typeof depth === 'number') inner.depth = depth - 1;
    const list = this.#list;
    const parts = [];
    let width = -2;
    for (let i = 0; i < list.length; i += 2) {
      const part = `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`;
      width += part.length + 2;
      ArrayPrototypePush(parts, part);
    }
    const ctor = this.constructor;
    const name = typeof ctor === 'function' && typeof ctor.name === 'string' ? ctor.name : 'URLSearchParams';
    if (parts.length === 0) return `${name} {}`;
    const breakLength = opts && typeof opts.breakLength === 'number' ? opts.breakLength : 80;
    if (width > breakLength) return `${name} {\n  ${ArrayPrototypeJoin(parts, ',\n  ')} }`;
    return `${name} { ${ArrayPrototypeJoin(parts, ', ')} }`;
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    ArrayPrototypePush(this.#list, toUSVString(name));
    ArrayPrototypePush(this.#list, toUSVString(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const kept = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && list[i + 1] === value) continue;
        ArrayPrototypePush(kept, list[i]);
        ArrayPrototypePush(kept, list[i + 1]);
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) continue;
        ArrayPrototypePush(kept, list[i]);
        ArrayPrototypePush(kept, list[i + 1]);
      }
    }
    this.#list = kept;
    this.#changed();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) ArrayPrototypePush(out, list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    const kept = [];
    let found = false;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        ArrayPrototypePush(kept, list[i]);
        ArrayPrototypePush(kept, list[i + 1]);
      } else if (!found) {
        found = true;
        ArrayPrototypePush(kept, name);
        ArrayPrototypePush(kept, value);
      }
    }
    if (!found) {
      ArrayPrototypePush(kept, name);
      ArrayPrototypePush(kept, value);
    }
    this.#list = kept;
    this.#changed();
  }

  // Stable, by the names' UTF-16 code units (what < compares).
  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) ArrayPrototypePush(pairs, [list[i], list[i + 1], i]);
    ArrayPrototypeSort(pairs, (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
    const sorted = [];
    for (let i = 0; i < pairs.length; i++) {
      ArrayPrototypePush(sorted, pairs[i][0]);
      ArrayPrototypePush(sorted, pairs[i][1]);
    }
    this.#list = sorted;
    this.#changed();
  }

  entries() {
    URLSearchParams.#check(this);
    return makeIterator(this, kKindEntries);
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // The list is read again at each step: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      ReflectApply(callback, thisArg, [list[i + 1], list[i], this]);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return makeIterator(this, kKindKeys);
  }

  values() {
    URLSearchParams.#check(this);
    return makeIterator(this, kKindValues);
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeParams(this.#list);
  }

  static {
    paramsListOf = (params) => params.#list;
  }
}
const paramsEntries = URLSearchParams.prototype.entries;

ObjectDefineProperties(URLSearchParams.prototype, {
  append: kEnumerable,
  delete: kEnumerable,
  get: kEnumerable,
  getAll: kEnumerable,
  has: kEnumerable,
  set: kEnumerable,
  size: kEnumerable,
  sort: kEnumerable,
  entries: kEnumerable,
  forEach: kEnumerable,
  keys: kEnumerable,
  values: kEnumerable,
  toString: kEnumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [SymbolIterator]: { __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries },
});

// ---- the iterator --------------------------------------------------------

const kKindKeys = 0;
const kKindValues = 1;
const kKindEntries = 2;

// A live iterator: it reads the list at each step, as the standard's
// "value pairs to iterate over" are the list itself.
class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  static {
    makeIterator = (params, kind) => new URLSearchParamsIterator(params, kind);
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#params in this))
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = paramsListOf(this.#params);
    const i = this.#index;
    if (i >= list.length) return { value: undefined, done: true };
    this.#index = i + 2;
    const value = this.#kind === kKindKeys ? list[i] : this.#kind === kKindValues ? list[i + 1] : [list[i], list[i + 1]];
    return { value, done: false };
  }

  [kInspect](depth, opts) {
    if (this === null || typeof this !== 'object' || !(#params in this))
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...opts };
    if (typeof depth === 'number') inner.depth = depth - 1;
    const list = paramsListOf(this.#params);
    const items = [];
    const parts = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const item = this.#kind === kKindKeys ? list[i] : this.#kind === kKindValues ? list[i + 1] : [list[i], list[i + 1]];
      ArrayPrototypePush(items, item);
      ArrayPrototypePush(parts, inspect(item, inner));
    }
    // One item a line when the items as an array would take more than one.
    if (StringPrototypeIncludes(inspect(items, inner), '\n'))
      return `URLSearchParams Iterator {\n  ${ArrayPrototypeJoin(parts, ',\n  ')} }`;
    return `URLSearchParams Iterator { ${ArrayPrototypeJoin(parts, ', ')} }`;
  }
}
ObjectSetPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
ObjectDefineProperty(URLSearchParamsIterator.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'URLSearchParams Iterator',
});
ObjectDefineProperty(URLSearchParamsIterator.prototype, 'next', { __proto__: null, enumerable: true });

// ---- node:url helpers ---------------------------------------------------------

function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return bindingDomainToASCII(toStr(domain));
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return bindingDomainToUnicode(toStr(domain));
}

function hasEncodedSeparator(pathname, windows) {
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (StringPrototypeCharCodeAt(pathname, i) !== 0x25 || StringPrototypeCharCodeAt(pathname, i + 1) !== 0x32) {
      if (!(windows && StringPrototypeCharCodeAt(pathname, i) === 0x25 &&
            StringPrototypeCharCodeAt(pathname, i + 1) === 0x35)) continue;
      const c = StringPrototypeCharCodeAt(pathname, i + 2) | 0x20;
      if (c === 0x63) return true; // %5c
      continue;
    }
    if ((StringPrototypeCharCodeAt(pathname, i + 2) | 0x20) === 0x66) return true; // %2f
  }
  return false;
}

// Node hangs the URL on the error as `input`.
function fileUrlPathError(reason, url) {
  const err = new ERR_INVALID_FILE_URL_PATH(reason);
  err.input = url;
  return err;
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const hostname = path.hostname;
  let pathname = path.pathname;
  if (windows) {
    if (hasEncodedSeparator(pathname, true))
      throw fileUrlPathError('must not include encoded \\ or / characters', path);
    pathname = decodeURIComponentFn(StringPrototypeReplaceAll(pathname, '/', '\\'));
    if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
    const letter = StringPrototypeCodePointAt(pathname, 1) | 0x20;
    if (letter < 0x61 || letter > 0x7A || pathname[2] !== ':')
      throw fileUrlPathError('must be absolute', path);
    return StringPrototypeSlice(pathname, 1);
  }
  if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  if (hasEncodedSeparator(pathname, false))
    throw fileUrlPathError('must not include encoded / characters', path);
  return decodeURIComponentFn(pathname);
}

// The ASCII characters of a path that pathToFileURL percent-encodes: those
// the URL parser would take for syntax or drop (tab, newlines), and a few
// more Node 24 encodes: space "#%<>?[\]^`{|}~. Other C0 controls, DEL and
// non-ASCII are left to the URL parser, which encodes them (and, as in
// Node, trims C0 controls at the end).
const kPathEscape = new Uint8Array(128);
for (const ch of '\t\n\r "#%<>?[\\]^`{|}~') kPathEscape[StringPrototypeCharCodeAt(ch, 0)] = 1;

function encodePathChars(s, windows) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c >= 0x80 || kPathEscape[c] === 0) continue;
    if (c === 0x5C && windows) continue;
    out += StringPrototypeSlice(s, last, i) + kHexTable[c];
    last = i + 1;
  }
  return last === 0 ? s : out + StringPrototypeSlice(s, last);
}

function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const windows = options?.windows ?? false;
  const path = require('path');
  if (windows) {
    const isUNC = StringPrototypeStartsWith(filepath, '\\\\');
    const resolved = isUNC ? filepath : path.win32.resolve(filepath);
    if (isUNC || StringPrototypeStartsWith(resolved, '\\\\')) {
      // \\server\share\resource, or \\?\UNC\server\share\resource
      const prefix = StringPrototypeStartsWith(resolved, '\\\\?\\UNC\\') ? 8 : 2;
      const hostEnd = StringPrototypeIndexOf(resolved, '\\', prefix);
      if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Missing UNC resource path');
      if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Empty UNC servername');
      const url = new URL('file://');
      url.hostname = StringPrototypeSlice(resolved, prefix, hostEnd);
      url.pathname = encodePathChars(StringPrototypeReplaceAll(StringPrototypeSlice(resolved, hostEnd), '\\', '/'), true);
      return url;
    }
    let withSlash = resolved;
    const lastChar = StringPrototypeCharCodeAt(filepath, filepath.length - 1);
    if ((lastChar === 0x2F || lastChar === 0x5C) && resolved[resolved.length - 1] !== '\\') withSlash += '/';
    return new URL(`file:///${encodePathChars(StringPrototypeReplaceAll(withSlash, '\\', '/'), true)}`);
  }
  let resolved = path.posix.resolve(filepath);
  if (StringPrototypeCharCodeAt(filepath, filepath.length - 1) === 0x2F && resolved[resolved.length - 1] !== '/')
    resolved += '/';
  return new URL(`file://${encodePathChars(resolved, false)}`);
}

function urlToHttpOptions(url) {
  validateObject(url, 'url', kAllowObjects);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && StringPrototypeStartsWith(hostname, '[') ? StringPrototypeSlice(hostname, 1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = NumberCtor(port);
  if (username || password)
    options.auth = `${decodeURIComponentFn(username)}:${decodeURIComponentFn(password)}`;
  return options;
}

// url.format(URL, options): the href less what the options leave out.
function formatURL(url, options) {
  let auth = true;
  let fragment = true;
  let search = true;
  let unicode = false;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object')
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    if ('auth' in options) auth = !!options.auth;
    if ('fragment' in options) fragment = !!options.fragment;
    if ('search' in options) search = !!options.search;
    if ('unicode' in options) unicode = !!options.unicode;
  }
  let out = url.protocol;
  const host = url.host;
  if (host !== '' || StringPrototypeStartsWith(StringPrototypeSlice(url.href, out.length), '//')) {
    out += '//';
    if (auth && (url.username !== '' || url.password !== ''))
      out += `${url.username}${url.password !== '' ? `:${url.password}` : ''}@`;
    out += unicode ? domainToUnicode(url.hostname) : url.hostname;
    if (url.port !== '') out += `:${url.port}`;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

function isURLInstance(value) {
  try {
    ReflectApply(ObjectGetOwnPropertyDescriptor(URL.prototype, 'href').get, value, []);
    return true;
  } catch {
    return false;
  }
}

natives.uncloneable.add(URL.prototype);
natives.uncloneable.add(URLSearchParams.prototype);
module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  formatURL,
  isURL,
  isURLInstance,
  toUSVString,
};
