'use strict';
// TextEncoder and TextDecoder (the WHATWG Encoding standard): UTF-8,
// UTF-16LE, UTF-16BE, windows-1252 (which the standard also calls latin1,
// ascii and iso-8859-1), the standard's other single-byte encodings
// (tables in internal/encoding_legacy), x-user-defined, and the multi-byte
// CJK encodings (gbk, gb18030, big5, euc-jp, iso-2022-jp, shift_jis,
// euc-kr) through ICU's converters, as Node decodes them; under every
// label the standard gives them.
//
// Decoding a whole input is one call into internalBinding('buffer'),
// whose UTF-8 decoder already replaces ill-formed sequences the way the
// standard does. Streaming keeps at most a few bytes between calls: the
// start of a character the next chunk completes.

// internal/errors is loaded only when an error is made.
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);
const { validateObject, validateString } = require('internal/validators');
const {
  decode,
  isUint8Array,
  writeEncoded,
  utf8ByteLength,
  encodeUtf8Into,
  kUtf8,
  kUtf16le,
} = require('internal/buffer');
const {
  isUtf8: bindingIsUtf8,
  swap: bindingSwap,
  decodeTable: bindingDecodeTable,
  icuOpen: bindingIcuOpen,
  icuDecode: bindingIcuDecode,
  fast: bindingFast,
} = internalBinding('buffer');
// The host function when the engine's fast paths are there; undefined
// asks the binding's API function.
const fastDecodeTable = bindingFast?.decodeTable ?? (() => undefined);

const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const ArrayBufferPrototypeGetDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get;
// Present when the runtime enables SharedArrayBuffer in the engine.
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeToLowerCase = String.prototype.toLowerCase;
const StringPrototypeToWellFormed = String.prototype.toWellFormed;
const StringPrototypeIsWellFormed = String.prototype.isWellFormed;
const Uint8ArrayCtor = Uint8Array;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeSlice = TypedArrayPrototype.slice;
const TypedArrayPrototypeSet = TypedArrayPrototype.set;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const TypedArrayPrototypeGetBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const TypedArrayPrototypeGetByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const DataViewPrototypeGetBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const DataViewPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const DataViewPrototypeGetByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// ---- TextEncoder ------------------------------------------------------------

const encodeIntoResult = new Float64Array(2);

// Measured, then written once into an array of the exact size: with the
// binding's host functions both passes are a fraction of a nanosecond per
// byte, and a new array is zero-filled by the engine anyway.
function encodeUtf8(input) {
  const n = utf8ByteLength(input);
  const out = new Uint8ArrayCtor(n);
  if (n > 0) writeEncoded(out, 0, n, input, kUtf8);
  return out;
}

let isTextEncoder;
class TextEncoder {
  #brand = true;

  static {
    isTextEncoder = (value) => typeof value === 'object' && value !== null && #brand in value;
  }

