'use strict';
// Blob and File (the File API standard), and resolveObjectURL. A blob's
// bytes are copied once, when it is made, into a Uint8Array no one else
// sees; a slice is a view of the same bytes, since neither can change.
// stream() and textStream() load the web streams on first use.

// internal/errors is loaded only when an error is made.
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);
const { TextDecoder } = require('internal/encoding');
const { kUtf8, utf8ByteLength, writeEncoded } = require('internal/buffer');

const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const ArrayBufferPrototypeSlice = ArrayBuffer.prototype.slice;
const DateNow = Date.now;
const MathMax = Math.max;
const MathMin = Math.min;
const MathFloor = Math.floor;
const NumberCtor = Number;
const NumberIsNaN = Number.isNaN;
const ObjectDefineProperties = Object.defineProperties;
const PromiseReject = Promise.reject.bind(Promise);
const PromiseResolve = Promise.resolve.bind(Promise);
const RegExpPrototypeExec = RegExp.prototype.exec;
const RegExpPrototypeSymbolReplace = RegExp.prototype[Symbol.replace];
const StringPrototypeToLowerCase = String.prototype.toLowerCase;
const StringPrototypeStartsWith = String.prototype.startsWith;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeSearch = String.prototype.search;
const SymbolIterator = Symbol.iterator;
const Uint8ArrayCtor = Uint8Array;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeSet = TypedArrayPrototype.set;
const TypedArrayPrototypeSlice = TypedArrayPrototype.slice;
const TypedArrayPrototypeGetBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const TypedArrayPrototypeGetByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const DataViewPrototypeGetBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const DataViewPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const DataViewPrototypeGetByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

const kNotPrintableAscii = /[^\u0020-\u007e]/;
const kLineEndings = /\r\n|\r/g;

// A type outside printable ASCII is no type; otherwise lower case.
function normalizeType(type) {
  type = `${type}`;
  if (RegExpPrototypeExec.call(kNotPrintableAscii, type) !== null) return '';
  return StringPrototypeToLowerCase.call(type);
}

function utf8Bytes(string) {
  const out = new Uint8ArrayCtor(utf8ByteLength(string));
  writeEncoded(out, 0, out.length, string, kUtf8);
  return out;
}

function viewBytes(view) {
  if (typedArrayTag.call(view) !== undefined) {
    return new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(view),
                              TypedArrayPrototypeGetByteOffset.call(view),
                              TypedArrayPrototypeGetByteLength.call(view));
  }
  return new Uint8ArrayCtor(DataViewPrototypeGetBuffer.call(view),
                            DataViewPrototypeGetByteOffset.call(view),
                            DataViewPrototypeGetByteLength.call(view));
}

function isArrayBuffer(value) {
  if (typeof value !== 'object' || value === null || ArrayBufferIsView(value)) return false;
  try {
    ArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

let isBlob;
let blobBytes;
let makeBlob;

class Blob {
  #bytes;
  #type;

  static {
    isBlob = (value) => typeof value === 'object' && value !== null && #bytes in value;
    blobBytes = (blob) => blob.#bytes;
    makeBlob = (bytes, type) => {
      const blob = new Blob();
      blob.#bytes = bytes;
      blob.#type = type;
      return blob;
    };
  }

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[SymbolIterator] !== 'function' || typeof sources === 'string') {
      const err = new (codes().ERR_INVALID_ARG_TYPE)('sources', 'sequence', sources);
      err.message = 'Value cannot be converted to sequence.';
      throw err;
    }
    if (options !== undefined && options !== null &&
        typeof options !== 'object' && typeof options !== 'function') {
      const err = new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
      err.message = `The "options" argument must be a dictionary. ${
        err.message.slice(err.message.indexOf('Received'))}`;
      throw err;
    }
    let endings = 'transparent';
    let type = '';
    if (options != null) {
      if (options.endings !== undefined) endings = `${options.endings}`;
      if (options.type !== undefined) type = options.type;
    }
    if (endings !== 'transparent' && endings !== 'native')
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.endings', endings);
    const parts = [];
    let length = 0;
    for (const source of sources) {
      let bytes;
      if (isBlob(source)) {
        bytes = source.#bytes;
      } else if (ArrayBufferIsView(source)) {
        bytes = viewBytes(source);
      } else if (isArrayBuffer(source)) {
        bytes = new Uint8ArrayCtor(source);
      } else {
        let text = `${source}`;
        // 'native' line endings are the platform's: \n here.
        if (endings === 'native') text = RegExpPrototypeSymbolReplace.call(kLineEndings, text, '\n');
        bytes = utf8Bytes(text);
      }
      parts[parts.length] = bytes;
      length += bytes.length;
    }
    const all = new Uint8ArrayCtor(length);
    let offset = 0;
    for (let i = 0; i < parts.length; i++) {
      TypedArrayPrototypeSet.call(all, parts[i], offset);
      offset += parts[i].length;
    }
    this.#bytes = all;
    this.#type = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    return this.#bytes.length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    const size = this.#bytes.length;
    start = relativeIndex(start, size);
    end = end === undefined ? size : relativeIndex(end, size);
    const bytes = this.#bytes;
    const view = new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(bytes),
                                    TypedArrayPrototypeGetByteOffset.call(bytes) + start,
                                    MathMax(end - start, 0));
    return makeBlob(view, normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new (codes().ERR_INVALID_THIS)('Blob'));
    const bytes = this.#bytes;
    const offset = TypedArrayPrototypeGetByteOffset.call(bytes);
    return PromiseResolve(ArrayBufferPrototypeSlice.call(TypedArrayPrototypeGetBuffer.call(bytes),
                                                     offset, offset + bytes.length));
  }

  text() {
    if (!isBlob(this)) return PromiseReject(new (codes().ERR_INVALID_THIS)('Blob'));
    return PromiseResolve(new TextDecoder().decode(this.#bytes));
  }

  bytes() {
    if (!isBlob(this)) return PromiseReject(new (codes().ERR_INVALID_THIS)('Blob'));
    return PromiseResolve(TypedArrayPrototypeSlice.call(this.#bytes));
  }

  // A byte stream of one chunk, a copy of the whole blob, as Node gives.
  stream() {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const bytes = this.#bytes;
    let done = false;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (!done && bytes.length > 0) controller.enqueue(TypedArrayPrototypeSlice.call(bytes));
        done = true;
        controller.close();
      },
    });
  }

  textStream() {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    const { TextDecoderStream } = require('internal/webstreams/encoding');
    return this.stream().pipeThrough(new TextDecoderStream());
  }

  [kInspectCustom](depth, options, inspect) {
    if (!isBlob(this)) return this;
    const fields = new BlobFields();
    fields.size = this.#bytes.length;
    fields.type = this.#type;
    if (depth < 0) return '[Blob]';
    return inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 });
  }
}

