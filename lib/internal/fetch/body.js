'use strict';
// The body of a Request or Response (the Fetch standard's "body" and its
// mixin: text(), json(), arrayBuffer(), bytes(), blob(), formData()).
//
// A body made from bytes, a string, a Blob or FormData keeps its source as
// parts (Uint8Arrays and Blobs, never changed once made) and makes its
// ReadableStream only when someone asks for `body`; reading such a body
// whole skips the stream. A clone shares the parts; once there is a
// stream, clone() tees it. A body made from a stream is that stream.

const { isBlob, Blob, File } = require('internal/blob');
// Read through the captured method, so a subclass's bytes() changes nothing.
const BlobPrototypeBytes = Blob.prototype.bytes;
const { TextDecoder } = require('internal/encoding');
const { kUtf8, utf8ByteLength, writeEncoded } = require('internal/buffer');
const { types } = require('internal/util/types');
const { isHttpWhitespace } = require('internal/fetch/util');

const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayBufferPrototypeSlice = ArrayBuffer.prototype.slice;
const ArrayPrototypePush = Array.prototype.push;
const ObjectDefineProperties = Object.defineProperties;
const PromiseReject = Promise.reject.bind(Promise);
const RegExpPrototypeSymbolReplace = RegExp.prototype[Symbol.replace];
const PromiseResolve = Promise.resolve.bind(Promise);
const StringPrototypeToWellFormed = String.prototype.toWellFormed;
const SymbolAsyncIterator = Symbol.asyncIterator;
const TypeErrorCtor = TypeError;
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

let webstreams;
function streams() {
  return (webstreams ??= require('internal/webstreams/readablestream'));
}

let formdata;
function formdataModule() {
  return (formdata ??= require('internal/fetch/formdata'));
}

let URLSearchParamsToString;
let URLSearchParamsCtor;
function loadURLSearchParams() {
  if (URLSearchParamsToString === undefined) {
    URLSearchParamsCtor = require('internal/url').URLSearchParams;
    URLSearchParamsToString = URLSearchParamsCtor.prototype.toString;
  }
}

function isURLSearchParams(value) {
  if (typeof value !== 'object' || value === null) return false;
  loadURLSearchParams();
  try {
    URLSearchParamsToString.call(value);
    return true;
  } catch {
    return false;
  }
}

function utf8(string) {
  const out = new Uint8ArrayCtor(utf8ByteLength(string));
  writeEncoded(out, 0, out.length, string, kUtf8);
  return out;
}

function viewCopy(view) {
  let bytes;
  if (typedArrayTag.call(view) !== undefined) {
    bytes = new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(view),
                               TypedArrayPrototypeGetByteOffset.call(view),
                               TypedArrayPrototypeGetByteLength.call(view));
  } else {
    bytes = new Uint8ArrayCtor(DataViewPrototypeGetBuffer.call(view),
                               DataViewPrototypeGetByteOffset.call(view),
                               DataViewPrototypeGetByteLength.call(view));
  }
  return TypedArrayPrototypeSlice.call(bytes);
}

class BodyState {
  constructor(stream, parts, length) {
    this.stream = stream;   // a ReadableStream, or null until one is asked for
    this.parts = parts;     // Uint8Arrays and Blobs, or null for a stream body
    this.length = length;   // byte count, or null when unknown
    this.used = false;      // read whole without a stream
  }
}

function partsBody(parts, length) {
  return new BodyState(null, parts, length);
}

function bytesBody(bytes) {
  return new BodyState(null, [bytes], bytes.length);
}

