'use strict';
// What the parts of node:crypto share: the binding, byte conversion of
// arguments with Node's error messages, and the lazily made stream base.

const binding = internalBinding('crypto');
const { FastBuffer } = require('internal/buffer');
const { types } = require('internal/util/types');
const { codes } = require('internal/errors');

const { isAnyArrayBuffer } = types;
const ArrayBufferIsView = ArrayBuffer.isView;
const Uint8ArrayCtor = Uint8Array;
let BufferFrom;

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

// A Buffer over an ArrayBuffer the binding made.
function bufferOf(ab) {
  return new FastBuffer(ab);
}

// Bytes for the binding, which reads Uint8Arrays and ArrayBuffers: other
// views (DataView, and Float16Array, which the engine's C API does not
// know) are seen as the bytes under them.
function bytesOf(v) {
  if (v instanceof Uint8ArrayCtor || !ArrayBufferIsView(v)) return v;
  return new Uint8ArrayCtor(v.buffer, v.byteOffset, v.byteLength);
}

function stringBytes(str, encoding) {
  BufferFrom ??= require('buffer').Buffer.from;
  if (encoding === 'buffer') encoding = 'utf8';
  return BufferFrom(str, encoding);
}

// Node's getArrayBufferOrView: a string (in encoding), an ArrayBuffer or a
// view, as bytes the binding reads.
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') return stringBytes(buffer, encoding);
  if (!ArrayBufferIsView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return bytesOf(buffer);
}

// webcrypto's and hkdf's BufferSource-or-string arguments.
function validateByteSource(val, name) {
  if (typeof val === 'string') return stringBytes(val, 'utf8');
  if (isAnyArrayBuffer(val)) return val;
  if (ArrayBufferIsView(val)) return bytesOf(val);
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], val);
}

function byteLengthOf(v) {
  return v.byteLength;
}

// An error with a code but the plain shape of the errors Node's C++ layer
// throws (no code in the name line).
function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(`options.${key}`, 'string', value);
  }
  return value;
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new codes.ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

let defaultEncoding = 'buffer';
function getDefaultEncoding() {
  return defaultEncoding;
}

// Node's LazyTransform: Hash, Hmac, Cipheriv and Decipheriv are Transform
// streams, but most users never stream them, so the stream state is made on
// first use of a stream property rather than by the constructor.
let LazyTransform;
function lazyTransform() {
  if (LazyTransform) return LazyTransform;
  const { Transform } = require('stream');
  LazyTransform = function LazyTransform(options) {
    this._options = options;
  };
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  const makeGetter = (name) => function() {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
  const makeSetter = (name) => function(val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
  for (const prop of ['_readableState', '_writableState', '_transformState']) {
    Object.defineProperty(LazyTransform.prototype, prop, {
      get: makeGetter(prop), set: makeSetter(prop), configurable: true, enumerable: true,
    });
  }
  return LazyTransform;
}

module.exports = {
  binding,
  kHandle,
  kState,
  bufferOf,
  bytesOf,
  byteLengthOf,
  codedError,
  getArrayBufferOrView,
  getDefaultEncoding,
  getStringOption,
  getUIntOption,
  lazyTransform,
  stringBytes,
  validateByteSource,
  // Web Crypto's algorithm normalization (it lives with SubtleCrypto)
  get normalizeAlgorithm() {
    return require('internal/crypto/webcrypto').normalizeAlgorithm;
  },
};
