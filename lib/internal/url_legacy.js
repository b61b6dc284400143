'use strict';
// The legacy url API: url.parse(), url.format() for strings and plain
// objects, url.resolve(), url.resolveObject() and the Url class.
//
// This is not the WHATWG URL parser. It splits a string into protocol,
// auth, host, path, search and hash by a fixed set of rules that Node has
// kept for compatibility, quirks included, and those quirks are the
// contract: backslashes before the first '?' or '#' turn into slashes, a
// host ends at the first character that cannot be in one (and that
// character starts the path), only some characters of the path are escaped
// and only when the string is not a "simple path", `mailto:` and friends
// get a host while `javascript:` never does, and resolve() walks ".." up
// into the host of non-slashed URLs. Where a result here looks wrong, it is
// what Node 24 returns; test/parallel/test-url-legacy-*.js pin them down.

// (Object.create(null): JavaScriptCore makes a { __proto__: null } literal
// on a slow path each time.)
const ObjectCreate = Object.create;
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_URL,
  ERR_INVALID_URI,
} = require('internal/errors').codes;
const { validateString } = require('internal/validators');

// Builtins captured at load: the fields of a Url are user values, and a
// user's patched String.prototype must not change how they are split. Small
// wrappers around `.call` rather than uncurrying with a bound `call`, for
// the reason lib/path.js gives (JSC inlines these).
const {
  charAt, charCodeAt, includes, indexOf, replaceAll, slice, split, toLowerCase,
} = String.prototype;
const StringPrototypeCharAt = (s, i) => charAt.call(s, i);
const StringPrototypeCharCodeAt = (s, i) => charCodeAt.call(s, i);
const StringPrototypeIndexOf = (s, search, from) => indexOf.call(s, search, from);
const StringPrototypeSlice = (s, start, end) => slice.call(s, start, end);
const StringPrototypeToLowerCase = (s) => toLowerCase.call(s);
const StringPrototypeSplit = (s, sep) => split.call(s, sep);
const StringPrototypeIncludes = (s, search) => includes.call(s, search);
const StringPrototypeReplaceAll = (s, search, replacement) => replaceAll.call(s, search, replacement);
const { exec: regExpExec, test: regExpTest } = RegExp.prototype;
const RegExpPrototypeExec = (re, s) => regExpExec.call(re, s);
const RegExpPrototypeTest = (re, s) => regExpTest.call(re, s);
const {
  join: arrayJoin, pop: arrayPop, push: arrayPush, shift: arrayShift,
  unshift: arrayUnshift, splice: arraySplice, concat: arrayConcat,
} = Array.prototype;
const ArrayPrototypeJoin = (a, sep) => arrayJoin.call(a, sep);
const ArrayPrototypePop = (a) => arrayPop.call(a);
const ArrayPrototypePush = (a, v) => arrayPush.call(a, v);
const ArrayPrototypeShift = (a) => arrayShift.call(a);
const ArrayPrototypeUnshift = (a, v) => arrayUnshift.call(a, v);
const ArrayPrototypeSplice = (a, start, count) => arraySplice.call(a, start, count);
const ArrayPrototypeConcat = (a, b) => arrayConcat.call(a, b);
const weakMapGet = WeakMap.prototype.get;
const WeakMapPrototypeGet = (map, key) => weakMapGet.call(map, key);
const setHas = Set.prototype.has;
const SetPrototypeHas = (set, value) => setHas.call(set, value);
const ObjectKeys = Object.keys;
const ReflectApply = Reflect.apply;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const origDecodeURIComponent = decodeURIComponent;

// node:querystring, loaded on first use: most programs that load node:url
// never parse a query string.
let querystring;
function lazyQuerystring() {
  if (querystring === undefined) {
    const qs = require('querystring');
    querystring = { parse: qs.parse, stringify: qs.stringify };
  }
  return querystring;
}

const kHash = 0x23;
const kSlash = 0x2f;
const kColon = 0x3a;
const kQuestion = 0x3f;
const kAt = 0x40;
const kLeftBracket = 0x5b;
const kBackslash = 0x5c;
const kRightBracket = 0x5d;

// Protocols whose URLs always carry '//' and a host: format() writes the
// slashes for them even when `slashes` is not set, and parse() gives them a
// pathname of '/' when the path is empty. Both spellings, since a Url's
// protocol has the colon and a hand-made object may not.
const slashedProtocols = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);
// javascript: never has a host, whatever follows the colon, and its body is
// left unescaped (escaping would change the script).
const hostlessProtocols = new Set(['javascript', 'javascript:']);

