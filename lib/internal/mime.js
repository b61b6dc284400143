'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized by
// the WHATWG MIME Sniffing standard, with Node's deviations (see
// parseParams). Type, subtype and parameter names are ASCII-lowercased;
// parameter values keep their case. Parameters are parsed on first use,
// since most code only looks at the essence.

const { ERR_INVALID_MIME_SYNTAX } = require('internal/errors').codes;

// Captured at load: Map and String methods called on kiln's own objects
// and on user strings, so that patching the prototypes changes nothing.
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const SymbolIterator = Symbol.iterator;
const StringFromCharCode = String.fromCharCode;
const MapCtor = Map;
const {
  get: mapGet, set: mapSet, has: mapHas, delete: mapDelete,
  entries: mapEntries, keys: mapKeys, values: mapValues,
} = Map.prototype;
const mapIteratorNext = Object.getPrototypeOf(new Map().entries()).next;
const { indexOf: stringIndexOf, slice: stringSlice, charCodeAt: stringCharCodeAt } = String.prototype;

function indexOf(str, search, from) {
  return ReflectApply(stringIndexOf, str, [search, from]);
}

function slice(str, start, end = str.length) {
  return ReflectApply(stringSlice, str, [start, end]);
}

function codeAt(str, i) {
  return ReflectApply(stringCharCodeAt, str, [i]);
}

// ---- character classes ------------------------------------------------------------

function isHttpWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

// The token code points of RFC 9110: ASCII letters and digits and
// !#$%&'*+-.^_`|~
const kTokenTable = new Uint8Array(128);
for (const ch of "!#$%&'*+-.^_`|~") kTokenTable[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) kTokenTable[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) kTokenTable[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) kTokenTable[c] = 1;

// Index of the first code unit that is not a token code point, or -1.
function firstNonToken(str) {
  for (let i = 0; i < str.length; i++) {
    const c = codeAt(str, i);
    if (c >= 128 || kTokenTable[c] === 0) return i;
  }
  return -1;
}

