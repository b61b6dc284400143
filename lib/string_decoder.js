'use strict';
// node:string_decoder. Bytes arrive in chunks that may split a character;
// the decoder keeps the bytes of a split character (at most 4) and puts
// them in front of the next chunk's text.
//
// Node's rules, which are not the WHATWG streaming decoder's: UTF-8 keeps
// a tail only when it begins with a lead byte whose sequence the chunk did
// not finish (whether or not the bytes so far are valid), and a kept
// character ends early at the first byte that is not a continuation byte,
// decoded on its own as U+FFFD; UTF-16LE keeps an odd byte, or a high
// surrogate; base64 keeps the bytes past the last multiple of 3.
//
// The state lives in a 7-byte Buffer, as in Node (whose inspect output
// shows it): the kept bytes, the count still missing, the count kept, and
// the encoding's number in Node's own enumeration.

const { Buffer } = require('buffer');
// internal/errors is loaded only when an error is made.
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);
const {
  decode,
  encodingNames,
  normalizeEncoding,
  isTypedArray,
  kUtf8, kUtf16le, kLatin1, kAscii, kBase64, kBase64url, kHex,
} = require('internal/buffer');

const ArrayBufferIsView = ArrayBuffer.isView;
const MathMin = Math.min;
const ObjectDefineProperties = Object.defineProperties;
const Uint8ArrayCtor = Uint8Array;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeSubarray = TypedArrayPrototype.subarray;
const TypedArrayPrototypeGetBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const TypedArrayPrototypeGetByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const DataViewPrototypeGetBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const DataViewPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const DataViewPrototypeGetByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// Node's numbering of encodings, stored in the state (indexed by ours).
const kNodeEncodingNumber = [];
kNodeEncodingNumber[kUtf8] = 1;
kNodeEncodingNumber[kUtf16le] = 3;
kNodeEncodingNumber[kLatin1] = 4;
kNodeEncodingNumber[kAscii] = 0;
kNodeEncodingNumber[kBase64] = 2;
kNodeEncodingNumber[kBase64url] = 7;
kNodeEncodingNumber[kHex] = 5;

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === -1) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  this.encoding = encodingNames[enc];
  const state = Buffer.alloc(kStateSize);
  state[kEncodingField] = kNodeEncodingNumber[enc];
  this[kNativeDecoder] = state;
}

// Our encoding number, from the name kept on the decoder.
function encodingOf(decoder) {
  return normalizeEncoding(decoder.encoding);
}

function bytesOf(buf) {
  if (buf instanceof Uint8ArrayCtor) return buf;
  if (isTypedArray(buf)) {
    return new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(buf),
                              TypedArrayPrototypeGetByteOffset.call(buf),
                              TypedArrayPrototypeGetByteLength.call(buf));
  }
  return new Uint8ArrayCtor(DataViewPrototypeGetBuffer.call(buf),
                            DataViewPrototypeGetByteOffset.call(buf),
                            DataViewPrototypeGetByteLength.call(buf));
}

// How long a UTF-8 sequence says it is from its first byte, by the bit
// pattern only (0 for a byte that starts none), as Node counts it.
function utf8DeclaredLength(b) {
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

function decodeChunk(state, enc, bytes) {
  let start = 0;
  const end = bytes.length;
  let prefix = '';

  if (state[kMissingBytes] > 0) {
    let missing = state[kMissingBytes];
    let buffered = state[kBufferedBytes];
    if (enc === kUtf8) {
      for (let i = 0; i < end && i < missing; i++) {
        if ((bytes[i] & 0xc0) !== 0x80) {
          // The character ends here; this byte starts the next one.
          for (let k = 0; k < i; k++) state[buffered + k] = bytes[k];
          buffered += i;
          start = i;
          missing = 0;
          break;
        }
      }
    }
    const take = MathMin(end - start, missing);
    for (let k = 0; k < take; k++) state[buffered + k] = bytes[start + k];
    start += take;
    missing -= take;
    buffered += take;
    state[kMissingBytes] = missing;
    state[kBufferedBytes] = buffered;
    if (missing === 0) {
      prefix = decode(state, 0, buffered, enc);
      state[kBufferedBytes] = 0;
    }
    if (start === end) return prefix;
  }

  let keep = 0;
  let missing = 0;
  if (enc === kUtf8) {
    if (bytes[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        keep++;
        const b = bytes[i];
        if ((b & 0xc0) === 0x80) {
          if (keep >= 4 || i === start) {
            keep = 0;
            break;
          }
        } else {
          const declared = utf8DeclaredLength(b);
          if (declared === 0 || keep >= declared) keep = 0;
          else missing = declared - keep;
          break;
        }
      }
    }
  } else if (enc === kUtf16le) {
    if ((end - start) % 2 === 1) {
      keep = 1;
      missing = 1;
    } else if ((bytes[end - 1] & 0xfc) === 0xd8) {
      keep = 2;
      missing = 2;
    }
  } else if (enc === kBase64 || enc === kBase64url) {
    keep = (end - start) % 3;
    if (keep > 0) missing = 3 - keep;
  }
  const stop = end - keep;
  for (let k = 0; k < keep; k++) state[k] = bytes[stop + k];
  state[kBufferedBytes] = keep;
  state[kMissingBytes] = missing;
  const body = start < stop ? decode(bytes, start, stop, enc) : '';
  return prefix === '' ? body : prefix + body;
}

function flush(state, enc) {
  let buffered = state[kBufferedBytes];
  if (enc === kUtf16le && buffered % 2 === 1) {
    // A last odd byte is dropped.
    state[kMissingBytes]--;
    buffered--;
    state[kBufferedBytes] = buffered;
  }
  if (buffered === 0) return '';
  const text = decode(state, 0, buffered, enc);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return text;
}

function checkThis(decoder) {
  const state = decoder[kNativeDecoder];
  if (state === undefined) throw new (codes().ERR_INVALID_THIS)('StringDecoder');
  return state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBufferIsView(buf)) throw new (codes().ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const state = checkThis(this);
  const bytes = bytesOf(buf);
  if (bytes.length === 0) return '';
  return decodeChunk(state, encodingOf(this), bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = checkThis(this);
  if (state[kBufferedBytes] > 0) ret += flush(state, encodingOf(this));
  return ret;
};

// Decodes buf from offset as a new start: what was kept is dropped.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = checkThis(this);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return TypedArrayPrototypeSubarray.call(this[kNativeDecoder], 0, kMissingBytes);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