const kProtocolPattern = /^[a-z0-9.+-]+:/i;
const kPortPattern = /:[0-9]*$/;
// A string that is only a path and a query, with no '#' or '@' anywhere
// before the query: parse() takes it as it is, without escaping anything.
const kSimplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// "//host" is read as a host, without slashesDenoteHost, when an '@'
// shows that the part after the slashes is user info.
const kAuthAfterSlashesPattern = /^\/\/[^@/]+@[^@/]+/;
// Characters that cannot end up in a hostname after IDNA processing; one
// that does means the mapping produced it, and parse() refuses the URL
// rather than guess where the host was meant to end.
const kForbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenIpv6HostChars = /[\0\t\n\r #%/<>?@\\^|]/;
const kHostnameMaxLength = 255;

// The leading and trailing characters parse() ignores: C0 controls, space,
// no-break space and the byte-order mark.
function isTrimmed(c) {
  return c <= 0x20 || c === 0xa0 || c === 0xfeff;
}

// Characters parse() stops a host at, without ending the authority: they
// become the start of the path.
function isNonHostChar(c) {
  switch (c) {
    case 0x20: case 0x22: case 0x25: case 0x27: // space " % '
    case 0x3b:                                  // ;
    case 0x3c: case 0x3e: case 0x5c: case 0x5e: // < > \ ^
    case 0x60: case 0x7b: case 0x7c: case 0x7d: // ` { | }
      return true;
    default:
      return false;
  }
}

// The path, query and hash characters parse() percent-escapes (outside the
// simple-path shortcut and javascript: URLs); the rest pass unchanged.
const kAutoEscape = new Array(128);
for (const c of '\t\n\r "\'<>\\^`{|}') {
  const code = StringPrototypeCharCodeAt(c, 0);
  kAutoEscape[code] = `%${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
}

function autoEscape(s) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c < 128 && kAutoEscape[c] !== undefined) {
      out += StringPrototypeSlice(s, last, i) + kAutoEscape[c];
      last = i + 1;
    }
  }
  return last === 0 ? s : out + StringPrototypeSlice(s, last);
}

// ---- deprecation warnings ---------------------------------------------------

let parseWarned = false;
let invalidPortWarned = false;

// Node warns about url.parse() (DEP0169) once, for a call whose nearest
// caller outside Node's own modules is not in a node_modules directory:
// packages are spared, and a call from one does not use up the warning.
// url.resolve(), url.resolveObject() and url.format(string) parse through
// urlParse and warn too; new Url().parse() does not. Until it has warned,
// every call looks at the stack, so this reads the engine's frames
// ("fn@file:line:col") that internal/error_stacks keeps, rather than
// formatting a Node-style stack: a package that parses URLs in a loop pays
// a few microseconds a call, not tens.
let errorStacks;
function maybeWarnParse() {
  if (parseWarned) return;
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 8;
  const holder = {};
  ErrorCaptureStackTrace(holder, maybeWarnParse);
  Error.stackTraceLimit = saved;
  if (errorStacks === undefined) errorStacks = require('internal/error_stacks');
  const raw = WeakMapPrototypeGet(errorStacks.rawStacks, holder);
  if (typeof raw === 'string' && calledFromPackage(raw)) return;
  parseWarned = true;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
    'security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
    '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

// Whether the first frame of raw that is neither kiln's own (node:...) nor
// native lies in a node_modules directory. A stack of only such frames
// (url.parse passed straight to setTimeout) counts as the user's, as in
// Node.
function calledFromPackage(raw) {
  const frames = StringPrototypeSplit(raw, '\n');
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    const at = StringPrototypeIndexOf(frame, '@');
    const file = at === -1 ? frame : StringPrototypeSlice(frame, at + 1);
    if (StringPrototypeIndexOf(file, 'node:') === 0 || file === '[native code]') continue;
    return StringPrototypeIndexOf(file, '/node_modules/') !== -1;
  }
  return false;
}

// A ':' left in the hostname once the port is taken off (a port that is not
// all digits): Node moves it into the path and warns once (DEP0170),
// from packages too.
function warnInvalidPort(input) {
  if (invalidPortWarned) return;
  invalidPortWarned = true;
  process.emitWarning(`The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

function invalidUrl(input) {
  const err = new ERR_INVALID_URL(input);
  err.input = input;
  return err;
}

// ---- hostnames ---------------------------------------------------------------

// Node hands a hostname with non-ASCII in it to UTS #46 ToASCII (non-
// transitional; CheckBidi and CheckJoiners on; CheckHyphens, the STD3 rules
// and the DNS length check off) and refuses the URL when that fails; an
// ASCII hostname passes unchanged, "xn--" labels unchecked. That is the
// IDNA step of the WHATWG host parser (src/url/idna.c), without its
// percent-decoding, forbidden code points and IPv4 numbers.
const kNonAscii = /[^\0-\x7f]/;
let bindingToASCII;

// Returns '' when the hostname is not a valid domain.
function hostnameToASCII(hostname) {
  if (!RegExpPrototypeTest(kNonAscii, hostname)) return hostname;
  if (bindingToASCII === undefined) bindingToASCII = internalBinding('url').toASCII;
  const ascii = bindingToASCII(hostname);
  if (ascii === null) throw new RangeError('Invalid string length');
  return ascii;
}

// ---- Url ---------------------------------------------------------------------

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// parseQueryString: the query becomes an object (a null-prototype one, and
// {} when there is no query at all). slashesDenoteHost: '//x/y' is host x
// and path /y rather than a path.
Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');

  // Trim, and turn backslashes into slashes up to the first '?' or '#'
  // (after that they are data, escaped further down). Note whether an '@'
  // appears before that point and a '#' anywhere: either rules out the
  // simple-path shortcut.
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(StringPrototypeCharCodeAt(url, start))) start++;
  while (end > start && isTrimmed(StringPrototypeCharCodeAt(url, end - 1))) end--;
  let rest = '';
  let last = start;
  let hasAt = false;
  let hasHash = false;
  let inQuery = false;
  for (let i = start; i < end; i++) {
    const c = StringPrototypeCharCodeAt(url, i);
    if (c === kHash) {
      hasHash = true;
      inQuery = true;
    } else if (inQuery) {
      continue;
    } else if (c === kQuestion) {
      inQuery = true;
    } else if (c === kAt) {
      hasAt = true;
    } else if (c === kBackslash) {
      rest += `${StringPrototypeSlice(url, last, i)}/`;
      last = i + 1;
    }
  }
  rest += StringPrototypeSlice(url, last, end);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const m = RegExpPrototypeExec(kSimplePathPattern, rest);
    if (m !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        const query = StringPrototypeSlice(m[2], 1);
        this.query = parseQueryString ? lazyQuerystring().parse(query) : query;
      } else if (parseQueryString) {
        this.search = null;
        this.query = ObjectCreate(null);
      }
      return this;
    }
  }

  let lowerProto;
  const protoMatch = RegExpPrototypeExec(kProtocolPattern, rest);
  if (protoMatch !== null) {
    const proto = protoMatch[0];
    lowerProto = StringPrototypeToLowerCase(proto);
    this.protocol = lowerProto;
    rest = StringPrototypeSlice(rest, proto.length);
  }

  // '//' after the protocol (or, with slashesDenoteHost or user info, at
  // the start) introduces the authority, except for javascript:.
  let slashes = false;
  if (slashesDenoteHost || protoMatch !== null || RegExpPrototypeTest(kAuthAfterSlashesPattern, rest)) {
    slashes = StringPrototypeCharCodeAt(rest, 0) === kSlash && StringPrototypeCharCodeAt(rest, 1) === kSlash;
    if (slashes && !SetPrototypeHas(hostlessProtocols, lowerProto)) {
      rest = StringPrototypeSlice(rest, 2);
      this.slashes = true;
    }
  }

  // An authority is read after '//', and also right after the colon of a
  // protocol that is neither slashed nor hostless (mailto:user@host).
  if (!SetPrototypeHas(hostlessProtocols, lowerProto) &&
      (slashes || (protoMatch !== null && !SetPrototypeHas(slashedProtocols, protoMatch[0])))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!SetPrototypeHas(hostlessProtocols, lowerProto)) rest = autoEscape(rest);

  // The hash starts at the first '#'; the search at the first '?' before it.
  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = StringPrototypeCharCodeAt(rest, i);
    if (c === kHash) {
      hashIdx = i;
      this.hash = StringPrototypeSlice(rest, i);
      break;
    }
    if (c === kQuestion && questionIdx === -1) questionIdx = i;
  }
  const pathEnd = questionIdx !== -1 ? questionIdx : (hashIdx !== -1 ? hashIdx : rest.length);
  if (questionIdx !== -1) {
    const searchEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = StringPrototypeSlice(rest, questionIdx, searchEnd);
    const query = StringPrototypeSlice(rest, questionIdx + 1, searchEnd);
    this.query = parseQueryString ? lazyQuerystring().parse(query) : query;
  } else if (parseQueryString) {
    this.search = null;
    this.query = ObjectCreate(null);
  }
  if (pathEnd > 0) this.pathname = StringPrototypeSlice(rest, 0, pathEnd);
  if (SetPrototypeHas(slashedProtocols, lowerProto) && this.hostname && !this.pathname)
    this.pathname = '/';

  // `path` is what http.request() wants: pathname and search.
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = urlObjectFormat(this);
  return this;
};