// The Fetch standard's "extract a body": the body and the Content-Type it
// implies (null for none).
function extractBody(object, keepalive) {
  if (typeof object === 'string') {
    return { body: bytesBody(utf8(StringPrototypeToWellFormed.call(object))), type: 'text/plain;charset=UTF-8' };
  }
  if (isURLSearchParams(object)) {
    return {
      body: bytesBody(utf8(URLSearchParamsToString.call(object))),
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (types.isAnyArrayBuffer(object)) {
    return { body: bytesBody(new Uint8ArrayCtor(ArrayBufferPrototypeSlice.call(object, 0))), type: null };
  }
  if (ArrayBufferIsView(object)) {
    return { body: bytesBody(viewCopy(object)), type: null };
  }
  if (isBlob(object)) {
    return { body: partsBody([object], object.size), type: object.type === '' ? null : object.type };
  }
  const { isFormData, serializeFormData } = formdataModule();
  if (isFormData(object)) {
    const { parts, length, type } = serializeFormData(object, utf8);
    return { body: partsBody(parts, length), type };
  }
  const { isReadableStream, isDisturbed, isReadableStreamLocked, ReadableStream } = streams();
  if (isReadableStream(object)) {
    if (keepalive) throw new TypeErrorCtor('keepalive');
    if (isDisturbed(object) || isReadableStreamLocked(object)) {
      throw new TypeErrorCtor('Response body object should not be disturbed or locked');
    }
    return { body: new BodyState(object, null, null), type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[SymbolAsyncIterator] === 'function') {
    if (keepalive) throw new TypeErrorCtor('keepalive');
    return { body: new BodyState(iterableStream(object, ReadableStream), null, null), type: null };
  }
  return { body: bytesBody(utf8(StringPrototypeToWellFormed.call(`${object}`))), type: 'text/plain;charset=UTF-8' };
}

// A byte stream over an async iterable. Strings become UTF-8; other
// chunks that are not views go through Buffer.from, whose TypeError a
// number or plain object gets, as in Node.
function iterableStream(iterable, ReadableStream) {
  let iterator;
  return new ReadableStream({
    type: 'bytes',
    start() {
      iterator = iterable[SymbolAsyncIterator]();
    },
    async pull(controller) {
      for (;;) {
        const { done, value } = await iterator.next();
        if (done) {
          controller.close();
          controller.byobRequest?.respond(0);
          return;
        }
        let chunk;
        if (typeof value === 'string') {
          chunk = utf8(value);
        } else if (ArrayBufferIsView(value)) {
          chunk = viewCopy(value);
        } else {
          chunk = TypedArrayPrototypeSlice.call(require('buffer').Buffer.from(value));
        }
        if (chunk.length > 0) {
          controller.enqueue(chunk);
          return;
        }
      }
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  }, { highWaterMark: 0 });
}

// A byte stream of the parts, one chunk per part, each a fresh copy: a
// byte stream takes its chunks' buffers, and clones share the parts.
function partsStream(parts) {
  const { ReadableStream } = streams();
  let index = 0;
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      while (index < parts.length) {
        const part = parts[index++];
        const bytes = isBlob(part) ? await BlobPrototypeBytes.call(part) : TypedArrayPrototypeSlice.call(part);
        if (bytes.length > 0) {
          controller.enqueue(bytes);
          return;
        }
      }
      controller.close();
      controller.byobRequest?.respond(0);
    },
  });
}

// The stream of a body read whole without one: closed, locked, disturbed.
function usedStream() {
  const { ReadableStream } = streams();
  const stream = new ReadableStream({ type: 'bytes', start(controller) { controller.close(); } });
  stream.getReader().read();
  return stream;
}

function bodyStream(state) {
  if (state.stream === null) state.stream = state.used ? usedStream() : partsStream(state.parts);
  return state.stream;
}

function bodyUsed(state) {
  if (state === null) return false;
  if (state.stream === null) return state.used;
  return streams().isDisturbed(state.stream);
}

function bodyUnusable(state) {
  if (state === null) return false;
  if (state.stream === null) return state.used;
  const { isDisturbed, isReadableStreamLocked } = streams();
  return isDisturbed(state.stream) || isReadableStreamLocked(state.stream);
}

function cloneBody(state) {
  if (state.stream === null) return new BodyState(null, state.parts, state.length);
  const { 0: a, 1: b } = state.stream.tee();
  state.stream = a;
  return new BodyState(b, null, state.length);
}

// Moves a body to a new owner (new Request(request)): the old one is used.
function takeBody(state) {
  if (state.stream === null) {
    state.used = true;
    return new BodyState(null, state.parts, state.length);
  }
  const { TransformStream } = require('internal/webstreams/transformstream');
  const identity = new TransformStream();
  const readable = state.stream.pipeThrough(identity);
  return new BodyState(readable, null, state.length);
}

function concat(chunks, length) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8ArrayCtor(length);
  let offset = 0;
  for (let i = 0; i < chunks.length; i++) {
    TypedArrayPrototypeSet.call(out, chunks[i], offset);
    offset += chunks[i].length;
  }
  return out;
}

