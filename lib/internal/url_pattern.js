'use strict';
// URLPattern, the WHATWG URL Pattern standard (urlpattern.spec.whatwg.org),
// as Node 24 has it. Node's is C++ (ada's url_pattern, version 4.0, behind a
// V8 function template); here it is the standard's algorithms in JS, the
// matching done with the RegExps the standard generates (flag 'v', and 'i'
// for ignoreCase), and the URL parsing with kiln's own parser
// (internalBinding('url'), as lib/internal/url.js uses it). Loaded on the
// first read of the URLPattern global or of url.URLPattern.
//
// Where Node departs from the standard, this follows Node; each place says
// so. In short:
// - Arguments: a non-string member of an init dictionary is ignored, not
//   stringified; undefined or null input is {}; the messages and codes are
//   those of Node's binding.
// - Canonicalization (ada's): protocols are checked as scheme names, without
//   the URL parser's trimming; usernames, passwords, pathnames, searches and
//   hashes are canonicalized against a non-special URL (so a backslash stays
//   in a pathname and ' stays in a search), ports without a scheme's default,
//   and opaque pathnames by parsing "x:" + value.
// - exec()/test() of a string that is not an absolute URL, without a base
//   URL, match it as a URL relative to an empty, scheme-less one; a
//   dictionary's search loses a second leading '?'.
// - exec()'s result has a null prototype and its keys in alphabetical order;
//   each groups object has a fresh object as its prototype and its keys in
//   the order of ada's std::unordered_map.

// ---- builtins, captured at load ---------------------------------------------------

const {
  charCodeAt, codePointAt, slice, indexOf, lastIndexOf, toLowerCase, toWellFormed,
} = String.prototype;
const StringPrototypeCharCodeAt = (s, i) => charCodeAt.call(s, i);
const StringPrototypeCodePointAt = (s, i) => codePointAt.call(s, i);
const StringPrototypeSlice = (s, start, end) => slice.call(s, start, end);
const StringPrototypeIndexOf = (s, search) => indexOf.call(s, search);
const StringPrototypeLastIndexOf = (s, search) => lastIndexOf.call(s, search);
const StringPrototypeToLowerCase = (s) => toLowerCase.call(s);
const StringPrototypeToWellFormed = (s) => toWellFormed.call(s);
const StringFromCodePoint = String.fromCodePoint;
const { push: arrayPush } = Array.prototype;
const ArrayPrototypePush = (a, v) => arrayPush.call(a, v);
const { exec: regExpExec } = RegExp.prototype;
const RegExpPrototypeExec = (re, s) => regExpExec.call(re, s);
const RegExpCtor = RegExp;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;
const MathImul = Math.imul;
const NumberParseInt = Number.parseInt;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const { add: weakSetAdd } = WeakSet.prototype;
// Objects structuredClone and postMessage refuse (lib/internal/structured_clone.js).
const uncloneable = natives.uncloneable;

// ---- errors -------------------------------------------------------------------------

// Node's binding throws plain TypeErrors with a code (C++ errors: no
// "[code]" in the name or the stack), or, for a wrong receiver, V8's own
// "Illegal invocation" without one. The frames of the function that threw
// are left out, as a native function leaves none.
function codedTypeError(message, code, caller) {
  const err = new TypeErrorCtor(message);
  ErrorCaptureStackTrace(err, caller);
  if (code !== undefined) err.code = code;
  return err;
}

// Thrown inside the algorithms where the standard throws a TypeError; the
// constructor turns it into ERR_INVALID_URL_PATTERN, matching into null.
const kFailure = { __proto__: null };
function fail() {
  throw kFailure;
}

// ---- the URL parser -----------------------------------------------------------------

// internalBinding('url'): parse(input[, base]) and update(href, component,
// value) return the href (true for parse when it is the input itself),
// leaving the offsets of its parts in binding.offsets (see
// src/binding/url.c); undefined or false when it is not a URL or the
// setter fails; null when memory ran out.
const { parse: rawParse, update: rawUpdate, offsets } = internalBinding('url');
const kNone = 0xFFFFFFFF;
const kFlagHasHost = 1;
const kFlagOpaquePath = 2;
// url_component in src/url/url.h.
const kSetUsername = 1;
const kSetPassword = 2;
const kSetHostname = 4;
const kSetPathname = 6;
const kSetSearch = 7;
const kSetHash = 8;

function noMemory() {
  return new RangeErrorCtor('Invalid string length');
}

// The href of input parsed (against base), its offsets in `offsets`; or
// undefined when it is not a URL.
function parseHref(input, base) {
  const r = base === undefined ? rawParse(input) : rawParse(input, base);
  if (r === true) return input;
  if (r === null) throw noMemory();
  return r;
}

// The href after a setter on href, or undefined when the setter fails.
function updateHref(href, component, value) {
  const r = rawUpdate(href, component, value);
  if (r === null) throw noMemory();
  return r === false ? undefined : r;
}

// The parts of the href last parsed or updated (as the URL getters read
// them, without the protocol's ':', the search's '?' or the hash's '#'),
// from `offsets`.
function usernameOf(href) {
  return offsets[8] & kFlagHasHost ? StringPrototypeSlice(href, offsets[0] + 2, offsets[1]) : '';
}
function passwordOf(href) {
  return offsets[2] - 1 > offsets[1] ? StringPrototypeSlice(href, offsets[1] + 1, offsets[2] - 1) : '';
}
function hostnameOf(href) {
  return StringPrototypeSlice(href, offsets[2], offsets[3]);
}
function portOf() {
  return offsets[4] === kNone ? '' : `${offsets[4]}`;
}
function pathnameOf(href) {
  const end = offsets[6] !== kNone ? offsets[6] : offsets[7] !== kNone ? offsets[7] : href.length;
  return StringPrototypeSlice(href, offsets[5], end);
}
function searchOf(href) {
  if (offsets[6] === kNone) return '';
  return StringPrototypeSlice(href, offsets[6] + 1, offsets[7] === kNone ? href.length : offsets[7]);
}
function hashOf(href) {
  return offsets[7] === kNone ? '' : StringPrototypeSlice(href, offsets[7] + 1);
}

// The eight components of a URL string (and its flags at index 8), as
// match() and process a URLPatternInit read them.
const kProtocol = 0;
const kUsername = 1;
const kPassword = 2;
const kHostname = 3;
const kPort = 4;
const kPathname = 5;
const kSearch = 6;
const kHash = 7;
function componentsOf(href) {
  return [
    StringPrototypeSlice(href, 0, offsets[0] - 1),
    usernameOf(href),
    passwordOf(href),
    hostnameOf(href),
    portOf(),
    pathnameOf(href),
    searchOf(href),
    hashOf(href),
    offsets[8],
  ];
}

// ---- canonicalization (the encoding callbacks) ---------------------------------------
// Each takes a piece of a pattern's fixed text (or a URLPatternInit member,
// when matching) and returns it canonicalized, or fails.

// The dummy URLs the setters run on. Node's (ada's) dummy is non-special,
// where the standard's is https:, but for hostnames.
const kDummy = 'x://dummy.invalid/';
const kSpecialDummy = 'https://dummy.invalid/';

// Sets bits in table for each character of chars (the tables below are
// made when a program first uses URLPattern: no builtin iterators).
function markEach(table, chars, set, clear) {
  for (let i = 0; i < chars.length; i++) {
    const c = StringPrototypeCharCodeAt(chars, i);
    table[c] = (table[c] & ~clear) | set;
  }
}

function isAlpha(c) {
  return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A);
}
function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// The ASCII characters each canonicalizer leaves as they are, so that the
// common pattern text ("/users", "example.com") skips the URL parser:
// kKeepPathname, printable and outside the path percent-encode set, but '.'
// and '%' (a dot segment, "%2e" too, would be removed); kKeepSearch and
// kKeepHash, printable and outside the (non-special) query and the
// fragment sets; kKeepHostname, letters, '-' and '.' (no digits: a number
// would be an IPv4 address).
const kKeepPathname = 1;
const kKeepSearch = 2;
const kKeepHash = 4;
const kKeepHostname = 8;
const kKeep = new Uint8Array(128);
for (let c = 0x21; c < 0x7F; c++) {
  kKeep[c] = kKeepPathname | kKeepSearch | kKeepHash;
}
markEach(kKeep, '"#<>?^`{}.%', 0, kKeepPathname);
markEach(kKeep, '"#<>', 0, kKeepSearch);
markEach(kKeep, '"<>`', 0, kKeepHash);
for (let c = 0; c < 128; c++) {
  if (isAlpha(c) || c === 0x2D /* - */ || c === 0x2E /* . */) kKeep[c] |= kKeepHostname;
}