// Reads [auth@]host[:port] from the front of rest into self (the Url
// being parsed), and returns what follows. The host ends at '/', '?' or
// '#'; a character no host may hold ends it too, unless an '@' comes
// later (then it was user info). input is the string given to parse(),
// for errors and warnings.
function parseAuthority(self, rest, input) {
  rest = dropTabsAndNewlines(rest);
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = StringPrototypeCharCodeAt(rest, i);
    if (c === kHash || c === kSlash || c === kQuestion) {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (c === kAt) {
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && isNonHostChar(c)) {
      nonHost = i;
    }
  }
  let hostStart = 0;
  if (atSign !== -1) {
    self.auth = decodeAuth(StringPrototypeSlice(rest, 0, atSign));
    hostStart = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = StringPrototypeSlice(rest, hostStart);
    rest = '';
  } else {
    self.host = StringPrototypeSlice(rest, hostStart, nonHost);
    rest = StringPrototypeSlice(rest, nonHost);
  }

  parseHostInto(self);
  // There is an authority, so there is a hostname, even an empty one.
  if (typeof self.hostname !== 'string') self.hostname = '';
  let hostname = self.hostname;
  const ipv6 = isBracketed(hostname);

  // Whatever follows the first '/', '\', '#', '?' or ':' left in the
  // hostname moves to the front of the path. A ':' there is a port that
  // was not all digits.
  if (!ipv6) {
    for (let i = 0; i < hostname.length; i++) {
      const c = StringPrototypeCharCodeAt(hostname, i);
      if (c === kSlash || c === kBackslash || c === kHash || c === kQuestion || c === kColon) {
        if (c === kColon) warnInvalidPort(input);
        rest = `/${StringPrototypeSlice(hostname, i)}${rest}`;
        hostname = StringPrototypeSlice(hostname, 0, i);
        break;
      }
    }
  }

  if (hostname.length > kHostnameMaxLength) hostname = '';
  else hostname = StringPrototypeToLowerCase(hostname);
  if (hostname !== '') {
    if (ipv6) {
      if (RegExpPrototypeTest(kForbiddenIpv6HostChars, hostname)) throw invalidUrl(input);
    } else {
      hostname = hostnameToASCII(hostname);
      if (hostname === '' || RegExpPrototypeTest(kForbiddenHostChars, hostname))
        throw invalidUrl(input);
    }
  }
  self.host = hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    // The brackets stay in host and leave hostname; the path is absolute.
    hostname = StringPrototypeSlice(hostname, 1, -1);
    if (StringPrototypeCharCodeAt(rest, 0) !== kSlash) rest = `/${rest}`;
  }
  self.hostname = hostname;
  return rest;
}

