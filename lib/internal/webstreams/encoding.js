'use strict';
// TextEncoderStream and TextDecoderStream: a TransformStream around a
// TextEncoder or TextDecoder (internal/encoding, loaded when the first one
// is made).

const { ERR_INVALID_THIS } = require('internal/errors').codes;
const { customInspect, kInspect, privateMemberError } = require('internal/webstreams/util');
const { webIDLClass } = require('internal/webstreams/queuingstrategies');
const { TransformStream, transformStreamOf } = require('internal/webstreams/transformstream');

const ReflectApply = Reflect.apply;
const StringCtor = String;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const StringPrototypeSlice = String.prototype.slice;
const Uint8ArrayCtor = Uint8Array;

// TextEncoder, TextDecoder and their methods, captured when the first
// stream is made.
let TextEncoderCtor;
let TextDecoderCtor;
let encode;
let decode;
function loadEncoding() {
  if (TextEncoderCtor !== undefined) return;
  const { TextEncoder, TextDecoder } = require('internal/encoding');
  encode = TextEncoder.prototype.encode;
  decode = TextDecoder.prototype.decode;
  TextDecoderCtor = TextDecoder;
  TextEncoderCtor = TextEncoder;
}

// decode()'s options for every chunk but the last, made once.
const kStream = Object.freeze({ __proto__: null, stream: true });

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Node's getters read their private fields unchecked, so another receiver
// meets V8's TypeError, and its inspect methods check for null and
// undefined only: the same errors here.
function inspectReceiverError(value, name) {
  return value === null || value === undefined ? new ERR_INVALID_THIS(name) : privateMemberError('#handle');
}

class TextEncoderStream {
  #transform;

  constructor() {
    loadEncoding();
    const encoder = new TextEncoderCtor();
    // A high surrogate that ended the last chunk waits for the next one.
    let pendingHighSurrogate = '';
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        let input = StringCtor(chunk);
        if (pendingHighSurrogate !== '') {
          input = pendingHighSurrogate + input;
          pendingHighSurrogate = '';
        }
        const last = input.length - 1;
        if (last >= 0) {
          const unit = ReflectApply(StringPrototypeCharCodeAt, input, [last]);
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            pendingHighSurrogate = input[last];
            input = ReflectApply(StringPrototypeSlice, input, [0, last]);
          }
        }
        if (input !== '') controller.enqueue(ReflectApply(encode, encoder, [input]));
      },
      flush(controller) {
        if (pendingHighSurrogate !== '') controller.enqueue(new Uint8ArrayCtor([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#handle');
    return 'utf-8';
  }

  get readable() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#transform');
    return transformStreamOf(this.#transform).readable.obj;
  }

  get writable() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#transform');
    return transformStreamOf(this.#transform).writable.obj;
  }

  [kInspect](depth, options, inspect) {
    if (!isObjectLike(this) || !(#transform in this)) throw inspectReceiverError(this, 'TextEncoderStream');
    const ts = transformStreamOf(this.#transform);
    return customInspect(this, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: ts.readable.obj,
      writable: ts.writable.obj,
    }, depth, options, inspect);
  }
}

class TextDecoderStream {
  #transform;
  #decoder;

  constructor(label = 'utf-8', options = undefined) {
    loadEncoding();
    const decoder = new TextDecoderCtor(label, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const value = ReflectApply(decode, decoder, [chunk, kStream]);
        if (value !== '') controller.enqueue(value);
      },
      flush(controller) {
        const value = ReflectApply(decode, decoder, []);
        if (value !== '') controller.enqueue(value);
      },
    });
  }

  get encoding() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#handle');
    return this.#decoder.encoding;
  }

  get fatal() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#handle');
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#handle');
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#transform');
    return transformStreamOf(this.#transform).readable.obj;
  }

  get writable() {
    if (!isObjectLike(this) || !(#transform in this)) throw privateMemberError('#transform');
    return transformStreamOf(this.#transform).writable.obj;
  }

  [kInspect](depth, options, inspect) {
    if (!isObjectLike(this) || !(#transform in this)) throw inspectReceiverError(this, 'TextDecoderStream');
    const ts = transformStreamOf(this.#transform);
    return customInspect(this, 'TextDecoderStream', {
      encoding: this.#decoder.encoding,
      fatal: this.#decoder.fatal,
      ignoreBOM: this.#decoder.ignoreBOM,
      readable: ts.readable.obj,
      writable: ts.writable.obj,
    }, depth, options, inspect);
  }
}

webIDLClass(TextEncoderStream, ['encoding', 'readable', 'writable'], true);
webIDLClass(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable'], true);

module.exports = {
  TextEncoderStream,
  TextDecoderStream,
};
