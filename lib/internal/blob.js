'use strict';
// Blob and File (the File API standard), and resolveObjectURL. A blob's
// bytes are copied once, when it is made, into a Uint8Array no one else
// sees; a slice is a view of the same bytes, since neither can change.
// stream() and textStream() load the web streams on first use.
//
// A blob from fs.openAsBlob (openFileAsBlob) is file-backed: it holds the
// file's path, size and modification time, and reads the file each time
// it is read, failing with NotReadableError once the file has changed, as
// Node's does. A blob made of such a blob and other parts keeps a list of
// parts, in memory and in files, instead of one array of bytes.

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
const PromiseCtor = Promise;
const PromisePrototypeThen = Promise.prototype.then;
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

// Bytes [start, start + length) of the file at path, as it was when
// opened: its size and modification time (ns), which a read checks first.
class FilePart {
  constructor(file, start, length) {
    this.file = file;
    this.start = start;
    this.length = length;
  }
}

// The views of bytes that cuts (the parts' end offsets) divide it into.
function cutViews(bytes, cuts) {
  const views = [];
  const buffer = TypedArrayPrototypeGetBuffer.call(bytes);
  const base = TypedArrayPrototypeGetByteOffset.call(bytes);
  let from = 0;
  for (let i = 0; i < cuts.length; i++) {
    views[views.length] = new Uint8ArrayCtor(buffer, base + from, cuts[i] - from);
    from = cuts[i];
  }
  return views;
}

// The cuts of [start, end) of a blob cut at cuts, or null for one part.
function sliceCuts(cuts, start, end) {
  const out = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i++) {
    if (MathMax(from, start) < MathMin(cuts[i], end)) out[out.length] = MathMin(cuts[i], end) - start;
    from = cuts[i];
  }
  return out.length > 1 ? out : null;
}

// The parts covering [start, end) of a list of parts.
function sliceParts(parts, start, end) {
  const out = [];
  let at = 0;
  for (let i = 0; i < parts.length && at < end; i++) {
    const part = parts[i];
    const n = part.length;
    const from = MathMax(start - at, 0);
    const to = MathMin(end - at, n);
    if (from < to) {
      if (part instanceof FilePart) {
        out[out.length] = new FilePart(part.file, part.start + from, to - from);
      } else {
        out[out.length] = new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(part),
                                             TypedArrayPrototypeGetByteOffset.call(part) + from, to - from);
      }
    }
    at += n;
  }
  return out;
}

let isBlob;
let blobBytes;
let makeBlob;
let makePartsBlob;
let isFileBacked;
let blobParts;
let blobCuts;

class Blob {
  #bytes; // a Uint8Array, or null when the blob is made of #parts
  // Where the parts it was made of end in #bytes, when there were more
  // than one (not empty): Node's stream() gives a chunk for each part.
  #cuts = null;
  #parts = null;
  #size = 0;
  #fileBacked = false; // made by openAsBlob itself, not a slice or a mix
  #type;