function allKept(value, which) {
  for (let i = 0; i < value.length; i++) {
    const c = StringPrototypeCharCodeAt(value, i);
    if (c >= 0x80 || (kKeep[c] & which) === 0) return false;
  }
  return true;
}

// Node checks a protocol as a scheme name, and lowercases it: unlike the
// URL parser the standard runs, it trims nothing and removes no tab or
// newline (" http" fails). A trailing ':' is dropped first, as ada does.
function canonicalizeProtocol(value) {
  if (value === '') return value;
  let len = value.length;
  if (StringPrototypeCharCodeAt(value, len - 1) === 0x3A /* : */) len--;
  if (len === 0 || !isAlpha(StringPrototypeCharCodeAt(value, 0))) fail();
  for (let i = 1; i < len; i++) {
    const c = StringPrototypeCharCodeAt(value, i);
    if (!isAlpha(c) && !isDigit(c) && c !== 0x2B /* + */ && c !== 0x2D /* - */ && c !== 0x2E /* . */) fail();
  }
  return StringPrototypeToLowerCase(len === value.length ? value : StringPrototypeSlice(value, 0, len));
}

function canonicalizeUsername(value) {
  if (value === '') return value;
  const href = updateHref(kDummy, kSetUsername, value);
  if (href === undefined) fail();
  return usernameOf(href);
}

function canonicalizePassword(value) {
  if (value === '') return value;
  const href = updateHref(kDummy, kSetPassword, value);
  if (href === undefined) fail();
  return passwordOf(href);
}

function canonicalizeHostname(value) {
  if (value === '') return value;
  if (allKept(value, kKeepHostname)) {
    // (A label "xn--..." is Punycode, to check.)
    const lower = StringPrototypeToLowerCase(value);
    if (StringPrototypeIndexOf(lower, 'xn--') === -1) return lower;
  }
  const href = updateHref(kSpecialDummy, kSetHostname, value);
  if (href === undefined) fail();
  return hostnameOf(href);
}

function isHexDigit(c) {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function canonicalizeIPv6Hostname(value) {
  for (let i = 0; i < value.length; i++) {
    const c = StringPrototypeCharCodeAt(value, i);
    if (!isHexDigit(c) && c !== 0x5B /* [ */ && c !== 0x5D /* ] */ && c !== 0x3A /* : */) fail();
  }
  return StringPrototypeToLowerCase(value);
}

// The default port of a special scheme, or -1.
function defaultPort(scheme) {
  switch (scheme) {
    case 'http':
    case 'ws':
      return 80;
    case 'https':
    case 'wss':
      return 443;
    case 'ftp':
      return 21;
    default:
      return -1;
  }
}

// The port setter: tabs and newlines removed, nothing left is no port;
// otherwise the leading digits, none being a failure, as is a port past
// 65535. A compiled pattern's port keeps every number (Node's dummy URL has
// no scheme whose default it would drop); matching drops the default port
// of the input's protocol.
function canonicalizePort(value, protocol) {
  if (value === '') return value;
  let port = -1;
  let empty = true;
  for (let i = 0; i < value.length; i++) {
    const c = StringPrototypeCharCodeAt(value, i);
    if (c === 0x09 || c === 0x0A || c === 0x0D) continue;
    empty = false;
    if (!isDigit(c)) break;
    port = (port < 0 ? 0 : port * 10) + c - 0x30;
    if (port > 65535) fail();
  }
  if (empty) return '';
  if (port < 0) fail();
  if (protocol !== undefined && port === defaultPort(protocol)) return '';
  return `${port}`;
}

function canonicalizePatternPort(value) {
  return canonicalizePort(value, undefined);
}

// The pathname setter's parse (the path start state with an override), on
// a non-special URL as Node has it: a backslash is not a separator. A value
// without a leading '/' is parsed after "/-", which is then cut off, so
// that the parser neither adds a '/' nor takes a leading "." for a segment.
function canonicalizePathname(value) {
  if (value === '' || allKept(value, kKeepPathname)) return value;
  const leadingSlash = StringPrototypeCharCodeAt(value, 0) === 0x2F /* / */;
  const href = updateHref(kDummy, kSetPathname, leadingSlash ? value : `/-${value}`);
  if (href === undefined) fail();
  const pathname = pathnameOf(href);
  return leadingSlash ? pathname : StringPrototypeSlice(pathname, 2);
}

// Node's opaque pathname is that of the URL "x:" + value: a whole parse,
// which trims trailing spaces, stops at '?' and '#', and makes "//h/p" an
// authority (leaving an empty path).
function canonicalizeOpaquePathname(value) {
  if (value === '') return value;
  const href = parseHref(`x:${value}`);
  if (href === undefined) fail();
  return pathnameOf(href);
}

// The search and hash setters drop one leading '?' or '#' of their value;
// the query and fragment states the standard runs do not, hence the one
// added here.
function canonicalizeSearch(value) {
  if (value === '' || allKept(value, kKeepSearch)) return value;
  const href = updateHref(kDummy, kSetSearch, `?${value}`);
  if (href === undefined) fail();
  return searchOf(href);
}

function canonicalizeHash(value) {
  if (value === '' || allKept(value, kKeepHash)) return value;
  const href = updateHref(kDummy, kSetHash, `#${value}`);
  if (href === undefined) fail();
  return hashOf(href);
}

function isSpecialScheme(s) {
  switch (s) {
    case 'ftp':
    case 'file':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return true;
    default:
      return false;
  }
}

// ---- tokenizing -----------------------------------------------------------------

const kOpen = 0;
const kClose = 1;
const kRegexp = 2;
const kName = 3;
const kChar = 4;
const kEscapedChar = 5;
const kOtherModifier = 6;
const kAsterisk = 7;
const kEnd = 8;
const kInvalidChar = 9;

// ASCII name code points: 1 may start a name, 2 may continue one.
const kAsciiName = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (isAlpha(c) || c === 0x24 /* $ */ || c === 0x5F /* _ */) kAsciiName[c] = 3;
  else if (isDigit(c)) kAsciiName[c] = 2;
}
const kIdStart = /^[$_\p{ID_Start}]$/u;
const kIdPart = /^[$\u200C\u200D\p{ID_Continue}]$/u;

// ECMAScript's IdentifierStartChar (first) or IdentifierPartChar.
function isValidNameCodePoint(cp, first) {
  if (cp < 0x80) return (kAsciiName[cp] & (first ? 1 : 2)) !== 0;
  return RegExpPrototypeExec(first ? kIdStart : kIdPart, StringFromCodePoint(cp)) !== null;
}

function codePointLength(cp) {
  return cp > 0xFFFF ? 2 : 1;
}

// The standard's tokenizer. Positions are UTF-16 indices rather than code
// point counts: the input is well formed, so a code point's units are never
// split, and every substring taken is the same.
class Tokenizer {
  constructor(input, lenient) {
    this.input = input;
    this.lenient = lenient;
    this.tokens = [];
    this.index = 0;
  }

  add(type, next, valueStart, valueEnd) {
    ArrayPrototypePush(this.tokens, {
      type,
      index: this.index,
      value: StringPrototypeSlice(this.input, valueStart, valueEnd),
    });
    this.index = next;
  }

  // "Process a tokenizing error": strict throws, lenient makes the code
  // points from valueStart to next an invalid-char token.
  error(next, valueStart) {
    if (!this.lenient) fail();
    this.add(kInvalidChar, next, valueStart, next);
  }

  run() {
    const input = this.input;
    const len = input.length;
    while (this.index < len) {
      const i = this.index;
      const cp = StringPrototypeCodePointAt(input, i);
      const next = i + codePointLength(cp);
      switch (cp) {
        case 0x2A: // *
          this.add(kAsterisk, next, i, next);
          continue;
        case 0x2B: // +
        case 0x3F: // ?
          this.add(kOtherModifier, next, i, next);
          continue;
        case 0x5C: { // backslash
          if (next === len) {
            this.error(next, i);
            continue;
          }
          const escaped = StringPrototypeCodePointAt(input, next);
          const end = next + codePointLength(escaped);
          this.add(kEscapedChar, end, next, end);
          continue;
        }
        case 0x7B: // {
          this.add(kOpen, next, i, next);
          continue;
        case 0x7D: // }
          this.add(kClose, next, i, next);
          continue;
        case 0x3A: { // :
          let pos = next;
          while (pos < len) {
            const c = StringPrototypeCodePointAt(input, pos);
            if (!isValidNameCodePoint(c, pos === next)) break;
            pos += codePointLength(c);
          }
          if (pos <= next) {
            this.error(next, i);
            continue;
          }
          this.add(kName, pos, next, pos);
          continue;
        }
        case 0x28: // (
          this.regexp(i, next);
          continue;
      }
      this.add(kChar, next, i, next);
    }
    this.add(kEnd, this.index, this.index, this.index);
    return this.tokens;
  }