// Tabs, line feeds and carriage returns inside the authority (up to the
// first '/', '?' or '#') are deleted, as the WHATWG parser deletes them
// everywhere; in the path, query and hash they are escaped instead.
function dropTabsAndNewlines(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = StringPrototypeCharCodeAt(rest, i);
    if (c === kSlash || c === kQuestion || c === kHash) break;
    if (c === 0x09 || c === 0x0a || c === 0x0d) {
      out += StringPrototypeSlice(rest, last, i);
      last = i + 1;
    }
  }
  return last === 0 ? rest : out + StringPrototypeSlice(rest, last);
}

// The user info is percent-decoded; a malformed escape throws the URIError
// that decodeURIComponent throws, with V8's message rather than JSC's.
function decodeAuth(auth) {
  try {
    return origDecodeURIComponent(auth);
  } catch (err) {
    if (err instanceof URIError) throw new URIError('URI malformed');
    throw err;
  }
}

function isBracketed(hostname) {
  return StringPrototypeCharCodeAt(hostname, 0) === kLeftBracket &&
    StringPrototypeCharCodeAt(hostname, hostname.length - 1) === kRightBracket;
}

// Splits this.host into hostname and port. A trailing ':' with no digits
// is dropped, a ':' followed by anything else stays in the hostname.
function parseHostInto(self) {
  let host = self.host;
  const m = RegExpPrototypeExec(kPortPattern, host);
  if (m !== null) {
    const port = m[0];
    if (port !== ':') self.port = StringPrototypeSlice(port, 1);
    host = StringPrototypeSlice(host, 0, host.length - port.length);
  }
  if (host) self.hostname = host;
}