  static {
    isBlob = (value) => typeof value === 'object' && value !== null && #bytes in value;
    blobBytes = (blob) => blob.#bytes;
    blobParts = (blob) => blob.#parts;
    blobCuts = (blob) => blob.#cuts;
    makeBlob = (bytes, type, cuts) => {
      const blob = new Blob();
      blob.#bytes = bytes;
      blob.#cuts = cuts;
      blob.#type = type;
      return blob;
    };
    makePartsBlob = (parts, type, fileBacked) => {
      const blob = new Blob();
      let size = 0;
      for (let i = 0; i < parts.length; i++) size += parts[i].length;
      blob.#bytes = null;
      blob.#parts = parts;
      blob.#size = size;
      blob.#fileBacked = fileBacked;
      blob.#type = type;
      return blob;
    };
    isFileBacked = (blob) => isBlob(blob) && blob.#fileBacked;
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
      // Each member is read once, in the dictionary's order, as Node does.
      const endingsOption = options.endings;
      if (endingsOption !== undefined) endings = `${endingsOption}`;
      const typeOption = options.type;
      if (typeOption !== undefined) type = typeOption;
    }
    if (endings !== 'transparent' && endings !== 'native')
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.endings', endings);
    const parts = [];
    let length = 0;
    let hasFileParts = false;
    for (const source of sources) {
      let bytes;
      if (isBlob(source)) {
        // A blob's parts join this one's list.
        bytes = source.#bytes;
        if (bytes === null) {
          const sourceParts = source.#parts;
          for (let i = 0; i < sourceParts.length; i++) parts[parts.length] = sourceParts[i];
          length += source.#size;
          hasFileParts = true;
          continue;
        }
        if (source.#cuts !== null) {
          const views = cutViews(bytes, source.#cuts);
          for (let i = 0; i < views.length; i++) parts[parts.length] = views[i];
          length += bytes.length;
          continue;
        }
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
    this.#type = normalizeType(type);
    if (hasFileParts) {
      // Bytes in memory copied part by part: a view the caller passed must
      // not be shared.
      const kept = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] instanceof FilePart) kept[kept.length] = parts[i];
        else if (parts[i].length > 0) kept[kept.length] = TypedArrayPrototypeSlice.call(parts[i]);
      }
      this.#bytes = null;
      this.#parts = kept;
      this.#size = length;
      return;
    }
    const all = new Uint8ArrayCtor(length);
    const cuts = [];
    let offset = 0;
    for (let i = 0; i < parts.length; i++) {
      if (parts[i].length === 0) continue;
      TypedArrayPrototypeSet.call(all, parts[i], offset);
      offset += parts[i].length;
      cuts[cuts.length] = offset;
    }
    this.#bytes = all;
    if (cuts.length > 1) this.#cuts = cuts;
  }

  get type() {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    return this.#bytes === null ? this.#size : this.#bytes.length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    const bytes = this.#bytes;
    const size = bytes === null ? this.#size : bytes.length;
    start = relativeIndex(start, size);
    end = end === undefined ? size : relativeIndex(end, size);
    if (bytes === null) return makePartsBlob(sliceParts(this.#parts, start, end), normalizeType(contentType), false);
    const view = new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(bytes),
                                    TypedArrayPrototypeGetByteOffset.call(bytes) + start,
                                    MathMax(end - start, 0));
    const cuts = this.#cuts === null ? null : sliceCuts(this.#cuts, start, end);
    return makeBlob(view, normalizeType(contentType), cuts);
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new (codes().ERR_INVALID_THIS)('Blob'));
    if (this.#bytes === null) {
      return PromisePrototypeThen.call(readParts(this.#parts, this.#size),
                                       (all) => TypedArrayPrototypeGetBuffer.call(all));
    }
    const bytes = this.#bytes;
    const offset = TypedArrayPrototypeGetByteOffset.call(bytes);
    return PromiseResolve(ArrayBufferPrototypeSlice.call(TypedArrayPrototypeGetBuffer.call(bytes),
                                                     offset, offset + bytes.length));
  }

  text() {
    if (!isBlob(this)) return PromiseReject(new (codes().ERR_INVALID_THIS)('Blob'));
    if (this.#bytes === null)
      return PromisePrototypeThen.call(readParts(this.#parts, this.#size), (all) => new TextDecoder().decode(all));
    return PromiseResolve(new TextDecoder().decode(this.#bytes));
  }

  bytes() {
    if (!isBlob(this)) return PromiseReject(new (codes().ERR_INVALID_THIS)('Blob'));
    if (this.#bytes === null) return readParts(this.#parts, this.#size);
    return PromiseResolve(TypedArrayPrototypeSlice.call(this.#bytes));
  }

  // A byte stream of a chunk for each part the blob was made of (a copy),
  // as Node gives.
  stream() {
    if (!isBlob(this)) throw new (codes().ERR_INVALID_THIS)('Blob');
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const bytes = this.#bytes;
    if (bytes === null) return partsStream(ReadableStream, this.#parts);
    if (this.#cuts !== null) return partsStream(ReadableStream, cutViews(bytes, this.#cuts));
    let done = false;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (!done && bytes.length > 0) controller.enqueue(TypedArrayPrototypeSlice.call(bytes));
        done = true;
        controller.close();
        controller.byobRequest?.respond(0);
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
    fields.size = this.size;
    fields.type = this.#type;
    if (depth < 0) return '[Blob]';
    return inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 });
  }
}

// ---- file-backed blobs ------------------------------------------------------

let fsModule;
const lazyFs = () => (fsModule ??= require('fs'));
// Node reads a file-backed blob in pieces of this size, its stream's chunks.
const kFileChunk = 65536;

function notReadable() {
  return new DOMException('The blob could not be read', 'NotReadableError');
}

// fs.openAsBlob(path, { type }): the file is opened now, for its size and
// modification time; its bytes are read when the blob is. type is kept as
// given, as Node does (a Blob's constructor would lower its case).
function openFileAsBlob(path, type) {
  const fs = lazyFs();
  let stats;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      stats = fs.fstatSync(fd, { bigint: true });
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    const err = new (codes().ERR_INVALID_ARG_VALUE)('path', path);
    err.message = 'Unable to open file as blob'; // Node's text
    throw err;
  }
  const file = { path, size: stats.size, mtimeNs: stats.mtimeNs };
  const size = NumberCtor(stats.size);
  // An empty file is a part too: reading checks it has not grown.
  return makePartsBlob([new FilePart(file, 0, size)], type, true);
}

function promisified(fn, ...args) {
  return new PromiseCtor((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

// An open file of a part, checked to be the file the blob was made from.
async function openPart(part) {
  const fs = lazyFs();
  let fd;
  try {
    fd = await promisified(fs.open, part.file.path, 'r');
    await checkUnchanged(fd, part);
  } catch {
    if (fd !== undefined) fs.close(fd, () => {});
    throw notReadable();
  }
  return fd;
}

async function checkUnchanged(fd, part) {
  const stats = await promisified(lazyFs().fstat, fd, { bigint: true });
  if (stats.size !== part.file.size || stats.mtimeNs !== part.file.mtimeNs || !stats.isFile()) throw notReadable();
}

// length bytes of the part from offset into out at at; short reads are
// the file having shrunk under the blob.
async function readPartInto(fd, part, offset, length, out, at) {
  const fs = lazyFs();
  let done = 0;
  while (done < length) {
    let n;
    try {
      n = await promisified(fs.read, fd, out, at + done, length - done, part.start + offset + done);
    } catch {
      throw notReadable();
    }
    if (n === 0) throw notReadable();
    done += n;
  }
}

// The whole of a list of parts, as one new Uint8Array.
async function readParts(parts, size) {
  const out = new Uint8ArrayCtor(size);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part instanceof FilePart) {
      const fd = await openPart(part);
      try {
        await readPartInto(fd, part, 0, part.length, out, at);
      } finally {
        lazyFs().close(fd, () => {});
      }
    } else {
      TypedArrayPrototypeSet.call(out, part, at);
    }
    at += part.length;
  }
  return out;
}

// A byte stream of the parts: bytes in memory as one chunk each, a file's
// in chunks of kFileChunk, each read after checking the file once more.
function partsStream(ReadableStream, parts) {
  let index = 0;
  let fd;
  let offset = 0;
  const closeFd = () => {
    if (fd !== undefined) lazyFs().close(fd, () => {});
    fd = undefined;
  };
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      try {
        for (;;) {
          if (index === parts.length) {
            controller.close();
            // A pending BYOB read ends only when answered.
            controller.byobRequest?.respond(0);
            return;
          }
          const part = parts[index];
          if (!(part instanceof FilePart)) {
            index++;
            if (part.length > 0) {
              controller.enqueue(TypedArrayPrototypeSlice.call(part));
              return;
            }
            continue;
          }
          if (fd === undefined) {
            fd = await openPart(part);
            offset = 0;
          } else {
            await checkUnchanged(fd, part);
          }
          const n = MathMin(kFileChunk, part.length - offset);
          const chunk = new Uint8ArrayCtor(n);
          await readPartInto(fd, part, offset, n, chunk, 0);
          offset += n;
          if (offset === part.length) {
            closeFd();
            index++;
          }
          if (n === 0) continue; // an empty file, checked
          controller.enqueue(chunk);
          return;
        }
      } catch (err) {
        closeFd();
        throw err;
      }
    },
    cancel() {
      closeFd();
    },
  });
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
    // Read once (a getter runs once in Node), after the Blob's members.
    let lastModified = options != null ? options.lastModified : undefined;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
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
  const bytes = blobBytes(blob);
  if (bytes === null) return makePartsBlob(blobParts(blob), blob.type, false);
  return makeBlob(bytes, blob.type, blobCuts(blob));
}

module.exports = {
  Blob,
  File,
  isBlob,
  isFileBacked,
  openFileAsBlob,
  resolveObjectURL,
  registerObjectURL,
  revokeObjectURL,
};