  // A regexp group "(...)" at i: ASCII only, balanced, its own groups
  // non-capturing ("(?"), not itself starting with '?'.
  regexp(i, start) {
    const input = this.input;
    const len = input.length;
    let depth = 1;
    let pos = start;
    while (pos < len) {
      const c = StringPrototypeCodePointAt(input, pos);
      if (c > 0x7F || (pos === start && c === 0x3F /* ? */)) {
        this.error(start, i);
        return;
      }
      if (c === 0x5C /* backslash */) {
        if (pos + 1 === len || StringPrototypeCodePointAt(input, pos + 1) > 0x7F) {
          this.error(start, i);
          return;
        }
        pos += 2;
        continue;
      }
      if (c === 0x29 /* ) */) {
        if (--depth === 0) {
          pos++;
          break;
        }
      } else if (c === 0x28 /* ( */) {
        depth++;
        if (pos + 1 === len || StringPrototypeCharCodeAt(input, pos + 1) !== 0x3F /* ? */) {
          this.error(start, i);
          return;
        }
      }
      pos++;
    }
    if (depth !== 0 || pos - start - 1 === 0) {
      this.error(start, i);
      return;
    }
    this.add(kRegexp, pos, start, pos - 1);
  }
}

function tokenize(input, lenient) {
  return new Tokenizer(input, lenient).run();
}

// ---- parsing pattern strings -------------------------------------------------------

const kFixedText = 0;
const kRegexpPart = 1;
const kSegmentWildcard = 2;
const kFullWildcard = 3;

const kModifierNone = 0;
const kModifierOptional = 1;
const kModifierZeroOrMore = 2;
const kModifierOneOrMore = 3;

const kFullWildcardRegexp = '.*';

// The standard's options: the delimiter and prefix code points ('' or one
// ASCII character) and ignore case.
const kDefaultOptions = { delimiter: '', prefix: '', ignoreCase: false };
const kHostnameOptions = { delimiter: '.', prefix: '', ignoreCase: false };
const kPathnameOptions = { delimiter: '/', prefix: '/', ignoreCase: false };
const kDefaultOptionsIgnoreCase = { delimiter: '', prefix: '', ignoreCase: true };
const kPathnameOptionsIgnoreCase = { delimiter: '/', prefix: '/', ignoreCase: true };

function segmentWildcardRegexp(options) {
  return `[^${escapeRegexpString(options.delimiter)}]+?`;
}

function makePart(type, value, modifier, name, prefix, suffix) {
  return { type, value, modifier, name, prefix, suffix };
}

class PatternParser {
  constructor(input, options, encode) {
    this.tokens = tokenize(input, false);
    this.encode = encode;
    this.segmentWildcard = segmentWildcardRegexp(options);
    this.parts = [];
    this.pending = '';
    this.index = 0;
    this.nextNumericName = 0;
  }

  tryConsume(type) {
    const token = this.tokens[this.index];
    if (token.type !== type) return null;
    this.index++;
    return token;
  }

  tryConsumeModifier() {
    return this.tryConsume(kOtherModifier) ?? this.tryConsume(kAsterisk);
  }

  tryConsumeRegexpOrWildcard(nameToken) {
    const token = this.tryConsume(kRegexp);
    if (nameToken === null && token === null) return this.tryConsume(kAsterisk);
    return token;
  }

  consumeRequired(type) {
    if (this.tryConsume(type) === null) fail();
  }

  consumeText() {
    let result = '';
    for (;;) {
      const token = this.tryConsume(kChar) ?? this.tryConsume(kEscapedChar);
      if (token === null) return result;
      result += token.value;
    }
  }

  flushPending() {
    if (this.pending === '') return;
    const value = this.encode(this.pending);
    this.pending = '';
    ArrayPrototypePush(this.parts, makePart(kFixedText, value, kModifierNone, '', '', ''));
  }

  isDuplicateName(name) {
    const parts = this.parts;
    for (let i = 0; i < parts.length; i++) {
      if (parts[i].name === name) return true;
    }
    return false;
  }

  addPart(prefix, nameToken, regexpOrWildcardToken, suffix, modifierToken) {
    let modifier = kModifierNone;
    if (modifierToken !== null) {
      switch (modifierToken.value) {
        case '?': modifier = kModifierOptional; break;
        case '*': modifier = kModifierZeroOrMore; break;
        case '+': modifier = kModifierOneOrMore; break;
      }
    }
    if (nameToken === null && regexpOrWildcardToken === null && modifier === kModifierNone) {
      // A "{foo}": plain text, joined to the text around it.
      this.pending += prefix;
      return;
    }
    this.flushPending();
    if (nameToken === null && regexpOrWildcardToken === null) {
      // A "{foo}?": text of its own.
      if (prefix === '') return;
      ArrayPrototypePush(this.parts, makePart(kFixedText, this.encode(prefix), modifier, '', '', ''));
      return;
    }
    let value;
    if (regexpOrWildcardToken === null) value = this.segmentWildcard;
    else if (regexpOrWildcardToken.type === kAsterisk) value = kFullWildcardRegexp;
    else value = regexpOrWildcardToken.value;
    // A regexp group equal to what a name or '*' would make is one.
    let type = kRegexpPart;
    if (value === this.segmentWildcard) {
      type = kSegmentWildcard;
      value = '';
    } else if (value === kFullWildcardRegexp) {
      type = kFullWildcard;
      value = '';
    }
    let name;
    if (nameToken !== null) {
      name = nameToken.value;
    } else {
      name = `${this.nextNumericName++}`;
    }
    if (this.isDuplicateName(name)) fail();
    if (type === kRegexpPart && StringPrototypeIndexOf(value, '[') !== -1 && !new ClassSetChecker(value).run()) fail();
    const encodedPrefix = this.encode(prefix);
    const encodedSuffix = this.encode(suffix);
    ArrayPrototypePush(this.parts, makePart(type, value, modifier, name, encodedPrefix, encodedSuffix));
  }

  run(options) {
    const tokens = this.tokens;
    while (this.index < tokens.length) {
      // <prefix char><name><regexp><modifier>, any of them.
      const charToken = this.tryConsume(kChar);
      let nameToken = this.tryConsume(kName);
      let regexpOrWildcardToken = this.tryConsumeRegexpOrWildcard(nameToken);
      if (nameToken !== null || regexpOrWildcardToken !== null) {
        let prefix = charToken === null ? '' : charToken.value;
        if (prefix !== '' && prefix !== options.prefix) {
          this.pending += prefix;
          prefix = '';
        }
        this.flushPending();
        const modifierToken = this.tryConsumeModifier();
        this.addPart(prefix, nameToken, regexpOrWildcardToken, '', modifierToken);
        continue;
      }
      const fixedToken = charToken ?? this.tryConsume(kEscapedChar);
      if (fixedToken !== null) {
        this.pending += fixedToken.value;
        continue;
      }
      // {<prefix><name><regexp><suffix>}<modifier>
      if (this.tryConsume(kOpen) !== null) {
        const prefix = this.consumeText();
        nameToken = this.tryConsume(kName);
        regexpOrWildcardToken = this.tryConsumeRegexpOrWildcard(nameToken);
        const suffix = this.consumeText();
        this.consumeRequired(kClose);
        const modifierToken = this.tryConsumeModifier();
        this.addPart(prefix, nameToken, regexpOrWildcardToken, suffix, modifierToken);
        continue;
      }
      this.flushPending();
      this.consumeRequired(kEnd);
    }
    return this.parts;
  }
}

function parsePatternString(input, options, encode) {
  return new PatternParser(input, options, encode).run(options);
}

// ---- part lists to regular expressions and pattern strings -----------------------

function modifierString(modifier) {
  switch (modifier) {
    case kModifierZeroOrMore: return '*';
    case kModifierOptional: return '?';
    case kModifierOneOrMore: return '+';
    default: return '';
  }
}

// 1 for the characters escape a regexp string escapes, 2 for those escape a
// pattern string does.
const kEscape = new Uint8Array(128);
markEach(kEscape, '.+*?^${}()[]|/\\', 1, 0);
markEach(kEscape, '+*?:{}()\\', 2, 0);

function escapeString(input, which) {
  let result = '';
  let last = 0;
  for (let i = 0; i < input.length; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c < 0x80 && (kEscape[c] & which) !== 0) {
      result += `${StringPrototypeSlice(input, last, i)}\\`;
      last = i;
    }
  }
  return result === '' ? input : result + StringPrototypeSlice(input, last);
}

function escapeRegexpString(input) {
  return escapeString(input, 1);
}

function escapePatternString(input) {
  return escapeString(input, 2);
}

