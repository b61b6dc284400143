'use strict';
// FormData (the XMLHttpRequest standard's), an ordered list of
// [name, value] entries whose values are strings or Files; plus its
// multipart/form-data serialization for request and response bodies.

const {
  checkArgs, illegalInvocation, makeIteratorClass, projectPair, stringify, toUSVString,
} = require('internal/fetch/util');
const { Blob, File, isBlob } = require('internal/blob');

const ArrayPrototypePush = Array.prototype.push;
const ArrayPrototypeSplice = Array.prototype.splice;
const ArrayIsArray = Array.isArray;
const MathFloor = Math.floor;
const MathRandom = Math.random;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectHasOwn = Object.hasOwn;
const RegExpPrototypeSymbolReplace = RegExp.prototype[Symbol.replace];
const StringPrototypePadStart = String.prototype.padStart;
const TypeErrorCtor = TypeError;
const FileNameGetter = Object.getOwnPropertyDescriptor(File.prototype, 'name').get;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

function isFile(value) {
  if (!isBlob(value)) return false;
  try {
    FileNameGetter.call(value);
    return true;
  } catch {
    return false;
  }
}

// The entry value of the standard's "create an entry": a string, or a
// File (a Blob becomes a File named "blob", or filename when given).
function makeEntryValue(value, filename, context, argc) {
  if (argc > 2 && !isBlob(value)) {
    throw new TypeErrorCtor(`${context}: Expected value ("${stringify(value)}") to be an instance of Blob.`);
  }
  if (!isBlob(value)) return toUSVString(value);
  if (filename !== undefined) filename = toUSVString(filename);
  if (isFile(value) && filename === undefined) return value;
  const options = { type: value.type };
  if (isFile(value)) options.lastModified = value.lastModified;
  return new File([value], filename ?? 'blob', options);
}

let isFormData;
let formEntries;

class FormData {
  #entries = [];

  static {
    isFormData = (value) => typeof value === 'object' && value !== null && #entries in value;
    formEntries = (form) => form.#entries;
  }

  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeErrorCtor('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
  }

  append(name, value, filename = undefined) {
    if (!isFormData(this)) throw illegalInvocation();
    checkArgs(arguments.length, 2, 'FormData.append');
    name = toUSVString(name);
    value = makeEntryValue(value, filename, 'FormData.append', arguments.length);
    ArrayPrototypePush.call(this.#entries, [name, value]);
  }

  delete(name) {
    if (!isFormData(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    const entries = this.#entries;
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i][0] === name) ArrayPrototypeSplice.call(entries, i, 1);
    }
  }

  get(name) {
    if (!isFormData(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i][0] === name) return entries[i][1];
    }
    return null;
  }

  getAll(name) {
    if (!isFormData(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    const entries = this.#entries;
    const out = [];
    for (let i = 0; i < entries.length; i++) {
      if (entries[i][0] === name) ArrayPrototypePush.call(out, entries[i][1]);
    }
    return out;
  }

  has(name) {
    if (!isFormData(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i][0] === name) return true;
    }
    return false;
  }

  // Replaces the first entry of that name and drops the others.
  set(name, value, filename = undefined) {
    if (!isFormData(this)) throw illegalInvocation();
    checkArgs(arguments.length, 2, 'FormData.set');
    name = toUSVString(name);
    value = makeEntryValue(value, filename, 'FormData.set', arguments.length);
    const entries = this.#entries;
    let first = -1;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i][0] !== name) continue;
      if (first === -1) {
        first = i;
        entries[i] = [name, value];
      } else {
        ArrayPrototypeSplice.call(entries, i--, 1);
      }
    }
    if (first === -1) ArrayPrototypePush.call(entries, [name, value]);
  }

  keys() {
    if (!isFormData(this)) throw illegalInvocation();
    return createIterator(this, 'key');
  }

  values() {
    if (!isFormData(this)) throw illegalInvocation();
    return createIterator(this, 'value');
  }

  entries() {
    if (!isFormData(this)) throw illegalInvocation();
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isFormData(this)) throw illegalInvocation();
    checkArgs(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeErrorCtor("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) callback.call(thisArg, entries[i][1], entries[i][0], this);
  }

  // FormData { name: value, ... }, a repeated name's values as an array.
  [kInspectCustom](depth, options, inspect) {
    if (!isFormData(this)) return this;
    const fields = {};
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) {
      const { 0: name, 1: value } = entries[i];
      if (ObjectHasOwn(fields, name)) {
        const prior = fields[name];
        if (ArrayIsArray(prior)) ArrayPrototypePush.call(prior, value);
        else fields[name] = [prior, value];
      } else {
        ObjectDefineProperty(fields, name, {
          __proto__: null, value, writable: true, enumerable: true, configurable: true,
        });
      }
    }
    return `FormData ${inspect(fields, { ...options, depth: options.depth ?? depth })}`;
  }
}

const createIterator = makeIteratorClass('FormData Iterator', (form) => formEntries(form), projectPair);

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(FormData.prototype, {
  append: kEnumerable,
  delete: kEnumerable,
  get: kEnumerable,
  getAll: kEnumerable,
  has: kEnumerable,
  set: kEnumerable,
  keys: kEnumerable,
  values: kEnumerable,
  entries: kEnumerable,
  forEach: kEnumerable,
  [Symbol.iterator]: { __proto__: null, value: FormData.prototype.entries, writable: true, enumerable: false, configurable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'FormData', configurable: true },
});

// ---- multipart/form-data (the HTML standard's encoding algorithm) ----------

const kLineBreaks = /\r\n|\r|\n/g;
const kEscapes = /[\n\r"]/g;
const kEscapeTable = { '\n': '%0A', '\r': '%0D', '"': '%22' };

function escapeName(str) {
  return RegExpPrototypeSymbolReplace.call(kEscapes, str, (c) => kEscapeTable[c]);
}

function normalizeLineBreaks(str) {
  return RegExpPrototypeSymbolReplace.call(kLineBreaks, str, '\r\n');
}

function makeBoundary() {
  const digits = StringPrototypePadStart.call(`${MathFloor(MathRandom() * 1e11)}`, 11, '0');
  return `----formdata-undici-0${digits}`;
}

// The body as parts (Uint8Arrays and Blobs, read when the body is), with
// its length and content type. Names and string values are UTF-8.
function serializeFormData(form, encode) {
  const boundary = makeBoundary();
  const parts = [];
  let length = 0;
  const add = (part) => {
    ArrayPrototypePush.call(parts, part);
    length += isBlob(part) ? part.size : part.length;
  };
  const entries = formEntries(form);
  for (let i = 0; i < entries.length; i++) {
    const { 0: name, 1: value } = entries[i];
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalizeLineBreaks(name))}"`;
    if (typeof value === 'string') {
      add(encode(`${head}\r\n\r\n${normalizeLineBreaks(value)}\r\n`));
    } else {
      head += `; filename="${escapeName(value.name)}"\r\n` +
              `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      add(encode(head));
      if (value.size > 0) add(value);
      add(encode('\r\n'));
    }
  }
  add(encode(`--${boundary}--\r\n`));
  return { parts, length, type: `multipart/form-data; boundary=${boundary}` };
}

natives.uncloneable.add(FormData.prototype);
module.exports = {
  FormData,
  Blob,
  File,
  formEntries,
  isFile,
  isFormData,
  serializeFormData,
};
