'use strict';
// CompressionStream and DecompressionStream: a node:zlib stream seen
// through the web-streams adapters as a { readable, writable } pair.
// Formats: 'deflate', 'deflate-raw', 'gzip' and 'brotli', as in Node 24.

const { privateMemberError } = require('internal/webstreams/util');

const formats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

// Each stream's { readable, writable }. Node's getters read a private
// field unchecked: another receiver gets V8's TypeError for it.
const pairs = new WeakMap();
function pairOf(stream) {
  const pair = pairs.get(stream);
  if (pair === undefined) throw privateMemberError('#transform');
  return pair;
}

function badFormat(ctorName, format) {
  const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
  const err = new ERR_INVALID_ARG_VALUE('format', format);
  err.message = `Failed to construct '${ctorName}': 1st argument '${format}' is not a valid enum value ` +
    'of type CompressionFormat.';
  return err;
}

function pairFor(ctorName, format, creators) {
  if (!formats.includes(format)) throw badFormat(ctorName, format);
  const zlib = require('zlib');
  const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');
  return newReadableWritablePairFromDuplex(zlib[creators[formats.indexOf(format)]]());
}

class CompressionStream {
  constructor(format) {
    pairs.set(this, pairFor('CompressionStream', format,
      ['createDeflate', 'createDeflateRaw', 'createGzip', 'createBrotliCompress']));
  }
  get readable() { return pairOf(this).readable; }
  get writable() { return pairOf(this).writable; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `CompressionStream ${inspect({ readable: this.readable, writable: this.writable }, options)}`;
  }
}

class DecompressionStream {
  constructor(format) {
    pairs.set(this, pairFor('DecompressionStream', format,
      ['createInflate', 'createInflateRaw', 'createGunzip', 'createBrotliDecompress']));
  }
  get readable() { return pairOf(this).readable; }
  get writable() { return pairOf(this).writable; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `DecompressionStream ${inspect({ readable: this.readable, writable: this.writable }, options)}`;
  }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const name of ['readable', 'writable']) {
    Object.defineProperty(C.prototype, name, { enumerable: true });
  }
}

module.exports = { CompressionStream, DecompressionStream };