// "Generate a regular expression and name list".
function generateRegexp(parts, options) {
  let result = '^';
  const names = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.type === kFixedText) {
      if (part.modifier === kModifierNone) {
        result += escapeRegexpString(part.value);
      } else {
        result += `(?:${escapeRegexpString(part.value)})${modifierString(part.modifier)}`;
      }
      continue;
    }
    ArrayPrototypePush(names, part.name);
    let value = part.value;
    if (part.type === kSegmentWildcard) value = segmentWildcardRegexp(options);
    else if (part.type === kFullWildcard) value = kFullWildcardRegexp;
    const modifier = modifierString(part.modifier);
    if (part.prefix === '' && part.suffix === '') {
      if (part.modifier === kModifierNone || part.modifier === kModifierOptional) {
        result += `(${value})${modifier}`;
      } else {
        result += `((?:${value})${modifier})`;
      }
      continue;
    }
    const prefix = escapeRegexpString(part.prefix);
    const suffix = escapeRegexpString(part.suffix);
    if (part.modifier === kModifierNone || part.modifier === kModifierOptional) {
      result += `(?:${prefix}(${value})${suffix})${modifier}`;
      continue;
    }
    result += `(?:${prefix}((?:${value})(?:${suffix}${prefix}(?:${value}))*)${suffix})`;
    if (part.modifier === kModifierZeroOrMore) result += '?';
  }
  return { source: `${result}$`, names };
}

// "Generate a pattern string": the normalized pattern the getters return.
function generatePatternString(parts, options) {
  let result = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const previous = i > 0 ? parts[i - 1] : null;
    const next = i < parts.length - 1 ? parts[i + 1] : null;
    if (part.type === kFixedText) {
      if (part.modifier === kModifierNone) {
        result += escapePatternString(part.value);
      } else {
        result += `{${escapePatternString(part.value)}}${modifierString(part.modifier)}`;
      }
      continue;
    }
    const customName = !isDigit(StringPrototypeCharCodeAt(part.name, 0));
    let needsGrouping = part.suffix !== '' || (part.prefix !== '' && part.prefix !== options.prefix);
    if (!needsGrouping && customName && part.type === kSegmentWildcard && part.modifier === kModifierNone &&
        next !== null && next.prefix === '' && next.suffix === '') {
      if (next.type === kFixedText) {
        // (A fixed text can be empty: a tab, canonicalized.)
        needsGrouping = next.value !== '' && isValidNameCodePoint(StringPrototypeCodePointAt(next.value, 0), false);
      } else {
        needsGrouping = isDigit(StringPrototypeCharCodeAt(next.name, 0));
      }
    }
    if (!needsGrouping && part.prefix === '' && previous !== null && previous.type === kFixedText &&
        options.prefix !== '' && StringPrototypeSlice(previous.value, -1) === options.prefix) {
      needsGrouping = true;
    }
    if (needsGrouping) result += '{';
    result += escapePatternString(part.prefix);
    if (customName) result += `:${part.name}`;
    if (part.type === kRegexpPart) {
      result += `(${part.value})`;
    } else if (part.type === kSegmentWildcard) {
      if (!customName) result += `(${segmentWildcardRegexp(options)})`;
    } else if (part.type === kFullWildcard) {
      if (!customName && (previous === null || previous.type === kFixedText || previous.modifier !== kModifierNone ||
                          needsGrouping || part.prefix !== '')) {
        result += '*';
      } else {
        result += `(${kFullWildcardRegexp})`;
      }
    }
    if (part.type === kSegmentWildcard && customName && part.suffix !== '' &&
        isValidNameCodePoint(StringPrototypeCodePointAt(part.suffix, 0), false)) {
      result += '\\';
    }
    result += escapePatternString(part.suffix);
    if (needsGrouping) result += '}';
    result += modifierString(part.modifier);
  }
  return result;
}

// ---- the order of a groups object's keys ------------------------------------------
// Node builds each groups object from ada's std::unordered_map<std::string,
// ...>, reserved for the group names and filled in their order, so its keys
// come in libstdc++'s iteration order: a name goes to the front of the list
// or, when its bucket (std::hash % bucket count) is taken, just before the
// names already there. Computed once per compiled component.

// 64-bit arithmetic on (high, low) pairs of uint32: the high word of the
// product of two uint32 (their low word is Math.imul's), and a product by
// the hash's multiplier, left in hashHi and hashLo.
function mulHigh(a, b) {
  const a0 = a & 0xFFFF;
  const a1 = a >>> 16;
  const b0 = b & 0xFFFF;
  const b1 = b >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xFFFF) + (p10 & 0xFFFF);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
}
const kHashMulHi = 0xc6a4a793;
const kHashMulLo = 0x5bd1e995;
const kHashSeed = 0xc70f6907;
let hashHi = 0;
let hashLo = 0;
function mulHashMul(hi, lo) {
  hashHi = (mulHigh(lo, kHashMulLo) + MathImul(hi, kHashMulLo) + MathImul(lo, kHashMulHi)) >>> 0;
  hashLo = MathImul(lo, kHashMulLo) >>> 0;
}

// libstdc++'s std::hash<std::string> (std::_Hash_bytes, 64-bit: a
// MurmurHash) of a name's UTF-8 bytes, modulo buckets.
function hashBucket(bytes, buckets) {
  const len = bytes.length;
  mulHashMul(0, len);
  let hi = hashHi;
  let lo = (hashLo ^ kHashSeed) >>> 0;
  const aligned = len & ~7;
  for (let i = 0; i < aligned; i += 8) {
    const dataLo = (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0;
    const dataHi = (bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24)) >>> 0;
    // data = shift_mix(data * mul) * mul; hash = (hash ^ data) * mul
    mulHashMul(dataHi, dataLo);
    mulHashMul(hashHi, (hashLo ^ (hashHi >>> 15)) >>> 0);
    mulHashMul((hi ^ hashHi) >>> 0, (lo ^ hashLo) >>> 0);
    hi = hashHi;
    lo = hashLo;
  }
  if (len & 7) {
    let dataLo = 0;
    let dataHi = 0;
    for (let k = len - 1; k >= aligned; k--) {
      if (k - aligned >= 4) dataHi = ((dataHi << 8) | bytes[k]) >>> 0;
      else dataLo = ((dataLo << 8) | bytes[k]) >>> 0;
    }
    mulHashMul((hi ^ dataHi) >>> 0, (lo ^ dataLo) >>> 0);
    hi = hashHi;
    lo = hashLo;
  }
  // hash = shift_mix(shift_mix(hash) * mul)
  mulHashMul(hi, (lo ^ (hi >>> 15)) >>> 0);
  hi = hashHi;
  lo = (hashLo ^ (hashHi >>> 15)) >>> 0;
  return ((hi % buckets) * (4294967296 % buckets) + (lo % buckets)) % buckets;
}

function utf8Bytes(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCodePointAt(s, i);
    if (c > 0xFFFF) i++;
    if (c < 0x80) {
      ArrayPrototypePush(bytes, c);
    } else if (c < 0x800) {
      ArrayPrototypePush(bytes, 0xC0 | (c >> 6));
      ArrayPrototypePush(bytes, 0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      ArrayPrototypePush(bytes, 0xE0 | (c >> 12));
      ArrayPrototypePush(bytes, 0x80 | ((c >> 6) & 0x3F));
      ArrayPrototypePush(bytes, 0x80 | (c & 0x3F));
    } else {
      ArrayPrototypePush(bytes, 0xF0 | (c >> 18));
      ArrayPrototypePush(bytes, 0x80 | ((c >> 12) & 0x3F));
      ArrayPrototypePush(bytes, 0x80 | ((c >> 6) & 0x3F));
      ArrayPrototypePush(bytes, 0x80 | (c & 0x3F));
    }
  }
  return bytes;
}

// libstdc++'s bucket count for n elements (_Prime_rehash_policy::_M_next_bkt):
// a small table below 14, then the first of its primes not below n.
const kFastBuckets = [2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13];
const kPrimes = [
  17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113, 127, 137, 139,
  149, 157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409, 439, 467, 503, 541,
  577, 619, 661, 709, 761, 823, 887, 953, 1031, 1109, 1193, 1289, 1381, 1493, 1613, 1741, 1879, 2029, 2179,
  2357, 2549, 2753, 2971, 3209, 3469, 3739, 4027, 4349, 4703, 5087, 5503, 5953, 6427, 6949, 7517, 8123,
  8783, 9497, 10273, 11113, 12011, 12983, 14033, 15173, 16411, 17749, 19183, 20753, 22447, 24281, 26267,
  28411, 30727, 33223, 35933, 38873, 42043, 45481, 49201, 53201, 57557, 62233, 67307, 72817, 78779, 85229,
  92203, 99733,
];
function bucketCount(n) {
  if (n < kFastBuckets.length) return kFastBuckets[n];
  for (let i = 0; i < kPrimes.length; i++) {
    if (kPrimes[i] >= n) return kPrimes[i];
  }
  return n;
}