Url.prototype.format = function format() {
  return urlObjectFormat(this);
};

Url.prototype.resolve = function resolve(relative) {
  return urlObjectFormat(resolveUrlObject(this, urlParse(relative, false, true)));
};

Url.prototype.resolveObject = function resolveObject(relative) {
  return resolveUrlObject(this, relative);
};

Url.prototype.parseHost = function parseHost() {
  parseHostInto(this);
};

// ---- format ------------------------------------------------------------------

// Characters of the user info format() leaves as they are; everything else
// is percent-encoded as UTF-8, as encodeURIComponent() would.
const kAuthNoEscape = new Int8Array(128);
for (const c of "!'()*-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~") {
  kAuthNoEscape[StringPrototypeCharCodeAt(c, 0)] = 1;
}
const kHex = [];
for (let i = 0; i < 256; i++) kHex[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// format() does not check the types of a Url's fields. Node reads a field's
// `length` from the value itself and its characters from the value
// converted to a string, so a number or an array formats (an array as its
// first `length` characters, here and in the pathname), a Symbol throws.
// The helpers below keep that: `len` comes from the field, every character
// access goes through the captured String methods, which convert.

// Percent-encodes the user info. A surrogate takes the next code unit as
// its pair whatever that is; only a surrogate in the last place fails
// (Node's quirk, kept).
function encodeAuth(str) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (kAuthNoEscape[c] === 1) continue;
      out += StringPrototypeSlice(str, last, i) + kHex[c];
    } else if (c < 0x800) {
      out += StringPrototypeSlice(str, last, i) + kHex[0xc0 | (c >> 6)] + kHex[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += StringPrototypeSlice(str, last, i) + kHex[0xe0 | (c >> 12)] +
        kHex[0x80 | ((c >> 6) & 0x3f)] + kHex[0x80 | (c & 0x3f)];
    } else {
      const prefix = StringPrototypeSlice(str, last, i);
      if (++i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3ff) << 10) | (StringPrototypeCharCodeAt(str, i) & 0x3ff));
      out += prefix + kHex[0xf0 | (c >> 18)] + kHex[0x80 | ((c >> 12) & 0x3f)] +
        kHex[0x80 | ((c >> 6) & 0x3f)] + kHex[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + StringPrototypeSlice(str, last) : out;
}

// Escapes the '#' and '?' of a pathname.
function escapePathname(pathname) {
  const len = pathname.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(pathname, i);
    if (c === kHash || c === kQuestion) {
      out += StringPrototypeSlice(pathname, last, i) + (c === kHash ? '%23' : '%3F');
      last = i + 1;
    }
  }
  if (last === 0) return pathname;
  return last !== len ? out + StringPrototypeSlice(pathname, last) : out;
}

