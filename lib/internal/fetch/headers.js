'use strict';
// Headers (the Fetch standard). A header list is a Map from the lowercase
// name to { name, value }: the name as first given (util.inspect shows it
// so, as Node does), the values combined with ", ". Set-Cookie values are
// also kept one by one, since iteration and getSetCookie() must not
// combine them. Iteration is over the lowercase names, sorted; the sorted
// list is cached until the next change.

const {
  checkArgs, illegalInvocation, isHeaderValue, isToken, makeIteratorClass, projectPair,
  stringify, toByteString, trimHttpWhitespace,
} = require('internal/fetch/util');

const MapCtor = Map;
const { get: MapGet, set: MapSet, has: MapHas, delete: MapDelete } = Map.prototype;
const MapEntries = Map.prototype.entries;
const ArrayPrototypeSort = Array.prototype.sort;
const ArrayPrototypePush = Array.prototype.push;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ReflectOwnKeys = Reflect.ownKeys;
const StringPrototypeToLowerCase = String.prototype.toLowerCase;
const SymbolIterator = Symbol.iterator;
const TypeErrorCtor = TypeError;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// Names are ASCII tokens, so toLowerCase is the standard's ASCII lowercase.
function lower(name) {
  return StringPrototypeToLowerCase.call(name);
}

function validateName(name, context) {
  if (!isToken(name)) throw new TypeErrorCtor(`${context}: "${name}" is an invalid header name.`);
}

// A header name argument: converted to a ByteString, then checked.
function nameArgument(name, context) {
  if (typeof name !== 'string') name = toByteString(name);
  if (!isToken(name)) {
    toByteString(name);
    throw new TypeErrorCtor(`${context}: "${name}" is an invalid header name.`);
  }
  return name;
}