// The indices of names in the order Node's groups object lists them, or
// null when that is the names' own order as far as anyone can tell: with
// fewer than two names that are not array indices (those come first, in
// increasing order, whatever the order they were added in).
function groupOrder(names) {
  let custom = 0;
  for (let i = 0; i < names.length; i++) {
    if (!isDigit(StringPrototypeCharCodeAt(names[i], 0))) custom++;
  }
  if (custom < 2) return null;
  const buckets = bucketCount(names.length);
  const order = [];
  const bucketOf = [];
  for (let i = 0; i < names.length; i++) {
    const bucket = hashBucket(utf8Bytes(names[i]), buckets);
    let at = 0;
    while (at < order.length && bucketOf[order[at]] !== bucket) at++;
    bucketOf[i] = bucket;
    if (at === order.length) at = 0;
    for (let k = order.length; k > at; k--) order[k] = order[k - 1];
    order[at] = i;
  }
  return order;
}

// ---- character classes in the 'v' mode --------------------------------------------
// The regular expressions are compiled with the 'v' flag, whose character
// classes have a stricter syntax than the 'u' flag's. JavaScriptCore's
// check of it lets through what V8's (the standard's) does not: a '-' that
// is not part of a range ("[\w-]", "[a-]"), a range to or from a nested
// class, or '&&' and '--' mixed with a union. So each regexp group's
// classes are checked here against the grammar (ClassSetExpression) first.
// (The engine also refuses what is valid: an escaped '-', however written,
// right after a nested class or "\q{...}". No rewriting gets past that.)

// 1 for ClassSetSyntaxCharacter, 2 for the characters that are
// ClassSetReservedDoublePunctuator when doubled.
const kClassSyntax = new Uint8Array(128);
markEach(kClassSyntax, '()[]{}/-\\|', 1, 0);
markEach(kClassSyntax, '&!#$%*+,.:;<=>?@^`~', 2, 0);

const kOperandChar = 1;
const kOperandSet = 2;

class ClassSetChecker {
  constructor(source) {
    this.src = source;
    this.pos = 0;
  }

  ch(k) {
    return k < this.src.length ? StringPrototypeCharCodeAt(this.src, k) : -1;
  }

  // An escape at pos inside a class: a character (kOperandChar), a set
  // (a class escape or "\q{...}"), or 0 when it is cut short.
  escape() {
    const src = this.src;
    const c = this.ch(this.pos + 1);
    let end = this.pos + 2;
    let kind = kOperandChar;
    switch (c) {
      case -1:
        return 0;
      case 0x71: // q
        if (this.ch(end) !== 0x7B /* { */) break;
        while (end < src.length && this.ch(end) !== 0x7D /* } */) end += this.ch(end) === 0x5C ? 2 : 1;
        if (end >= src.length) return 0;
        end++;
        kind = kOperandSet;
        break;
      case 0x64: case 0x44: case 0x73: case 0x53: case 0x77: case 0x57: // d D s S w W
        kind = kOperandSet;
        break;
      case 0x70: case 0x50: // p P
        if (this.ch(end) === 0x7B /* { */) {
          while (end < src.length && this.ch(end) !== 0x7D) end++;
          end++;
        }
        kind = kOperandSet;
        break;
      case 0x75: // u
        if (this.ch(end) === 0x7B) {
          while (end < src.length && this.ch(end) !== 0x7D) end++;
          end++;
        } else {
          const lead = NumberParseInt(StringPrototypeSlice(src, end, end + 4), 16);
          end += 4;
          // A surrogate pair of escapes is one character.
          if (lead >= 0xD800 && lead <= 0xDBFF && this.ch(end) === 0x5C && this.ch(end + 1) === 0x75) {
            const trail = NumberParseInt(StringPrototypeSlice(src, end + 2, end + 6), 16);
            if (trail >= 0xDC00 && trail <= 0xDFFF) end += 6;
          }
        }
        break;
      case 0x78: // x
        end += 2;
        break;
      case 0x63: // c
        end++;
        break;
    }
    this.pos = end;
    return kind;
  }

  // One ClassSetOperand at pos: its kind, or 0 for a syntax error.
  operand() {
    const c = this.ch(this.pos);
    if (c === 0x5B /* [ */) return this.nested() ? kOperandSet : 0;
    if (c === 0x5C /* backslash */) return this.escape();
    if (c === -1) return 0;
    if (c < 0x80) {
      if (kClassSyntax[c] === 1) return 0;
      if (kClassSyntax[c] === 2 && this.ch(this.pos + 1) === c) return 0;
    }
    this.pos += c > 0xFFFF ? 2 : 1;
    return kOperandChar;
  }

  // The operator at pos: '&&', '--', or ''.
  operator() {
    const c = this.ch(this.pos);
    if ((c === 0x26 /* & */ || c === 0x2D /* - */) && this.ch(this.pos + 1) === c) return c === 0x26 ? '&&' : '--';
    return '';
  }

  // A class at pos ('['): a union of operands and ranges, or operands
  // joined by '&&' only or '--' only.
  nested() {
    this.pos++;
    if (this.ch(this.pos) === 0x5E /* ^ */) this.pos++;
    if (this.ch(this.pos) === 0x5D /* ] */) {
      this.pos++;
      return true;
    }
    let kind = this.operand();
    if (kind === 0) return false;
    const op = this.operator();
    if (op !== '') {
      while (this.ch(this.pos) !== 0x5D) {
        if (this.operator() !== op) return false;
        this.pos += 2;
        if (op === '&&' && this.ch(this.pos) === 0x26) return false;
        if (this.operand() === 0) return false;
      }
      this.pos++;
      return true;
    }
    for (;;) {
      if (kind === kOperandChar && this.ch(this.pos) === 0x2D /* - */) {
        this.pos++;
        if (this.operand() !== kOperandChar) return false;
      }
      if (this.ch(this.pos) === 0x5D) {
        this.pos++;
        return true;
      }
      if (this.operator() !== '') return false;
      kind = this.operand();
      if (kind === 0) return false;
    }
  }

  // Whether every class in the source is valid.
  run() {
    const src = this.src;
    while (this.pos < src.length) {
      const c = this.ch(this.pos);
      if (c === 0x5C) {
        this.pos += 2;
      } else if (c === 0x5B) {
        if (!this.nested()) return false;
      } else {
        this.pos++;
      }
    }
    return true;
  }
}

// ---- compiling components --------------------------------------------------------

// How a component matches: kAny, a lone full wildcard ("*", ":name(.*)"),
// matches every value (a canonical URL component has no line terminator
// for '.' to stop at); kEmpty only ''; kExact only its fixed text; the
// rest run the regular expression. All four give what the regular
// expression would.
const kAny = 0;
const kEmpty = 1;
const kExact = 2;
const kMatchRegexp = 3;

function matchKind(parts, options) {
  if (parts.length === 0) return kEmpty;
  const first = parts[0];
  if (parts.length === 1 && first.type === kFullWildcard && first.modifier === kModifierNone &&
      first.prefix === '' && first.suffix === '') {
    return kAny;
  }
  if (options.ignoreCase) return kMatchRegexp;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].type !== kFixedText || parts[i].modifier !== kModifierNone) return kMatchRegexp;
  }
  return kExact;
}

// "*" and "" compile to the same component whatever the component (neither
// has text to canonicalize, nor a segment wildcard or prefix): made once.
const kCompiledCache = [];

// "Compile a component": its pattern string, regular expression, group
// names (with the order of Node's groups objects) and kind of match.
function compileComponent(input, encode, options) {
  const cacheable = input === '*' || input === '';
  const cacheIndex = (input === '*' ? 0 : 2) + (options.ignoreCase ? 1 : 0);
  if (cacheable && kCompiledCache[cacheIndex] !== undefined) return kCompiledCache[cacheIndex];
  const parts = parsePatternString(input, options, encode);
  const { source, names } = generateRegexp(parts, options);
  let regexp;
  try {
    regexp = new RegExpCtor(source, options.ignoreCase ? 'vi' : 'v');
  } catch {
    fail();
  }
  let hasRegExpGroups = false;
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].type === kRegexpPart) hasRegExpGroups = true;
    text += parts[i].value;
  }
  const component = {
    pattern: generatePatternString(parts, options),
    regexp,
    names,
    order: groupOrder(names),
    hasRegExpGroups,
    kind: matchKind(parts, options),
    text,
  };
  if (cacheable) kCompiledCache[cacheIndex] = component;
  return component;
}

// RegExpBuiltinExec(component's regular expression, value), or its result
// without running it where the component's kind tells.
const kNoGroups = [''];
function execComponent(component, value) {
  switch (component.kind) {
    case kAny:
      return [value, value];
    case kEmpty:
      return value === '' ? kNoGroups : null;
    case kExact:
      return value === component.text ? kNoGroups : null;
    default:
      return RegExpPrototypeExec(component.regexp, value);
  }
}

