'use strict';
// Helpers shared by Headers, FormData, Request, Response and fetch: the
// WebIDL conversions they need and the TypeErrors Node's fetch (undici)
// throws, whose messages are "<interface>.<operation>: <what went wrong>".

const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const StringCtor = String;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const StringPrototypeToWellFormed = String.prototype.toWellFormed;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const TypeErrorCtor = TypeError;

let inspect;
function lazyInspect() {
  return (inspect ??= require('internal/util/inspect').inspect);
}

// How undici names a value in a message: strings quoted, objects inspected.
function stringify(value) {
  switch (typeof value) {
    case 'string': return `"${value}"`;
    case 'symbol': return value.toString();
    case 'object':
    case 'function':
      return value === null ? 'null' : lazyInspect()(value);
    default: return `${value}`;
  }
}

function argumentsError(context, required, found) {
  return new TypeErrorCtor(`${context}: ${required} argument${required === 1 ? '' : 's'} required, ` +
                           `but${found ? ' only' : ''} ${found} found.`);
}

function checkArgs(length, required, context) {
  if (length < required) throw argumentsError(context, required, length);
}

// A brand check failure: Node's fetch classes say "Illegal invocation"
// with the code of ERR_INVALID_THIS.
function illegalInvocation() {
  const err = new TypeErrorCtor('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function toUSVString(value) {
  if (typeof value === 'symbol') throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
  return StringPrototypeToWellFormed.call(StringCtor(value));
}

function toDOMString(value) {
  if (typeof value === 'symbol') throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
  return StringCtor(value);
}

// WebIDL ByteString: every code unit must fit in a byte.
function toByteString(value) {
  const str = typeof value === 'string' ? value : toDOMString(value);
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt.call(str, i);
    if (c > 255) {
      throw new TypeErrorCtor('Cannot convert argument to a ByteString because the character at index ' +
                              `${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return str;
}

function enumError(value, allowed) {
  return new TypeErrorCtor(`undefined: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
}

function toEnum(value, allowed) {
  const str = toDOMString(value);
  if (!allowed.includes(str)) throw enumError(str, allowed);
  return str;
}

// The RFC 9110 token code points: letters, digits and !#$%&'*+-.^_`|~
const kToken = new Uint8Array(128);
for (const ch of "!#$%&'*+-.^_`|~") kToken[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) kToken[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) kToken[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) kToken[c] = 1;

function isToken(str) {
  if (str.length === 0) return false;
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt.call(str, i);
    if (c >= 128 || kToken[c] === 0) return false;
  }
  return true;
}

function isHttpWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

// Leading and trailing HTTP whitespace removed (the Fetch standard's
// "normalize" of a header value).
function trimHttpWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isHttpWhitespace(StringPrototypeCharCodeAt.call(str, start))) start++;
  while (end > start && isHttpWhitespace(StringPrototypeCharCodeAt.call(str, end - 1))) end--;
  return start === 0 && end === str.length ? str : str.slice(start, end);
}

// A normalized header value: no NUL, CR or LF anywhere.
function isHeaderValue(str) {
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt.call(str, i);
    if (c === 0 || c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

// The iterator objects of Headers and FormData: one prototype per class,
// whose next() re-reads the live list at each step, as WebIDL asks (an
// entry deleted during iteration is skipped).
const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));

function makeIteratorClass(tag, getList, project) {
  class Iterator {
    #target;
    #kind;
    #index = 0;

    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
    }

    next() {
      if (typeof this !== 'object' || this === null || !(#target in this)) {
        throw new TypeErrorCtor(`'next' called on an object that does not implement interface ${tag}.`);
      }
      const list = getList(this.#target);
      if (this.#index >= list.length) return { value: undefined, done: true };
      return { value: project(list[this.#index++], this.#kind), done: false };
    }
  }
  const proto = Iterator.prototype;
  // The prototype holds next alone, as WebIDL's iterator prototypes do.
  delete proto.constructor;
  ObjectSetPrototypeOf(proto, IteratorPrototype);
  ObjectDefineProperty(proto, 'next', { __proto__: null, enumerable: true });
  ObjectDefineProperty(proto, SymbolToStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
  return function createIterator(target, kind) {
    return new Iterator(target, kind);
  };
}

function projectPair(entry, kind) {
  if (kind === 'key') return entry[0];
  if (kind === 'value') return entry[1];
  return [entry[0], entry[1]];
}

module.exports = {
  argumentsError,
  checkArgs,
  enumError,
  illegalInvocation,
  isHeaderValue,
  isHttpWhitespace,
  isToken,
  lazyInspect,
  makeIteratorClass,
  projectPair,
  stringify,
  toByteString,
  toDOMString,
  toEnum,
  toUSVString,
  trimHttpWhitespace,
};