// The href of a Url or of any object with Url's fields.
function urlObjectFormat(obj) {
  let auth = obj.auth || '';
  if (auth) {
    auth = encodeAuth(auth);
    auth += '@';
  }
  let protocol = obj.protocol || '';
  let pathname = obj.pathname || '';
  let hash = obj.hash || '';
  let host = '';
  let query = '';

  if (obj.host) {
    host = auth + obj.host;
  } else if (obj.hostname) {
    // A hostname with a ':' is an IPv6 address, written in brackets.
    const hostname = obj.hostname;
    host = auth + (StringPrototypeIncludes(hostname, ':') && !isBracketed(hostname) ?
      '[' + hostname + ']' : hostname);
    if (obj.port) host += ':' + obj.port;
  }

  const objQuery = obj.query;
  if (objQuery !== null && typeof objQuery === 'object') query = lazyQuerystring().stringify(objQuery);

  let search = obj.search || (query && '?' + query) || '';

  if (protocol && StringPrototypeCharCodeAt(protocol, protocol.length - 1) !== kColon) protocol += ':';

  pathname = escapePathname(pathname);

  // Only slashed protocols get '//' on their own; others (mailto:, xmpp:)
  // keep them only when the object says so. A file: URL with no host
  // still gets them.
  if (obj.slashes || SetPrototypeHas(slashedProtocols, protocol)) {
    if (obj.slashes || host) {
      if (pathname && StringPrototypeCharCodeAt(pathname, 0) !== kSlash) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && StringPrototypeCharCodeAt(protocol, 0) === 0x66 &&
               StringPrototypeCharCodeAt(protocol, 1) === 0x69 &&
               StringPrototypeCharCodeAt(protocol, 2) === 0x6c &&
               StringPrototypeCharCodeAt(protocol, 3) === 0x65) { // "file"
      host = '//';
    }
  }

  if (StringPrototypeIncludes(search, '#')) search = StringPrototypeReplaceAll(search, '#', '%23');
  if (hash && StringPrototypeCharCodeAt(hash, 0) !== kHash) hash = '#' + hash;
  if (search && StringPrototypeCharCodeAt(search, 0) !== kQuestion) search = '?' + search;
  return protocol + host + pathname + search + hash;
}

// ---- resolve -----------------------------------------------------------------

function urlParse(url, parseQueryString, slashesDenoteHost) {
  maybeWarnParse();
  if (url !== null && typeof url === 'object' && url instanceof Url) return url;
  const result = new Url();
  parseInto(result, url, parseQueryString, slashesDenoteHost);
  return result;
}

// Url.prototype.parse as defined here, not as a user may have replaced it.
const urlPrototypeParse = Url.prototype.parse;
const parseInto = (self, url, parseQueryString, slashesDenoteHost) =>
  ReflectApply(urlPrototypeParse, self, [url, parseQueryString, slashesDenoteHost]);

// resolveObject() calls String methods on the fields it splits, as Node
// does, on the field itself: a pathname that is a number or an array
// throws a TypeError there (format() converts instead). Strings go through
// the captured methods.
function fieldCharAt(value, i) {
  return typeof value === 'string' ? StringPrototypeCharAt(value, i) : value.charAt(i);
}
function fieldSplit(value, sep) {
  return typeof value === 'string' ? StringPrototypeSplit(value, sep) : value.split(sep);
}
function fieldIndexOf(value, search) {
  return typeof value === 'string' ? StringPrototypeIndexOf(value, search) : value.indexOf(search);
}

function copyFields(to, from, skip) {
  const keys = ObjectKeys(from);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== skip) to[k] = from[k];
  }
}

function setPath(result) {
  result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
}