function testComponent(component, value) {
  switch (component.kind) {
    case kAny:
      return true;
    case kEmpty:
      return value === '';
    case kExact:
      return value === component.text;
    default:
      return RegExpPrototypeExec(component.regexp, value) !== null;
  }
}

const kSpecialSchemes = ['ftp', 'file', 'http', 'https', 'ws', 'wss'];
function matchesSpecialScheme(component) {
  for (let i = 0; i < kSpecialSchemes.length; i++) {
    if (RegExpPrototypeExec(component.regexp, kSpecialSchemes[i]) !== null) return true;
  }
  return false;
}

function isIPv6Pattern(input) {
  if (input.length < 2) return false;
  const c0 = StringPrototypeCharCodeAt(input, 0);
  const c1 = StringPrototypeCharCodeAt(input, 1);
  return c0 === 0x5B /* [ */ || ((c0 === 0x7B /* { */ || c0 === 0x5C /* backslash */) && c1 === 0x5B);
}

// ---- constructor strings ----------------------------------------------------------

const kStateInit = 0;
const kStateProtocol = 1;
const kStateAuthority = 2;
const kStateUsername = 3;
const kStatePassword = 4;
const kStateHostname = 5;
const kStatePort = 6;
const kStatePathname = 7;
const kStateSearch = 8;
const kStateHash = 9;
const kStateDone = 10;

// The URLPatternInit member each state fills.
const kStateMember = [
  undefined, 'protocol', undefined, 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash',
];

// A URLPatternInit as the algorithms keep it: every member, undefined when
// it does not exist, in the order Node lists them in exec()'s inputs.
function newInit() {
  return {
    protocol: undefined,
    username: undefined,
    password: undefined,
    hostname: undefined,
    port: undefined,
    pathname: undefined,
    search: undefined,
    hash: undefined,
    baseURL: undefined,
  };
}

class ConstructorStringParser {
  constructor(input) {
    this.input = input;
    this.tokens = tokenize(input, true);
    this.result = newInit();
    this.componentStart = 0;
    this.tokenIndex = 0;
    this.tokenIncrement = 1;
    this.groupDepth = 0;
    this.hostnameIPv6BracketDepth = 0;
    this.protocolMatchesSpecialScheme = false;
    this.state = kStateInit;
  }

  run() {
    const tokens = this.tokens;
    while (this.tokenIndex < tokens.length) {
      this.tokenIncrement = 1;
      if (tokens[this.tokenIndex].type === kEnd) {
        if (this.state === kStateInit) {
          // No protocol: a relative pattern, starting with its pathname,
          // search or hash.
          this.rewind();
          if (this.isHashPrefix()) this.changeState(kStateHash, 1);
          else if (this.isSearchPrefix()) this.changeState(kStateSearch, 1);
          else this.changeState(kStatePathname, 0);
          this.tokenIndex += this.tokenIncrement;
          continue;
        }
        if (this.state === kStateAuthority) {
          // No '@': no username or password.
          this.rewindAndSetState(kStateHostname);
          this.tokenIndex += this.tokenIncrement;
          continue;
        }
        this.changeState(kStateDone, 0);
        break;
      }
      // Nothing inside "{...}" ends a component.
      if (this.isGroupOpen()) {
        this.groupDepth++;
        this.tokenIndex += this.tokenIncrement;
        continue;
      }
      if (this.groupDepth > 0) {
        if (this.isGroupClose()) {
          this.groupDepth--;
        } else {
          this.tokenIndex += this.tokenIncrement;
          continue;
        }
      }
      switch (this.state) {
        case kStateInit:
          if (this.isNonSpecialPatternChar(this.tokenIndex, ':')) this.rewindAndSetState(kStateProtocol);
          break;
        case kStateProtocol:
          if (this.isNonSpecialPatternChar(this.tokenIndex, ':')) {
            this.computeProtocolMatchesSpecialScheme();
            let nextState = kStatePathname;
            let skip = 1;
            if (this.nextIsAuthoritySlashes()) {
              nextState = kStateAuthority;
              skip = 3;
            } else if (this.protocolMatchesSpecialScheme) {
              nextState = kStateAuthority;
            }
            this.changeState(nextState, skip);
          }
          break;
        case kStateAuthority:
          if (this.isNonSpecialPatternChar(this.tokenIndex, '@')) {
            this.rewindAndSetState(kStateUsername);
          } else if (this.isNonSpecialPatternChar(this.tokenIndex, '/') || this.isSearchPrefix() ||
                     this.isHashPrefix()) {
            this.rewindAndSetState(kStateHostname);
          }
          break;
        case kStateUsername:
          if (this.isNonSpecialPatternChar(this.tokenIndex, ':')) this.changeState(kStatePassword, 1);
          else if (this.isNonSpecialPatternChar(this.tokenIndex, '@')) this.changeState(kStateHostname, 1);
          break;
        case kStatePassword:
          if (this.isNonSpecialPatternChar(this.tokenIndex, '@')) this.changeState(kStateHostname, 1);
          break;
        case kStateHostname:
          if (this.isNonSpecialPatternChar(this.tokenIndex, '[')) {
            this.hostnameIPv6BracketDepth++;
          } else if (this.isNonSpecialPatternChar(this.tokenIndex, ']')) {
            this.hostnameIPv6BracketDepth--;
          } else if (this.isNonSpecialPatternChar(this.tokenIndex, ':') && this.hostnameIPv6BracketDepth === 0) {
            this.changeState(kStatePort, 1);
          } else if (this.isNonSpecialPatternChar(this.tokenIndex, '/')) {
            this.changeState(kStatePathname, 0);
          } else if (this.isSearchPrefix()) {
            this.changeState(kStateSearch, 1);
          } else if (this.isHashPrefix()) {
            this.changeState(kStateHash, 1);
          }
          break;
        case kStatePort:
          if (this.isNonSpecialPatternChar(this.tokenIndex, '/')) this.changeState(kStatePathname, 0);
          else if (this.isSearchPrefix()) this.changeState(kStateSearch, 1);
          else if (this.isHashPrefix()) this.changeState(kStateHash, 1);
          break;
        case kStatePathname:
          if (this.isSearchPrefix()) this.changeState(kStateSearch, 1);
          else if (this.isHashPrefix()) this.changeState(kStateHash, 1);
          break;
        case kStateSearch:
          if (this.isHashPrefix()) this.changeState(kStateHash, 1);
          break;
      }
      this.tokenIndex += this.tokenIncrement;
    }
    // A hostname without a port means the default port.
    if (this.result.hostname !== undefined && this.result.port === undefined) this.result.port = '';
    return this.result;
  }

  changeState(newState, skip) {
    const state = this.state;
    const result = this.result;
    if (state !== kStateInit && state !== kStateAuthority && state !== kStateDone) {
      result[kStateMember[state]] = this.makeComponentString();
    }
    if (state !== kStateInit && newState !== kStateDone) {
      // The components a later one skipped over: an empty hostname, pathname
      // ('/' for a special scheme) or search.
      const beforeHostname = state === kStateProtocol || state === kStateAuthority || state === kStateUsername ||
        state === kStatePassword;
      if (beforeHostname && (newState === kStatePort || newState === kStatePathname || newState === kStateSearch ||
                             newState === kStateHash) && result.hostname === undefined) {
        result.hostname = '';
      }
      const beforePathname = beforeHostname || state === kStateHostname || state === kStatePort;
      if (beforePathname && (newState === kStateSearch || newState === kStateHash) && result.pathname === undefined) {
        result.pathname = this.protocolMatchesSpecialScheme ? '/' : '';
      }
      if ((beforePathname || state === kStatePathname) && newState === kStateHash && result.search === undefined) {
        result.search = '';
      }
    }
    this.state = newState;
    this.tokenIndex += skip;
    this.componentStart = this.tokenIndex;
    this.tokenIncrement = 0;
  }

  rewind() {
    this.tokenIndex = this.componentStart;
    this.tokenIncrement = 0;
  }

  rewindAndSetState(state) {
    this.rewind();
    this.state = state;
  }

  safeToken(index) {
    const tokens = this.tokens;
    return index < tokens.length ? tokens[index] : tokens[tokens.length - 1];
  }

  isNonSpecialPatternChar(index, value) {
    const token = this.safeToken(index);
    if (token.value !== value) return false;
    return token.type === kChar || token.type === kEscapedChar || token.type === kInvalidChar;
  }

  nextIsAuthoritySlashes() {
    return this.isNonSpecialPatternChar(this.tokenIndex + 1, '/') &&
      this.isNonSpecialPatternChar(this.tokenIndex + 2, '/');
  }