function compareEntries(a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

let isHeaders;
let headersList;
let sortedList;
let setGuard;
let getGuard;
let appendHeader;

class Headers {
  #map = new MapCtor();
  #cookies = null;
  #guard = 'none';
  #sorted = null;

  static {
    isHeaders = (value) => typeof value === 'object' && value !== null && #map in value;
    headersList = (headers) => headers.#map;
    setGuard = (headers, guard) => { headers.#guard = guard; };
    getGuard = (headers) => headers.#guard;
    sortedList = (headers) => headers.#sortedList();
    // Appends without validation or guard: for names and values kiln made.
    appendHeader = (headers, name, value) => headers.#append(name, value);
  }

  constructor(init = undefined) {
    if (init !== undefined) fillHeaders(this, init);
  }

  #append(name, value) {
    const key = lower(name);
    const entry = MapGet.call(this.#map, key);
    if (entry === undefined) {
      MapSet.call(this.#map, key, { name, value });
    } else {
      entry.value += `, ${value}`;
    }
    if (key === 'set-cookie') {
      if (this.#cookies === null) this.#cookies = [];
      ArrayPrototypePush.call(this.#cookies, value);
    }
    this.#sorted = null;
  }

  #sortedList() {
    if (this.#sorted !== null) return this.#sorted;
    const list = [];
    for (const { 0: key, 1: entry } of MapEntries.call(this.#map)) {
      ArrayPrototypePush.call(list, [key, entry.value]);
    }
    ArrayPrototypeSort.call(list, compareEntries);
    if (this.#cookies !== null) {
      // Each cookie is its own entry, where the combined one sorted to.
      const out = [];
      for (let i = 0; i < list.length; i++) {
        if (list[i][0] === 'set-cookie') {
          for (let j = 0; j < this.#cookies.length; j++) ArrayPrototypePush.call(out, ['set-cookie', this.#cookies[j]]);
        } else {
          ArrayPrototypePush.call(out, list[i]);
        }
      }
      this.#sorted = out;
    } else {
      this.#sorted = list;
    }
    return this.#sorted;
  }

  append(name, value) {
    if (!isHeaders(this)) throw illegalInvocation();
    checkArgs(arguments.length, 2, 'Headers.append');
    name = toByteString(name);
    value = toByteString(value);
    appendChecked(this, name, value);
  }

  delete(name) {
    if (!isHeaders(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'Headers.delete');
    name = nameArgument(name, 'Headers.delete');
    if (this.#guard === 'immutable') throw new TypeErrorCtor('immutable');
    const key = lower(name);
    if (!MapHas.call(this.#map, key)) return;
    MapDelete.call(this.#map, key);
    if (key === 'set-cookie') this.#cookies = null;
    this.#sorted = null;
  }

  get(name) {
    if (!isHeaders(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'Headers.get');
    name = nameArgument(name, 'Headers.get');
    const entry = MapGet.call(this.#map, lower(name));
    return entry === undefined ? null : entry.value;
  }

  has(name) {
    if (!isHeaders(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'Headers.has');
    name = nameArgument(name, 'Headers.has');
    return MapHas.call(this.#map, lower(name));
  }

  set(name, value) {
    if (!isHeaders(this)) throw illegalInvocation();
    checkArgs(arguments.length, 2, 'Headers.set');
    name = toByteString(name);
    value = trimHttpWhitespace(toByteString(value));
    validateName(name, 'Headers.set');
    if (!isHeaderValue(value)) throw new TypeErrorCtor(`Headers.set: "${value}" is an invalid header value.`);
    if (this.#guard === 'immutable') throw new TypeErrorCtor('immutable');
    const key = lower(name);
    MapSet.call(this.#map, key, { name, value });
    if (key === 'set-cookie') this.#cookies = [value];
    this.#sorted = null;
  }

  getSetCookie() {
    if (!isHeaders(this)) throw illegalInvocation();
    return this.#cookies === null ? [] : [...this.#cookies];
  }

  keys() {
    if (!isHeaders(this)) throw illegalInvocation();
    return createIterator(this, 'key');
  }

  values() {
    if (!isHeaders(this)) throw illegalInvocation();
    return createIterator(this, 'value');
  }

  entries() {
    if (!isHeaders(this)) throw illegalInvocation();
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isHeaders(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeErrorCtor("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    const list = this.#sortedList();
    for (let i = 0; i < list.length; i++) {
      // The list is re-read each step, so a change made by the callback shows.
      const current = this.#sortedList();
      if (i >= current.length) break;
      callback.call(thisArg, current[i][1], current[i][0], this);
    }
  }

  // Headers { name: 'value', ... }: the names as first given, in the order
  // they were added, Set-Cookie values combined.
  [kInspectCustom](depth, options, inspect) {
    if (!isHeaders(this)) return this;
    const fields = {};
    for (const { 1: entry } of MapEntries.call(this.#map)) {
      ObjectDefineProperty(fields, entry.name, {
        __proto__: null, value: entry.value, writable: true, enumerable: true, configurable: true,
      });
    }
    return `Headers ${inspect(fields, { ...options, depth: options.depth ?? depth })}`;
  }
}

const createIterator = makeIteratorClass('Headers Iterator', (headers) => sortedList(headers), projectPair);

function appendChecked(headers, name, value) {
  value = trimHttpWhitespace(value);
  validateName(name, 'Headers.append');
  if (!isHeaderValue(value)) throw new TypeErrorCtor(`Headers.append: "${value}" is an invalid header value.`);
  if (getGuard(headers) === 'immutable') throw new TypeErrorCtor('immutable');
  appendHeader(headers, name, value);
}

function initError() {
  return new TypeErrorCtor('Headers constructor: Argument 1 could not be converted to one of: ' +
                           'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
}

// The Fetch standard's "fill": init is a HeadersInit, a sequence of pairs
// or a record. Another Headers object is copied entry by entry, keeping
// the case of its names.
function fillHeaders(headers, init) {
  if (typeof init !== 'object' && typeof init !== 'function') throw initError();
  if (init === null) throw initError();
  if (isHeaders(init)) {
    const cookies = init.getSetCookie();
    for (const { 0: key, 1: entry } of MapEntries.call(headersList(init))) {
      if (key === 'set-cookie') {
        for (let i = 0; i < cookies.length; i++) appendChecked(headers, entry.name, cookies[i]);
      } else {
        appendChecked(headers, entry.name, entry.value);
      }
    }
    return;
  }
  const iteratorMethod = init[SymbolIterator];
  if (iteratorMethod !== undefined && iteratorMethod !== null) {
    if (typeof iteratorMethod !== 'function') throw initError();
    const pairs = [];
    let index = 0;
    for (const pair of { [SymbolIterator]: () => iteratorMethod.call(init) }) {
      if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
          typeof pair[SymbolIterator] !== 'function') {
        throw new TypeErrorCtor(`Headers constructor: init[${index}] (${stringify(pair)}) is not iterable.`);
      }
      const items = [];
      for (const item of pair) ArrayPrototypePush.call(items, toByteString(item));
      ArrayPrototypePush.call(pairs, items);
      index++;
    }
    for (let i = 0; i < pairs.length; i++) {
      if (pairs[i].length !== 2) {
        throw new TypeErrorCtor(`Headers constructor: expected name/value pair to be length 2, found ${pairs[i].length}.`);
      }
    }
    for (let i = 0; i < pairs.length; i++) appendChecked(headers, pairs[i][0], pairs[i][1]);
    return;
  }
  const keys = ReflectOwnKeys(init);
  const record = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'symbol') {
      throw new TypeErrorCtor(`Headers constructor: Key ${key.toString()} in init is a symbol, which cannot be converted to a ByteString.`);
    }
    ArrayPrototypePush.call(record, [toByteString(key), toByteString(init[key])]);
  }
  for (let i = 0; i < record.length; i++) appendChecked(headers, record[i][0], record[i][1]);
}

// A new Headers holding a copy of another's entries.
function copyHeaders(from, guard) {
  const headers = new Headers();
  if (from !== null) {
    const cookies = from.getSetCookie();
    for (const { 0: key, 1: entry } of MapEntries.call(headersList(from))) {
      if (key === 'set-cookie') {
        for (let i = 0; i < cookies.length; i++) appendHeader(headers, entry.name, cookies[i]);
      } else {
        appendHeader(headers, entry.name, entry.value);
      }
    }
  }
  setGuard(headers, guard);
  return headers;
}

function headerValue(headers, name) {
  const entry = MapGet.call(headersList(headers), name);
  return entry === undefined ? null : entry.value;
}

// The entries as [name, value] in the order they were added, with the name
// spelled as first given: what fetch() puts on the wire.
function headerEntries(headers) {
  const out = [];
  for (const { 1: entry } of MapEntries.call(headersList(headers))) {
    ArrayPrototypePush.call(out, [entry.name, entry.value]);
  }
  return out;
}

function makeHeaders(guard) {
  const headers = new Headers();
  setGuard(headers, guard);
  return headers;
}

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(Headers.prototype, {
  append: kEnumerable,
  delete: kEnumerable,
  get: kEnumerable,
  has: kEnumerable,
  set: kEnumerable,
  getSetCookie: kEnumerable,
  keys: kEnumerable,
  values: kEnumerable,
  entries: kEnumerable,
  forEach: kEnumerable,
  [SymbolIterator]: { __proto__: null, value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'Headers', configurable: true },
});

natives.uncloneable.add(Headers.prototype);
module.exports = {
  Headers,
  appendHeader,
  copyHeaders,
  fillHeaders,
  getGuard,
  headerEntries,
  headerValue,
  isHeaders,
  makeHeaders,
  setGuard,
  sortedList,
};
