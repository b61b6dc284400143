'use strict';
// node:querystring: parse and stringify of application/x-www-form-urlencoded
// style strings with Node's rules (custom separators, maxKeys, '+' as
// space, decoding that falls back to byte-wise %XX when a sequence is not
// valid UTF-8).

// (Object.create(null): JavaScriptCore makes a { __proto__: null } literal
// on a slow path each time.)
const ObjectCreate = Object.create;
const { ERR_INVALID_URI } = require('internal/errors').codes;

const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeToString = uncurry(String.prototype.toString);
const ArrayIsArray = Array.isArray;
const ObjectKeys = Object.keys;
const NumberIsFinite = Number.isFinite;
const origDecodeURIComponent = decodeURIComponent;
const RegExpPrototypeTest = (re, s) => Reflect.apply(RegExp.prototype.test, re, [s]);
const kEscapedByte = /%[0-9A-Fa-f]{2}/;
const kTwoEscapedBytes = /%[0-9A-Fa-f]{2}.*%[0-9A-Fa-f]{2}/s;

// Characters escape() leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const noEscape = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") {
  noEscape[c.charCodeAt(0)] = 1;
}
const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Percent-encodes str as UTF-8, leaving noEscape characters as they are.
function encodeStr(str, table) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (table[c] === 1) continue;
      out += StringPrototypeSlice(str, last, i) + hexTable[c];
      last = i + 1;
      continue;
    }
    out += StringPrototypeSlice(str, last, i);
    if (c < 0x800) {
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    } else {
      // Node pairs a surrogate with whatever code unit follows it, valid
      // low surrogate or not; only one in the last place has no pair.
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const next = StringPrototypeCharCodeAt(str, ++i);
      c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
      out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < str.length) return out + StringPrototypeSlice(str, last);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// The bytes of s with each valid %XX decoded (and '+' as a space when
// decodeSpaces), as a Buffer: what unescape falls back to.
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 /* % */ && i + 2 < s.length) {
      const hi = hexValue(StringPrototypeCharCodeAt(s, i + 1));
      const lo = hi < 0 ? -1 : hexValue(StringPrototypeCharCodeAt(s, i + 2));
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    // Each code unit's low byte, as Node writes it (no UTF-8 encoding).
    out[n++] = c & 0xFF;
  }
  const { Buffer } = require('buffer');
  return Buffer.from(out.buffer, 0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return origDecodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && NumberIsFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeWith(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape; // replaceable, as in Node
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = ObjectKeys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = `${encode(stringifyPrimitive(k))}${eq}`;
    if (ArrayIsArray(v)) {
      for (let j = 0; j < v.length; j++) {
        if (out) out += sep;
        out += ks + encodeWith(v[j], encode);
      }
    } else {
      if (out) out += sep;
      out += ks + encodeWith(v, encode);
    }
  }
  return out;
}

function addPair(obj, key, value) {
  if (key in obj) {
    const cur = obj[key];
    if (ArrayIsArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

// With the default decoder, Node decodes only a part that holds a valid
// %XX escape, so '%zz\u00e9' stays as it is rather than going through the
// byte-wise fallback (which would mangle the non-ASCII). A value counts as
// escaped also when its key held two escapes or more (Node's quirk).
function decodeText(s, decode, isDefault, forceDecode = false) {
  if (isDefault) {
    if (StringPrototypeIndexOf(s, '+') !== -1) s = s.replace(/\+/g, ' ');
    if (!forceDecode && !RegExpPrototypeTest(kEscapedByte, s)) return s;
    return qsUnescape(s, true);
  }
  if (StringPrototypeIndexOf(s, '+') !== -1) s = s.replace(/\+/g, ' ');
  try {
    return decode(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = ObjectCreate(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? StringPrototypeToString(`${sep}`) : '&';
  eq = eq ? StringPrototypeToString(`${eq}`) : '=';
  let maxKeys = 1000;
  // querystring.unescape may be replaced by the program: parse uses it, as in Node.
  let decode = module.exports.unescape;
  if (options) {
    if (typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    if (typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  }
  const isDefault = decode === qsUnescape;
  let pairs = 0;
  let start = 0;
  while (start <= qs.length) {
    // An empty separator (from [] or '') splits nothing, as in Node.
    let end = sep.length === 0 ? qs.length : StringPrototypeIndexOf(qs, sep, start);
    if (end === -1) end = qs.length;
    // Every segment counts toward maxKeys, an empty one too, as in Node.
    if (maxKeys > 0 && pairs >= maxKeys) break;
    if (end > start) {
      const part = StringPrototypeSlice(qs, start, end);
      const at = StringPrototypeIndexOf(part, eq);
      let key;
      let value;
      if (at === -1) {
        key = part;
        value = '';
      } else {
        key = StringPrototypeSlice(part, 0, at);
        value = StringPrototypeSlice(part, at + eq.length);
      }
      addPair(obj, decodeText(key, decode, isDefault),
              decodeText(value, decode, isDefault, isDefault && RegExpPrototypeTest(kTwoEscapedBytes, key)));
    }
    pairs++;
    start = end + (sep.length === 0 ? 1 : sep.length);
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