  isSearchPrefix() {
    if (this.isNonSpecialPatternChar(this.tokenIndex, '?')) return true;
    if (this.tokens[this.tokenIndex].value !== '?') return false;
    // A '?' modifier after something it modifies is not a search.
    if (this.tokenIndex === 0) return true;
    const type = this.safeToken(this.tokenIndex - 1).type;
    return type !== kName && type !== kRegexp && type !== kClose && type !== kAsterisk;
  }

  isHashPrefix() {
    return this.isNonSpecialPatternChar(this.tokenIndex, '#');
  }

  isGroupOpen() {
    return this.tokens[this.tokenIndex].type === kOpen;
  }

  isGroupClose() {
    return this.tokens[this.tokenIndex].type === kClose;
  }

  makeComponentString() {
    const token = this.tokens[this.tokenIndex];
    const start = this.safeToken(this.componentStart).index;
    return StringPrototypeSlice(this.input, start, token.index);
  }

  computeProtocolMatchesSpecialScheme() {
    const component = compileComponent(this.makeComponentString(), canonicalizeProtocol, kDefaultOptions);
    if (matchesSpecialScheme(component)) this.protocolMatchesSpecialScheme = true;
  }
}

// ---- URLPatternInit processing -----------------------------------------------------

function baseURLString(input, isURL) {
  return isURL ? input : escapePatternString(input);
}

function isAbsolutePathname(input, isURL) {
  if (input === '') return false;
  const c0 = StringPrototypeCharCodeAt(input, 0);
  if (c0 === 0x2F /* / */) return true;
  if (isURL || input.length < 2) return false;
  return (c0 === 0x5C /* backslash */ || c0 === 0x7B /* { */) && StringPrototypeCharCodeAt(input, 1) === 0x2F;
}

// "Process a URLPatternInit" for type "pattern" (isURL false: the result's
// members are pattern strings, undefined where none was given) or "url"
// (they are canonical URL components, '' where none was given). Returns
// them as an array in component order.
function processInit(init, isURL) {
  const none = isURL ? '' : undefined;
  const result = [none, none, none, none, none, none, none, none];
  let base = null;
  if (init.baseURL !== undefined) {
    const href = parseHref(init.baseURL);
    if (href === undefined) fail();
    base = componentsOf(href);
    const hasProtocol = init.protocol !== undefined;
    const hasHostname = init.hostname !== undefined;
    const hasPort = init.port !== undefined;
    const hasPathname = init.pathname !== undefined;
    const hasSearch = init.search !== undefined;
    if (!hasProtocol) result[kProtocol] = baseURLString(base[kProtocol], isURL);
    // Username and password come from the base URL only when matching.
    if (isURL && !hasProtocol && !hasHostname && !hasPort && init.username === undefined) {
      result[kUsername] = base[kUsername];
      if (init.password === undefined) result[kPassword] = base[kPassword];
    }
    if (!hasProtocol && !hasHostname) {
      result[kHostname] = baseURLString(base[kHostname], isURL);
      if (!hasPort) {
        result[kPort] = base[kPort];
        if (!hasPathname) {
          result[kPathname] = baseURLString(base[kPathname], isURL);
          if (!hasSearch) {
            result[kSearch] = baseURLString(base[kSearch], isURL);
            if (init.hash === undefined) result[kHash] = baseURLString(base[kHash], isURL);
          }
        }
      }
    }
  }
  if (init.protocol !== undefined) {
    let protocol = init.protocol;
    if (StringPrototypeCharCodeAt(protocol, protocol.length - 1) === 0x3A /* : */) {
      protocol = StringPrototypeSlice(protocol, 0, -1);
    }
    result[kProtocol] = isURL ? canonicalizeProtocol(protocol) : protocol;
  }
  if (init.username !== undefined) {
    result[kUsername] = isURL ? canonicalizeUsername(init.username) : init.username;
  }
  if (init.password !== undefined) {
    result[kPassword] = isURL ? canonicalizePassword(init.password) : init.password;
  }
  if (init.hostname !== undefined) {
    result[kHostname] = isURL ? canonicalizeHostname(init.hostname) : init.hostname;
  }
  const protocol = result[kProtocol] ?? '';
  if (init.port !== undefined) {
    result[kPort] = isURL ? canonicalizePort(init.port, protocol) : init.port;
  }
  if (init.pathname !== undefined) {
    let pathname = init.pathname;
    if (base !== null && !(base[8] & kFlagOpaquePath) && !isAbsolutePathname(pathname, isURL)) {
      // Relative to the base URL's directory.
      const basePath = baseURLString(base[kPathname], isURL);
      const slash = StringPrototypeLastIndexOf(basePath, '/');
      if (slash >= 0) pathname = StringPrototypeSlice(basePath, 0, slash + 1) + pathname;
    }
    if (isURL) {
      pathname = protocol === '' || isSpecialScheme(protocol) ?
        canonicalizePathname(pathname) : canonicalizeOpaquePathname(pathname);
    }
    result[kPathname] = pathname;
  }
  if (init.search !== undefined) {
    let search = init.search;
    if (StringPrototypeCharCodeAt(search, 0) === 0x3F /* ? */) search = StringPrototypeSlice(search, 1);
    result[kSearch] = isURL ? canonicalizeSearch(search) : search;
  }
  if (init.hash !== undefined) {
    let hash = init.hash;
    if (StringPrototypeCharCodeAt(hash, 0) === 0x23 /* # */) hash = StringPrototypeSlice(hash, 1);
    result[kHash] = isURL ? canonicalizeHash(hash) : hash;
  }
  return result;
}

// ---- create ------------------------------------------------------------------------

// "Create a URL pattern": its eight compiled components, in component order.
function create(input, baseURL, ignoreCase) {
  let init;
  if (typeof input === 'string') {
    init = new ConstructorStringParser(input).run();
    if (baseURL === undefined && init.protocol === undefined) fail();
    if (baseURL !== undefined) init.baseURL = baseURL;
  } else {
    if (baseURL !== undefined) fail();
    init = input;
  }
  const p = processInit(init, false);
  for (let i = 0; i < 8; i++) {
    if (p[i] === undefined) p[i] = '*';
  }
  if (isSpecialScheme(p[kProtocol]) && p[kPort] === `${defaultPort(p[kProtocol])}`) p[kPort] = '';
  const protocol = compileComponent(p[kProtocol], canonicalizeProtocol, kDefaultOptions);
  const hostname = isIPv6Pattern(p[kHostname]) ?
    compileComponent(p[kHostname], canonicalizeIPv6Hostname, kHostnameOptions) :
    compileComponent(p[kHostname], canonicalizeHostname, kHostnameOptions);
  const options = ignoreCase ? kDefaultOptionsIgnoreCase : kDefaultOptions;
  const pathname = matchesSpecialScheme(protocol) ?
    compileComponent(p[kPathname], canonicalizePathname, ignoreCase ? kPathnameOptionsIgnoreCase : kPathnameOptions) :
    compileComponent(p[kPathname], canonicalizeOpaquePathname, options);
  return [
    protocol,
    compileComponent(p[kUsername], canonicalizeUsername, kDefaultOptions),
    compileComponent(p[kPassword], canonicalizePassword, kDefaultOptions),
    hostname,
    compileComponent(p[kPort], canonicalizePatternPort, kDefaultOptions),
    pathname,
    compileComponent(p[kSearch], canonicalizeSearch, options),
    compileComponent(p[kHash], canonicalizeHash, options),
  ];
}

// ---- match -------------------------------------------------------------------------

// What a string that is not a URL is matched as, without a base URL: Node
// (ada) parses it against an empty URL record, which reads like a
// non-special URL with an empty host and path, and no scheme.
const kEmptyBase = 'x://';

// The href of a URL string input, its offsets in `offsets`, or undefined
// when it is not a URL; relativeInput tells whether it was parsed against
// kEmptyBase (and so has no protocol).
let relativeInput = false;
function inputHref(input, baseURL) {
  relativeInput = false;
  if (baseURL !== undefined) {
    if (parseHref(baseURL) === undefined) return undefined;
    return parseHref(input, baseURL);
  }
  const href = parseHref(input);
  if (href !== undefined) return href;
  relativeInput = true;
  return parseHref(input, kEmptyBase);
}

// Component i of the href last parsed, from `offsets`.
function hrefComponent(href, i) {
  switch (i) {
    case kProtocol: return relativeInput ? '' : StringPrototypeSlice(href, 0, offsets[0] - 1);
    case kUsername: return usernameOf(href);
    case kPassword: return passwordOf(href);
    case kHostname: return hostnameOf(href);
    case kPort: return portOf();
    case kPathname: return pathnameOf(href);
    case kSearch: return searchOf(href);
    default: return hashOf(href);
  }
}