// Index of the first code unit a quoted-string cannot hold (anything but
// tab, U+0020-U+007E and U+0080-U+00FF), or -1.
function firstNonQuotedStringChar(str) {
  for (let i = 0; i < str.length; i++) {
    const c = codeAt(str, i);
    if (!(c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return i;
  }
  return -1;
}

// Lowercases A-Z only: the standard's "ASCII lowercase" (toLowerCase would
// also turn the Kelvin sign into a 'k').
function asciiLower(str) {
  for (let i = 0; i < str.length; i++) {
    const c = codeAt(str, i);
    if (c >= 0x41 && c <= 0x5a) {
      let out = slice(str, 0, i);
      for (let j = i; j < str.length; j++) {
        const d = codeAt(str, j);
        out += d >= 0x41 && d <= 0x5a ? StringFromCharCode(d + 0x20) : str[j];
      }
      return out;
    }
  }
  return str;
}

// Length of str without its trailing HTTP whitespace.
function trimmedEnd(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(codeAt(str, end - 1))) end--;
  return end;
}

// ---- parsing ---------------------------------------------------------------------------

// type "/" subtype, after leading whitespace. Returns [type, subtype,
// index just past the ';' that ends the subtype (or the end)]. The index
// in an error is the bad character's index within the type or subtype.
function parseTypeAndSubtype(str) {
  let pos = 0;
  while (pos < str.length && isHttpWhitespace(codeAt(str, pos))) pos++;
  const slash = indexOf(str, '/', pos);
  const type = slash === -1 ? slice(str, pos) : slice(str, pos, slash);
  const badType = firstNonToken(type);
  if (type === '' || badType !== -1 || slash === -1) {
    throw new ERR_INVALID_MIME_SYNTAX('type', str, badType);
  }
  pos = slash + 1;
  const semicolon = indexOf(str, ';', pos);
  const rawSubtype = semicolon === -1 ? slice(str, pos) : slice(str, pos, semicolon);
  pos += rawSubtype.length + (semicolon === -1 ? 0 : 1);
  const subtype = slice(rawSubtype, 0, trimmedEnd(rawSubtype));
  const badSubtype = firstNonToken(subtype);
  if (subtype === '' || badSubtype !== -1) {
    throw new ERR_INVALID_MIME_SYNTAX('subtype', str, badSubtype);
  }
  return [asciiLower(type), asciiLower(subtype), pos];
}

// The parameters after the subtype, into `map`. Invalid parameters are
// dropped, and the first of two with the same name wins. Two places differ
// from the standard, as in Node: the names and values are checked after
// being read (so `a="b"c=d` yields c=d, whose junk after the closing quote
// the standard would skip), and exactly one character after a quoted
// value is skipped, not everything up to the next ';'.
function parseParams(str, map) {
  const end = trimmedEnd(str);
  let pos = 0;
  while (pos < end) {
    while (pos < str.length && isHttpWhitespace(codeAt(str, pos))) pos++;
    let nameEnd = pos;
    while (nameEnd < str.length) {
      const c = codeAt(str, nameEnd);
      if (c === 0x3b /* ; */ || c === 0x3d /* = */) break;
      nameEnd++;
    }
    const name = asciiLower(slice(str, pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const c = codeAt(str, pos);
      pos++;
      if (c === 0x3b) continue; // a name without a value
    }
    if (pos >= end) break;
    let value;
    if (codeAt(str, pos) === 0x22 /* " */) {
      // A quoted string: backslash escapes the next character; a backslash
      // at the very end stays; no closing quote runs to the end.
      pos++;
      value = '';
      while (pos < str.length) {
        const c = codeAt(str, pos);
        if (c === 0x5c /* \ */) {
          if (pos + 1 < str.length) {
            value += str[pos + 1];
            pos += 2;
          } else {
            value += '\\';
            pos++;
          }
        } else if (c === 0x22) {
          pos++;
          break;
        } else {
          value += str[pos];
          pos++;
        }
      }
    } else {
      const semicolon = indexOf(str, ';', pos);
      const raw = semicolon === -1 ? slice(str, pos) : slice(str, pos, semicolon);
      pos += raw.length;
      value = slice(raw, 0, trimmedEnd(raw));
      if (value === '') continue;
    }
    if (name !== '' && firstNonToken(name) === -1 && firstNonQuotedStringChar(value) === -1 &&
        !ReflectApply(mapHas, map, [name])) {
      ReflectApply(mapSet, map, [name, value]);
    }
    pos++;
  }
}

// A value as a parameter serializes: bare if it is a token, else quoted
// with '"' and '\' escaped; the empty string as "".
function serializeValue(value) {
  if (value.length === 0) return '""';
  if (firstNonToken(value) === -1) return value;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

// ---- MIMEParams ---------------------------------------------------------------------

let makeParams;
let serializeParams;

// Walks a Map iterator with the captured next(), so that patching
// %MapIteratorPrototype% cannot reach a MIMEParams.
function* iterate(iterator) {
  for (;;) {
    const step = ReflectApply(mapIteratorNext, iterator, []);
    if (step.done) return;
    yield step.value;
  }
}

class MIMEParams {
  #data = new MapCtor();
  #pending = null; // the unparsed parameter string, until first use

  delete(name) {
    ReflectApply(mapDelete, this.#parsed(), [asciiLower(`${name}`)]);
  }

  get(name) {
    const data = this.#parsed();
    name = asciiLower(`${name}`);
    return ReflectApply(mapHas, data, [name]) ? ReflectApply(mapGet, data, [name]) : null;
  }

  has(name) {
    return ReflectApply(mapHas, this.#parsed(), [asciiLower(`${name}`)]);
  }

  set(name, value) {
    const data = this.#parsed();
    name = `${name}`;
    value = `${value}`;
    const badName = firstNonToken(name);
    if (name.length === 0 || badName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = firstNonQuotedStringChar(value);
    if (badValue !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    }
    ReflectApply(mapSet, data, [asciiLower(name), value]);
  }

  // Live, like a Map's: a parameter set during iteration is visited.
  *entries() {
    yield* iterate(ReflectApply(mapEntries, this.#parsed(), []));
  }

  *keys() {
    yield* iterate(ReflectApply(mapKeys, this.#parsed(), []));
  }

  *values() {
    yield* iterate(ReflectApply(mapValues, this.#parsed(), []));
  }

  toString() {
    return serializeParams(this);
  }

  #parsed() {
    if (this.#pending !== null) {
      const str = this.#pending;
      this.#pending = null;
      parseParams(str, this.#data);
    }
    return this.#data;
  }

  static {
    makeParams = (str) => {
      const params = new MIMEParams();
      params.#pending = str;
      return params;
    };
    serializeParams = (params) => {
      const iterator = ReflectApply(mapEntries, params.#parsed(), []);
      let out = '';
      for (;;) {
        const step = ReflectApply(mapIteratorNext, iterator, []);
        if (step.done) break;
        out += `${out.length > 0 ? ';' : ''}${step.value[0]}=${serializeValue(step.value[1])}`;
      }
      return out;
    };
  }
}

ObjectDefineProperty(MIMEParams.prototype, SymbolIterator, {
  __proto__: null,
  value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});
ObjectDefineProperty(MIMEParams.prototype, 'toJSON', {
  __proto__: null,
  value: MIMEParams.prototype.toString, writable: true, enumerable: false, configurable: true,
});

// ---- MIMEType ----------------------------------------------------------------------------

// The checks shared by the type and subtype setters.
function validToken(value, production) {
  value = `${value}`;
  const bad = firstNonToken(value);
  if (value.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, bad);
  return asciiLower(value);
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const parsed = parseTypeAndSubtype(string);
    this.#type = parsed[0];
    this.#subtype = parsed[1];
    this.#params = makeParams(slice(string, parsed[2]));
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = validToken(value, 'type');
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = validToken(value, 'subtype');
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = serializeParams(this.#params);
    return `${this.#type}/${this.#subtype}${params.length > 0 ? `;${params}` : ''}`;
  }
}

ObjectDefineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null,
  value: MIMEType.prototype.toString, writable: true, enumerable: false, configurable: true,
});

module.exports = {
  MIMEType,
  MIMEParams,
};