async function readParts(parts) {
  const chunks = [];
  let length = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const bytes = isBlob(part) ? await BlobPrototypeBytes.call(part) : part;
    ArrayPrototypePush.call(chunks, bytes);
    length += bytes.length;
  }
  if (chunks.length === 1 && !isBlob(parts[0])) return TypedArrayPrototypeSlice.call(chunks[0]);
  return concat(chunks, length);
}

async function readStream(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (typedArrayTag.call(value ?? 0) !== 'Uint8Array') {
      const err = new TypeErrorCtor('Received non-Uint8Array chunk');
      reader.cancel(err).catch(() => {});
      throw err;
    }
    ArrayPrototypePush.call(chunks, value);
    length += value.length;
  }
  return concat(chunks, length);
}

// All the bytes of a body, as a promise; rejects at once if it is used.
function readAllBytes(state) {
  if (state === null) return PromiseResolve(new Uint8ArrayCtor(0));
  if (bodyUnusable(state)) return PromiseReject(new TypeErrorCtor('Body is unusable: Body has already been read'));
  if (state.stream === null) {
    state.used = true;
    return readParts(state.parts);
  }
  return readStream(state.stream);
}

function decodeText(bytes) {
  return new TextDecoder().decode(bytes);
}

function toArrayBuffer(bytes) {
  const buffer = TypedArrayPrototypeGetBuffer.call(bytes);
  const offset = TypedArrayPrototypeGetByteOffset.call(bytes);
  if (offset === 0 && buffer.byteLength === bytes.length) return buffer;
  return ArrayBufferPrototypeSlice.call(buffer, offset, offset + bytes.length);
}

let MIMEType;
function parseMime(value) {
  if (value === null) return null;
  MIMEType ??= require('internal/mime').MIMEType;
  try {
    return new MIMEType(value);
  } catch {
    return null;
  }
}

function formDataError(message) {
  return new TypeErrorCtor('Failed to parse body as FormData.', { cause: new TypeErrorCtor(message) });
}