// The groups of a match: own data properties (a group named "__proto__"
// too) on an object whose prototype is an object of its own, as Node makes
// them.
function groupsOf(component, m) {
  const groups = { __proto__: null };
  const names = component.names;
  const order = component.order;
  if (order === null) {
    for (let i = 0; i < names.length; i++) groups[names[i]] = m[i + 1];
  } else {
    for (let i = 0; i < order.length; i++) groups[names[order[i]]] = m[order[i] + 1];
  }
  ObjectSetPrototypeOf(groups, {});
  return groups;
}

function componentResult(component, input, m) {
  return { groups: groupsOf(component, m), input };
}

// exec() (wantResult) and test(): the standard's match, with Node's handling
// of arguments. `caller` is the method, for the errors' stacks.
function match(components, argc, input, baseURL, wantResult, caller) {
  let init = null;
  if (argc === 0 || input === undefined || input === null) {
    init = newInit();
  } else if (typeof input === 'string') {
    input = StringPrototypeToWellFormed(input);
  } else if (typeof input === 'object' || typeof input === 'function') {
    init = readInit(input);
  } else {
    throw codedTypeError('URLPattern input needs to be a string or an object', 'ERR_INVALID_ARG_TYPE', caller);
  }
  if (argc > 1) {
    // null is a base URL, "null", which does not parse.
    if (typeof baseURL === 'string') baseURL = StringPrototypeToWellFormed(baseURL);
    else if (baseURL === null) baseURL = 'null';
    else if (baseURL !== undefined) throw codedTypeError('baseURL must be a string', 'ERR_INVALID_ARG_TYPE', caller);
  } else {
    baseURL = undefined;
  }
  // The input's components: values, or for a URL string its href, read
  // a component at a time so that a miss stops early.
  let values = null;
  let href;
  if (init !== null) {
    if (baseURL !== undefined) {
      throw codedTypeError(wantResult ? 'Failed to exec URLPattern' : 'Failed to test URLPattern',
                           'ERR_OPERATION_FAILED', caller);
    }
    try {
      values = processInit(init, true);
    } catch (err) {
      if (err !== kFailure) throw err;
      return wantResult ? null : false;
    }
    // Node drops a leading '?' of the processed search once more.
    const search = values[kSearch];
    if (StringPrototypeCharCodeAt(search, 0) === 0x3F /* ? */) values[kSearch] = StringPrototypeSlice(search, 1);
  } else {
    href = inputHref(input, baseURL);
    if (href === undefined) return wantResult ? null : false;
  }
  if (!wantResult) {
    for (let i = 0; i < 8; i++) {
      const component = components[i];
      if (component.kind === kAny) continue;
      if (!testComponent(component, values !== null ? values[i] : hrefComponent(href, i))) return false;
    }
    return true;
  }
  if (values === null) values = [];
  const m = [];
  for (let i = 0; i < 8; i++) {
    if (href !== undefined) values[i] = hrefComponent(href, i);
    const r = execComponent(components[i], values[i]);
    if (r === null) return null;
    m[i] = r;
  }
  const inputs = [init ?? input];
  if (init === null && baseURL !== undefined) ArrayPrototypePush(inputs, baseURL);
  return {
    __proto__: null,
    hash: componentResult(components[kHash], values[kHash], m[kHash]),
    hostname: componentResult(components[kHostname], values[kHostname], m[kHostname]),
    inputs,
    password: componentResult(components[kPassword], values[kPassword], m[kPassword]),
    pathname: componentResult(components[kPathname], values[kPathname], m[kPathname]),
    port: componentResult(components[kPort], values[kPort], m[kPort]),
    protocol: componentResult(components[kProtocol], values[kProtocol], m[kProtocol]),
    search: componentResult(components[kSearch], values[kSearch], m[kSearch]),
    username: componentResult(components[kUsername], values[kUsername], m[kUsername]),
  };
}

// ---- the API -------------------------------------------------------------------------

// A URLPatternInit from a user's object: its members read once each, in
// this order; Node keeps only the strings (as USVStrings) and ignores any
// other value.
const kInitMembers = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash',
  'baseURL'];
function readInit(obj) {
  const init = newInit();
  for (let i = 0; i < kInitMembers.length; i++) {
    const name = kInitMembers[i];
    const v = obj[name];
    if (typeof v === 'string') init[name] = StringPrototypeToWellFormed(v);
  }
  return init;
}

function isObject(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// The compiled components live in a private field that PatternState adds
// to the object `new` made (a base class constructor that returns another
// object makes its subclass's fields land on that object): URLPattern is a
// plain function, as Node's is, not a class, and its instances have no own
// properties.
class ReturnObject {
  constructor(object) {
    return object;
  }
}
let componentsOfPattern;
class PatternState extends ReturnObject {
  #components;

  constructor(object, components) {
    super(object);
    this.#components = components;
  }

  static {
    componentsOfPattern = (object, caller) => {
      if (!isObject(object) || !(#components in object)) {
        const err = new TypeErrorCtor('Illegal invocation');
        ErrorCaptureStackTrace(err, caller);
        throw err;
      }
      return object.#components;
    };
  }
}

// new URLPattern(input?, baseURL?, options?) or (input?, options?). Node's
// argument handling: a string second argument is the base URL; with three
// or more arguments the second must be one (undefined and null are taken
// as the strings, which fail to parse), with two it may be the options.
function URLPattern() {
  if (new.target === undefined) {
    throw codedTypeError('Cannot call constructor without `new`', 'ERR_CONSTRUCT_CALL_REQUIRED', URLPattern);
  }
  const argc = arguments.length;
  let input = arguments[0];
  let baseURL;
  let options;
  if (argc === 0 || input === undefined || input === null) {
    input = newInit();
  } else if (typeof input === 'string') {
    input = StringPrototypeToWellFormed(input);
  } else if (isObject(input)) {
    input = readInit(input);
  } else {
    throw codedTypeError('Input must be an object or a string', 'ERR_INVALID_ARG_TYPE', URLPattern);
  }
  if (argc > 1) {
    const second = arguments[1];
    if (typeof second === 'string') {
      baseURL = StringPrototypeToWellFormed(second);
    } else if (argc === 2) {
      if (isObject(second)) {
        options = second;
      } else if (second !== undefined && second !== null) {
        throw codedTypeError('second argument must be a string or object', 'ERR_INVALID_ARG_TYPE', URLPattern);
      }
    } else if (second === undefined || second === null) {
      baseURL = `${second}`;
    } else {
      throw codedTypeError('second argument must be a string', 'ERR_INVALID_ARG_TYPE', URLPattern);
    }
    if (argc > 2) {
      const third = arguments[2];
      if (isObject(third)) {
        options = third;
      } else if (third !== undefined && third !== null) {
        throw codedTypeError('options must be an object', 'ERR_INVALID_ARG_TYPE', URLPattern);
      }
    }
  }
  const ignoreCase = options !== undefined && !!options.ignoreCase;
  let components;
  try {
    components = create(input, baseURL, ignoreCase);
  } catch {
    throw codedTypeError('Failed to construct URLPattern', 'ERR_INVALID_URL_PATTERN', URLPattern);
  }
  new PatternState(this, components);
  // A URLPattern is a platform object, which does not clone (a bare object
  // with its prototype does).
  weakSetAdd.call(uncloneable, this);
}

// The prototype as Node's function template makes it: the getters
// (enumerable, not configurable, unnamed), then exec and test, then the
// constructor.
const proto = {};
// (Wrapped in an array so that the getters have no name, as Node's have none.)
function componentGetter(index) {
  const get = [function() {
    return componentsOfPattern(this, get)[index].pattern;
  }][0];
  return get;
}
const kComponentNames = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
for (let i = 0; i < kComponentNames.length; i++) {
  const get = componentGetter(i);
  ObjectDefineProperty(proto, kComponentNames[i], { __proto__: null, enumerable: true, configurable: false, get });
}
const hasRegExpGroups = [function() {
  const components = componentsOfPattern(this, hasRegExpGroups);
  for (let i = 0; i < 8; i++) {
    if (components[i].hasRegExpGroups) return true;
  }
  return false;
}][0];
ObjectDefineProperty(proto, 'hasRegExpGroups', {
  __proto__: null, enumerable: true, configurable: false, get: hasRegExpGroups,
});

// Methods, not constructors (no prototype), as Node's are.
const { exec, test } = {
  exec() {
    return match(componentsOfPattern(this, exec), arguments.length, arguments[0], arguments[1], true, exec);
  },
  test() {
    return match(componentsOfPattern(this, test), arguments.length, arguments[0], arguments[1], false, test);
  },
};

function defineMethod(name, value) {
  ObjectDefineProperty(proto, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}
defineMethod('exec', exec);
defineMethod('test', test);
ObjectDefineProperty(proto, 'constructor', {
  __proto__: null, value: URLPattern, writable: true, enumerable: false, configurable: true,
});
URLPattern.prototype = proto;

module.exports = { URLPattern };