  get encoding() {
    if (!isTextEncoder(this)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!isTextEncoder(this)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (!isTextEncoder(this)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
    validateString(src, 'src');
    if (!isUint8Array(dest)) throw new (codes().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    encodeUtf8Into(src, dest, encodeIntoResult);
    return { read: encodeIntoResult[0], written: encodeIntoResult[1] };
  }

  [kInspectCustom](depth, options) {
    if (!isTextEncoder(this)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
    // Node shows a plain object here, but [TextEncoder] past the depth.
    if (typeof depth === 'number' && depth < 0) {
      const shown = new TextEncoderFields(); // not empty, so [TextEncoder]
      shown.encoding = 'utf-8';
      return shown;
    }
    return require('util').inspect({ encoding: 'utf-8' }, options);
  }
}

const TextEncoderFields = { TextEncoder: class {} }.TextEncoder;

ObjectDefineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// ---- TextDecoder ------------------------------------------------------------

const kUtf16be = -2;
const kWindows1252 = -3;
// Any other single-byte encoding: a table for bytes 0x80-0xff.
const kSingleByte = -4;
// A multi-byte encoding: an ICU converter.
const kIcu = -5;

// The standard's labels (compared after trimming ASCII whitespace and
// lowering the case) for the encodings implemented here.
const labels = { __proto__: null };
for (const [name, list] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
    'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of list) labels[label] = name;
}

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function encodingForLabel(label) {
  let start = 0;
  let end = label.length;
  while (start < end && isAsciiWhitespace(StringPrototypeCharCodeAt.call(label, start))) start++;
  while (end > start && isAsciiWhitespace(StringPrototypeCharCodeAt.call(label, end - 1))) end--;
  const key = StringPrototypeToLowerCase.call(StringPrototypeSlice.call(label, start, end));
  if (labels[key] !== undefined) return labels[key];
  if (key === 'x-user-defined') return key;
  return legacy().singleByteLabels[key] ?? legacy().multiByteLabels[key] ?? replacementLabels[key];
}

// The standard's "replacement" encoding, which Node names but does not
// decode (a TextDecoder refuses it).
const replacementLabels = {
  __proto__: null,
  'csiso2022kr': 'replacement', 'hz-gb-2312': 'replacement', 'iso-2022-cn': 'replacement',
  'iso-2022-cn-ext': 'replacement', 'iso-2022-kr': 'replacement', 'replacement': 'replacement',
};

let legacyModule;
const legacy = () => (legacyModule ??= require('internal/encoding_legacy'));

// The code units of bytes 0x80-0xff in a single-byte encoding, made once,
// as the bytes of a Uint16Array (which the binding takes).
const singleByteTables = { __proto__: null };
function singleByteTable(name) {
  let table = singleByteTables[name];
  if (table === undefined) {
    const units = new Uint16Array(128);
    if (name === 'x-user-defined') {
      // The standard's x-user-defined: the private use area U+F780-U+F7FF.
      for (let i = 0; i < 128; i++) units[i] = 0xf780 + i;
    } else if (name === 'windows-1252') {
      for (let i = 0; i < 128; i++) units[i] = i < 0x20 ? kWindows1252High[i] : 0x80 + i;
    } else {
      const chars = legacy().tables[name];
      for (let i = 0; i < 128; i++) units[i] = StringPrototypeCharCodeAt.call(chars, i);
    }
    table = new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(units));
    singleByteTables[name] = table;
  }
  return table;
}

// windows-1252 bytes 0x80-0x9f; the rest are Latin-1.
const kWindows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

// The bytes of the input as a Uint8Array. A detached buffer, or a view of
// one, is no bytes, as in Node.
function inputBytes(input) {
  if (isUint8Array(input)) return input;
  if (ArrayBufferIsView(input)) {
    const tag = typedArrayTag.call(input);
    if (tag === 'Uint8Array') return input;
    if (tag !== undefined) {
      const buffer = TypedArrayPrototypeGetBuffer.call(input);
      if (isDetached(buffer)) return kEmpty;
      return new Uint8ArrayCtor(buffer, TypedArrayPrototypeGetByteOffset.call(input),
                                TypedArrayPrototypeGetByteLength.call(input));
    }
    const buffer = DataViewPrototypeGetBuffer.call(input);
    if (isDetached(buffer)) return kEmpty;
    return new Uint8ArrayCtor(buffer, DataViewPrototypeGetByteOffset.call(input),
                              DataViewPrototypeGetByteLength.call(input));
  }
  if (typeof input === 'object' && input !== null) {
    let isArrayBuffer = true;
    try {
      ArrayBufferByteLength.call(input);
    } catch {
      isArrayBuffer = false; // a SharedArrayBuffer, or the error below
    }
    if (isArrayBuffer) return ArrayBufferPrototypeGetDetached.call(input) ? kEmpty : new Uint8ArrayCtor(input);
    if (SharedArrayBufferByteLength !== undefined) {
      try {
        SharedArrayBufferByteLength.call(input);
        return new Uint8ArrayCtor(input);
      } catch {
        // the error below
      }
    }
  }
  const err = new (codes().ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'ArrayBufferView'], input);
  // Node's text, word for word.
  err.message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  throw err;
}

// A view's buffer: an ArrayBuffer, or a SharedArrayBuffer, which the getter
// refuses and which is never detached.
function isDetached(buffer) {
  try {
    return ArrayBufferPrototypeGetDetached.call(buffer);
  } catch {
    return false;
  }
}

const kEmpty = new Uint8ArrayCtor(0);

// The first byte's sequence length in UTF-8 (0 for a byte that cannot
// start one), and the range the second byte must be in.
function utf8Need(lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function utf8SecondLow(lead) {
  return lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
}

function utf8SecondHigh(lead) {
  return lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
}

// Whether byte b may follow the count bytes of a sequence started by lead.
function utf8Continues(lead, count, b) {
  if (count === 1) return b >= utf8SecondLow(lead) && b <= utf8SecondHigh(lead);
  return b >= 0x80 && b <= 0xbf;
}

// Where an unfinished sequence at the end of bytes[start, end) begins
// (end when the input ends on a character boundary or on an ill-formed
// sequence, which is decoded now, not carried over).
function utf8TailStart(bytes, start, end) {
  for (let i = end - 1; i >= start && i >= end - 3; i--) {
    const b = bytes[i];
    if (b < 0x80) return end;
    if (b >= 0xc0) {
      const need = utf8Need(b);
      if (need === 0 || end - i >= need) return end;
      for (let k = i + 1; k < end; k++) if (!utf8Continues(b, k - i, bytes[k])) return end;
      return i;
    }
  }
  return end;
}

// What util.inspect shows of a decoder: an object of that class name.
const TextDecoderFields = { TextDecoder: class {} }.TextDecoder;
const ConverterFields = { Converter: class {} }.Converter;
const kFlagsSymbol = Symbol('flags');
const kHandleSymbol = Symbol('handle');

let isTextDecoder;
class TextDecoder {
  #encoding;
  #kind;
  #converter; // kIcu's
  #fatal;
  #ignoreBOM;
  #bomSeen = false;
  #pending = new Uint8ArrayCtor(4);
  #pendingCount = 0;

  static {
    isTextDecoder = (value) => typeof value === 'object' && value !== null && #encoding in value;
  }

  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined)
      validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const name = encodingForLabel(encoding);
    if (name === undefined || name === 'replacement') throw new (codes().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    this.#encoding = name;
    this.#kind = name === 'utf-8' ? kUtf8 : name === 'utf-16le' ? kUtf16le :
      name === 'utf-16be' ? kUtf16be : name === 'windows-1252' ? kWindows1252 :
      legacy().tables[name] !== undefined || name === 'x-user-defined' ? kSingleByte : kIcu;
    this.#fatal = options != null && Boolean(options.fatal);
    this.#ignoreBOM = options != null && Boolean(options.ignoreBOM);
    if (this.#kind === kIcu) {
      // ICU knows the standard's names; without ICU there is no decoder.
      this.#converter = bindingIcuOpen(name, this.#fatal);
      if (this.#converter === undefined) throw new (codes().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    }
  }

  get encoding() {
    if (!isTextDecoder(this)) throw new (codes().ERR_INVALID_THIS)('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!isTextDecoder(this)) throw new (codes().ERR_INVALID_THIS)('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!isTextDecoder(this)) throw new (codes().ERR_INVALID_THIS)('TextDecoder');
    return this.#ignoreBOM;
  }

  decode(input = kEmpty, options = undefined) {
    if (!isTextDecoder(this)) throw new (codes().ERR_INVALID_THIS)('TextDecoder');
    const bytes = inputBytes(input);
    if (options === undefined && this.#kind === kUtf8 && this.#pendingCount === 0 && !this.#fatal) {
      // The common call, a whole UTF-8 text: what the general path below
      // does for it, without its bookkeeping.
      let text = bytes.length === 0 ? '' : decode(bytes, 0, bytes.length, kUtf8);
      if (!this.#bomSeen && !this.#ignoreBOM && text.length > 0 && StringPrototypeCharCodeAt.call(text, 0) === 0xfeff)
        text = StringPrototypeSlice.call(text, 1);
      this.#bomSeen = false;
      return text;
    }
    let stream = false;
    if (options !== undefined) {
      validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
      stream = options !== null && Boolean(options.stream);
    }
    let text;
    try {
      switch (this.#kind) {
        case kUtf8: text = this.#decodeUtf8(bytes, stream); break;
        case kWindows1252:
        case kSingleByte: text = this.#decodeSingleByte(bytes); break;
        case kIcu:
          text = bindingIcuDecode(this.#converter, bytes, !stream,
                                  this.#encoding === 'gbk' || this.#encoding === 'gb18030');
          if (text === null) this.#invalid();
          break;
        default: text = this.#decodeUtf16(bytes, stream, this.#kind === kUtf16be);
      }
    } catch (err) {
      this.#pendingCount = 0;
      this.#bomSeen = false;
      throw err;
    }
    // A byte order mark opens the stream's text only, and is dropped.
    if (!this.#bomSeen && text.length > 0 && this.#kind >= kUtf16be) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && StringPrototypeCharCodeAt.call(text, 0) === 0xfeff)
        text = StringPrototypeSlice.call(text, 1);
    }
    if (!stream) {
      this.#pendingCount = 0;
      this.#bomSeen = false;
    }
    return text;
  }

  // Each byte one code unit: ASCII as it is, the rest through the table,
  // where U+FFFD marks a byte the encoding does not map (windows-1252 maps
  // them all). One call into C.
  #decodeSingleByte(bytes) {
    if (bytes.length === 0) return '';
    const table = singleByteTable(this.#encoding);
    let text = fastDecodeTable(bytes, table, this.#fatal);
    if (text === undefined) text = bindingDecodeTable(bytes, table, this.#fatal);
    if (text === null) {
      // Node names iso-8859-8-i by its table, iso-8859-8, here.
      const name = this.#encoding === 'iso-8859-8-i' ? 'iso-8859-8' : this.#encoding;
      throw new (codes().ERR_ENCODING_INVALID_ENCODED_DATA)(name);
    }
    return text;
  }

  #invalid() {
    throw new (codes().ERR_ENCODING_INVALID_ENCODED_DATA)(this.#encoding);
  }

  #decodeUtf8(bytes, stream) {
    const end = bytes.length;
    let start = 0;
    let text = '';
    if (this.#pendingCount > 0) {
      // Finish the character the last chunk began.
      const pending = this.#pending;
      const lead = pending[0];
      const need = utf8Need(lead);
      while (this.#pendingCount < need && start < end && utf8Continues(lead, this.#pendingCount, bytes[start]))
        pending[this.#pendingCount++] = bytes[start++];
      if (this.#pendingCount === need) {
        text = decode(pending, 0, need, kUtf8);
        this.#pendingCount = 0;
      } else if (start < end || !stream) {
        // Cut short by a byte that cannot continue it, or by the end.
        if (this.#fatal) this.#invalid();
        text = '\ufffd';
        this.#pendingCount = 0;
      } else {
        return '';
      }
    }
    let stop = end;
    if (stream) {
      stop = utf8TailStart(bytes, start, end);
      for (let i = stop; i < end; i++) this.#pending[this.#pendingCount++] = bytes[i];
    }
    if (start < stop) {
      if (this.#fatal && !bindingIsUtf8(start === 0 && stop === end ? bytes : subview(bytes, start, stop)))
        this.#invalid();
      text += decode(bytes, start, stop, kUtf8);
    }
    return text;
  }

  // UTF-16: whole units, and a high surrogate waits for its partner while
  // streaming; a lone surrogate or a last odd byte is U+FFFD.
  #decodeUtf16(bytes, stream, bigEndian) {
    let units = bytes;
    if (this.#pendingCount > 0) {
      units = new Uint8ArrayCtor(this.#pendingCount + bytes.length);
      TypedArrayPrototypeSet.call(units, subview(this.#pending, 0, this.#pendingCount), 0);
      TypedArrayPrototypeSet.call(units, bytes, this.#pendingCount);
      this.#pendingCount = 0;
    }
    const n = units.length;
    let stop = n - (n % 2);
    if (stream) {
      if (stop >= 2) {
        const hi = bigEndian ? units[stop - 2] : units[stop - 1];
        if (hi >= 0xd8 && hi <= 0xdb) stop -= 2;
      }
      for (let i = stop; i < n; i++) this.#pending[this.#pendingCount++] = units[i];
    }
    let text = '';
    if (stop > 0) {
      if (bigEndian) {
        units = TypedArrayPrototypeSlice.call(units, 0, stop);
        bindingSwap(units, 2);
      }
      text = decode(units, 0, stop, kUtf16le);
      if (!StringPrototypeIsWellFormed.call(text)) {
        if (this.#fatal) this.#invalid();
        text = StringPrototypeToWellFormed.call(text);
      }
    }
    if (!stream && stop < n) {
      if (this.#fatal) this.#invalid();
      text += '\ufffd';
    }
    return text;
  }

  // As Node: the fields inspected as a plain object with the default
  // options, after the class's name (so its line breaks ignore the name).
  [kInspectCustom](depth, options) {
    if (!isTextDecoder(this)) throw new (codes().ERR_INVALID_THIS)('TextDecoder');
    if (typeof depth === 'number' && depth < 0) {
      const shown = new TextDecoderFields();
      shown.encoding = this.#encoding;
      return shown;
    }
    const obj = {
      encoding: this.#encoding,
      fatal: this.#fatal,
      ignoreBOM: this.#ignoreBOM,
    };
    if (options?.showHidden) {
      // Node's hidden fields: its converter flags (fatal 2, ignoreBOM 4)
      // and the ICU converter it holds for UTF-16 and the CJK encodings.
      obj[kFlagsSymbol] = (this.#fatal ? 2 : 0) | (this.#ignoreBOM ? 4 : 0);
      const converter = this.#kind === kUtf16le || this.#kind === kUtf16be || this.#kind === kIcu;
      obj[kHandleSymbol] = converter ? new ConverterFields() : undefined;
    }
    return `${constructorName(this)} ${require('util').inspect(obj)}`;
  }

}

// The name of the nearest constructor on the prototype chain, as Node's
// getConstructorOf finds it.
function constructorName(value) {
  for (let proto = ObjectGetPrototypeOf(value); proto !== null; proto = ObjectGetPrototypeOf(proto)) {
    const desc = ObjectGetOwnPropertyDescriptor(proto, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') return desc.value.name;
  }
  return 'TextDecoder';
}

function subview(bytes, start, stop) {
  return new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(bytes),
                            TypedArrayPrototypeGetByteOffset.call(bytes) + start, stop - start);
}

ObjectDefineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  TextEncoder,
  TextDecoder,
  // Node's name for the label lookup, which its tests reach (--expose-internals).
  getEncodingFromLabel: encodingForLabel,
  isTextEncoder,
  isTextDecoder,
};