// Resolves relative (a Url, a string, or any object with Url's fields)
// against base the way a browser resolved a link before the WHATWG URL
// standard. relative is not copied: like Node, this writes to it in the
// protocol-change and non-slashed cases.
function resolveUrlObject(base, relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    parseInto(rel, relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyFields(result, base);

  // The hash always comes from relative, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = urlObjectFormat(result);
    return result;
  }

  // '//host/path': everything but the protocol comes from relative.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, 'protocol');
    if (SetPrototypeHas(slashedProtocols, result.protocol) && result.hostname && !result.pathname) {
      result.pathname = '/';
      result.path = '/';
    }
    result.href = urlObjectFormat(result);
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol)
    return resolveOtherProtocol(result, relative);

  const isSourceAbs = result.pathname && fieldCharAt(result.pathname, 0) === '/';
  const isRelAbs = relative.host || (relative.pathname && fieldCharAt(relative.pathname, 0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && fieldSplit(result.pathname, '/')) || [];
  const relPath = (relative.pathname && fieldSplit(relative.pathname, '/')) || [];

  // A non-slashed URL (mailto:, news:) keeps its "host" as the first path
  // segment while the paths are merged, so that '..' can climb into it.
  const noLeadingSlashes = result.protocol && !SetPrototypeHas(slashedProtocols, result.protocol);
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else ArrayPrototypeUnshift(srcPath, result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // A relative URL that names the protocol brings its own user info
      // (or none): the base's is dropped.
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else ArrayPrototypeUnshift(relPath, relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // relative's path replaces the base's, and its host, if it has one
    // (an empty one too), the base's; a new host drops the user info.
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // The base's last segment goes, relative's segments follow.
    ArrayPrototypePop(srcPath);
    srcPath = ArrayPrototypeConcat(srcPath, relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ('?x'): the base keeps its path.
    if (noLeadingSlashes) {
      result.hostname = result.host = ArrayPrototypeShift(srcPath);
      takeAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) setPath(result);
    result.href = urlObjectFormat(result);
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = urlObjectFormat(result);
    return result;
  }

  // A path ending in '.' or '..' ends in a slash once they are resolved;
  // one ending in anything else does not get one.
  let lastSegment = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) &&
     (lastSegment === '.' || lastSegment === '..')) || lastSegment === '';

  // Drop '.' segments and cancel each '..' against the segment before it;
  // `up` counts the '..' that climb above the first segment.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    lastSegment = srcPath[i];
    if (lastSegment === '.') {
      ArrayPrototypeSplice(srcPath, i, 1);
    } else if (lastSegment === '..') {
      ArrayPrototypeSplice(srcPath, i, 1);
      up++;
    } else if (up) {
      ArrayPrototypeSplice(srcPath, i, 1);
      up--;
    }
  }
  // A relative result keeps the '..' that had nothing to cancel.
  if (!mustEndAbs && !removeAllDots) {
    while (up--) ArrayPrototypeUnshift(srcPath, '..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || fieldCharAt(srcPath[0], 0) !== '/'))
    ArrayPrototypeUnshift(srcPath, '');
  if (hasTrailingSlash && StringPrototypeSlice(ArrayPrototypeJoin(srcPath, '/'), -1) !== '/')
    ArrayPrototypePush(srcPath, '');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && fieldCharAt(srcPath[0], 0) === '/');

  // A non-slashed URL gets its host back from the first segment.
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? ArrayPrototypeShift(srcPath) : '');
    takeAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) ArrayPrototypeUnshift(srcPath, '');

  if (srcPath.length > 0) {
    result.pathname = ArrayPrototypeJoin(srcPath, '/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = urlObjectFormat(result);
  return result;
}

// A host segment of a non-slashed URL may carry user info
// ('mailto:a@b' resolved against another mailto:): split it off again.
function takeAuthFromHost(result) {
  const host = result.host;
  if (host && fieldIndexOf(host, '@') > 0) {
    const parts = fieldSplit(host, '@');
    result.auth = ArrayPrototypeShift(parts);
    result.host = result.hostname = ArrayPrototypeShift(parts);
  }
}

// relative has a protocol other than the base's.
function resolveOtherProtocol(result, relative) {
  // Not a slashed protocol: relative is absolute and taken whole.
  if (!SetPrototypeHas(slashedProtocols, relative.protocol)) {
    copyFields(result, relative);
    result.href = urlObjectFormat(result);
    return result;
  }
  // A slashed protocol with no host ('http:x/y'): the first non-empty
  // segment of the path becomes the host. file: and javascript: keep their
  // path as it is.
  result.protocol = relative.protocol;
  if (!relative.host && !RegExpPrototypeTest(/^file:?$/, relative.protocol) &&
      !SetPrototypeHas(hostlessProtocols, relative.protocol)) {
    const relPath = fieldSplit(relative.pathname || '', '/');
    while (relPath.length && !(relative.host = ArrayPrototypeShift(relPath)));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') ArrayPrototypeUnshift(relPath, '');
    if (relPath.length < 2) ArrayPrototypeUnshift(relPath, '');
    result.pathname = ArrayPrototypeJoin(relPath, '/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) setPath(result);
  result.slashes = result.slashes || relative.slashes;
  result.href = urlObjectFormat(result);
  return result;
}

// ---- the module functions ------------------------------------------------------

// url.format(): a string is parsed first (and so cleaned up); an object is
// formatted through Url's rules whether or not it is a Url. lib/url.js
// handles WHATWG URL objects before calling this.
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  }
  return urlObjectFormat(urlObject);
}

function urlResolve(source, relative) {
  const base = urlParse(source, false, true);
  return urlObjectFormat(resolveUrlObject(base, urlParse(relative, false, true)));
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return resolveUrlObject(urlParse(source, false, true), relative);
}

module.exports = {
  Url,
  urlParse,
  urlFormat,
  urlResolve,
  urlResolveObject,
};