// What util.inspect shows of a blob: an object of that class name.
const BlobFields = { Blob: class {} }.Blob;
const FileFields = { File: class {} }.File;

// slice() positions: WebIDL's [Clamp] long long (to the nearest integer,
// halves to even), then negative from the end and clamped to [0, size].
function relativeIndex(value, size) {
  const x = NumberCtor(value);
  let n = 0;
  if (!NumberIsNaN(x)) {
    n = MathFloor(x);
    const rest = x - n;
    if (rest > 0.5 || (rest === 0.5 && n % 2 !== 0)) n++;
  }
  if (n < 0) return MathMax(size + n, 0);
  return MathMin(n, size);
}

ObjectDefineProperties(Blob.prototype, {
  type: { __proto__: null, enumerable: true },
  size: { __proto__: null, enumerable: true },
  slice: { __proto__: null, enumerable: true },
  arrayBuffer: { __proto__: null, enumerable: true },
  text: { __proto__: null, enumerable: true },
  bytes: { __proto__: null, enumerable: true },
  stream: { __proto__: null, enumerable: true },
  textStream: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'Blob' },
});

let isFile;
class File extends Blob {
  #name;
  #lastModified;

  static {
    isFile = (value) => typeof value === 'object' && value !== null && #name in value;
  }

  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified;
    if (options != null && options.lastModified !== undefined) {
      lastModified = +options.lastModified;
      if (NumberIsNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = DateNow();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  get name() {
    if (!isFile(this)) throw new (codes().ERR_INVALID_THIS)('File');
    return this.#name;
  }

  get lastModified() {
    if (!isFile(this)) throw new (codes().ERR_INVALID_THIS)('File');
    return this.#lastModified;
  }

  [kInspectCustom](depth, options, inspect) {
    if (!isFile(this)) return this;
    const fields = new FileFields();
    fields.size = this.size;
    fields.type = this.type;
    fields.name = this.#name;
    fields.lastModified = this.#lastModified;
    if (depth < 0) return '[File]';
    return inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 });
  }
}

ObjectDefineProperties(File.prototype, {
  name: { __proto__: null, enumerable: true },
  lastModified: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

// Blob URLs: blob:nodedata:<id>. URL.createObjectURL registers a blob
// here (registerObjectURL) and revokeObjectURL forgets it.
const objectURLs = new Map();
let nextObjectURLId = 0;

function registerObjectURL(blob) {
  if (!isBlob(blob)) throw new (codes().ERR_INVALID_ARG_TYPE)('obj', 'Blob', blob);
  const id = `${(++nextObjectURLId).toString(16)}-${DateNow().toString(16)}`;
  objectURLs.set(id, blob);
  return `blob:nodedata:${id}`;
}

function revokeObjectURL(url) {
  const id = objectURLId(`${url}`);
  if (id !== undefined) objectURLs.delete(id);
}

function objectURLId(url) {
  if (!StringPrototypeStartsWith.call(url, 'blob:nodedata:')) return undefined;
  let id = StringPrototypeSlice.call(url, 14);
  const cut = StringPrototypeSearch.call(id, /[?#]/);
  if (cut !== -1) id = StringPrototypeSlice.call(id, 0, cut);
  return id;
}

function resolveObjectURL(url) {
  const id = objectURLId(`${url}`);
  if (id === undefined) return undefined;
  const blob = objectURLs.get(id);
  if (blob === undefined) return undefined;
  return makeBlob(blobBytes(blob), blob.type);
}

module.exports = {
  Blob,
  File,
  isBlob,
  resolveObjectURL,
  registerObjectURL,
  revokeObjectURL,
};