function parseFormData(bytes, contentType) {
  const mime = parseMime(contentType);
  const essence = mime === null ? null : mime.essence;
  const { FormData } = formdataModule();
  if (essence === 'multipart/form-data') {
    const boundary = mime.params.get('boundary');
    if (boundary === null) throw formDataError('missing boundary in content-type header');
    return parseMultipart(bytes, boundary, new FormData());
  }
  if (essence === 'application/x-www-form-urlencoded') {
    loadURLSearchParams();
    const form = new FormData();
    for (const { 0: name, 1: value } of new URLSearchParamsCtor(decodeText(bytes))) form.append(name, value);
    return form;
  }
  throw new TypeErrorCtor('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

// ---- multipart/form-data parsing (RFC 7578) ----------------------------------

function indexOfBytes(haystack, needle, from) {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer:
  for (let i = from; i <= last; i++) {
    if (haystack[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

function latin1(bytes, start, end) {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

// name="value" or name=value parameters of a Content-Disposition value.
function dispositionParams(value) {
  const params = { __proto__: null };
  let i = value.indexOf(';');
  if (i === -1) return params;
  while (i < value.length) {
    i++;
    while (i < value.length && isHttpWhitespace(value.charCodeAt(i))) i++;
    const eq = value.indexOf('=', i);
    if (eq === -1) break;
    const key = value.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    let v = '';
    if (value[i] === '"') {
      i++;
      while (i < value.length && value[i] !== '"') v += value[i++];
      i = value.indexOf(';', i);
      if (i === -1) i = value.length;
    } else {
      let end = value.indexOf(';', i);
      if (end === -1) end = value.length;
      v = value.slice(i, end).trim();
      i = end;
    }
    if (!(key in params)) params[key] = v;
  }
  return params;
}

// Header text is bytes; names and filenames in it are UTF-8, with the
// three escapes FormData's encoder writes (%0A, %0D, %22) undone.
function utf8FromLatin1(str) {
  const bytes = new Uint8ArrayCtor(str.length);
  for (let i = 0; i < str.length; i++) bytes[i] = str.charCodeAt(i);
  return RegExpPrototypeSymbolReplace.call(kNameEscapes, decodeText(bytes), (m) => kNameUnescapes[m[2]]);
}

const kNameEscapes = /%0[ad]|%22/gi;
const kNameUnescapes = { __proto__: null, a: '\n', A: '\n', d: '\r', D: '\r', 2: '"' };

function parseMultipart(bytes, boundary, form) {
  const delimiter = utf8(`--${boundary}`);
  const crlfDelimiter = utf8(`\r\n--${boundary}`);
  let pos;
  // The first delimiter opens the body or follows a preamble's CRLF.
  if (indexOfBytes(bytes, delimiter, 0) === 0) {
    pos = delimiter.length;
  } else {
    const at = indexOfBytes(bytes, crlfDelimiter, 0);
    if (at === -1) throw formDataError('no boundary found in multipart body');
    pos = at + crlfDelimiter.length;
  }
  for (;;) {
    // After a delimiter: "--" ends the body; otherwise CRLF and a part.
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) return form;
    while (bytes[pos] === 0x20 || bytes[pos] === 0x09) pos++;
    if (bytes[pos] !== 0x0d || bytes[pos + 1] !== 0x0a) throw formDataError('expected CRLF after boundary');
    pos += 2;
    let name = null;
    let filename;
    let contentType = null;
    for (;;) {
      let eol = pos;
      while (eol + 1 < bytes.length && !(bytes[eol] === 0x0d && bytes[eol + 1] === 0x0a)) eol++;
      if (eol + 1 >= bytes.length) throw formDataError('unexpected end of multipart headers');
      if (eol === pos) {
        pos += 2;
        break;
      }
      const line = latin1(bytes, pos, eol);
      pos = eol + 2;
      const colon = line.indexOf(':');
      if (colon === -1) throw formDataError('malformed multipart header');
      const headerName = line.slice(0, colon).trim().toLowerCase();
      const headerValue = line.slice(colon + 1).trim();
      if (headerName === 'content-disposition') {
        if (!/^form-data\s*(;|$)/i.test(headerValue)) throw formDataError('expected form-data for content-disposition header');
        const params = dispositionParams(headerValue);
        if (params.name !== undefined) name = utf8FromLatin1(params.name);
        if (params['filename*'] !== undefined) {
          const m = /^utf-8''(.*)$/i.exec(params['filename*']);
          filename = m === null ? utf8FromLatin1(params['filename*']) : decodeURIComponent(m[1]);
        } else if (params.filename !== undefined) {
          filename = utf8FromLatin1(params.filename);
        }
      } else if (headerName === 'content-type') {
        contentType = headerValue;
      }
    }
    if (name === null) throw formDataError('name is null');
    const end = indexOfBytes(bytes, crlfDelimiter, pos);
    if (end === -1) throw formDataError('expected a boundary after the part');
    const content = TypedArrayPrototypeSlice.call(bytes, pos, end);
    if (filename !== undefined) {
      form.append(name, new File([content], filename, { type: contentType ?? 'text/plain' }));
    } else {
      form.append(name, decodeText(content));
    }
    pos = end + crlfDelimiter.length;
  }
}

// ---- the mixin -----------------------------------------------------------------

// Adds the body-reading methods to a class's prototype. getState(self)
// returns the body state (or null) and throws on a foreign `this`;
// getType(self) returns the Content-Type header value or null.
function installBodyMixin(proto, getState, getType) {
  const consume = (self, convert) => {
    let state;
    try {
      state = getState(self);
    } catch (err) {
      return PromiseReject(err);
    }
    return readAllBytes(state).then((bytes) => convert(bytes, self));
  };
  const methods = {
    blob() {
      return consume(this, (bytes, self) => {
        const mime = parseMime(getType(self));
        return new Blob([bytes], { type: mime === null ? '' : `${mime}` });
      });
    },
    arrayBuffer() {
      return consume(this, toArrayBuffer);
    },
    text() {
      return consume(this, decodeText);
    },
    json() {
      return consume(this, (bytes) => JSON.parse(decodeText(bytes)));
    },
    formData() {
      return consume(this, (bytes, self) => parseFormData(bytes, getType(self)));
    },
    bytes() {
      return consume(this, (bytes) => bytes);
    },
  };
  const kMethod = (value) => ({ __proto__: null, value, writable: true, enumerable: true, configurable: true });
  ObjectDefineProperties(proto, {
    blob: kMethod(methods.blob),
    arrayBuffer: kMethod(methods.arrayBuffer),
    text: kMethod(methods.text),
    json: kMethod(methods.json),
    formData: kMethod(methods.formData),
    bytes: kMethod(methods.bytes),
  });
}

module.exports = {
  BodyState,
  bodyStream,
  bodyUnusable,
  bodyUsed,
  bytesBody,
  cloneBody,
  extractBody,
  installBodyMixin,
  partsBody,
  readAllBytes,
  takeBody,
  utf8,
};
