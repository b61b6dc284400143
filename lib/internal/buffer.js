'use strict';
// What node:buffer builds on (and fs, os and streams use): the FastBuffer
// class (a Uint8Array subclass whose prototype becomes Buffer.prototype),
// encoding names and numbers, the Uint8Array check, decode() and
// writeEncoded() between bytes and strings in every encoding, and the
// integer and float readers and writers.
//
// The readers and writers are plain JS over the bytes: the JIT inlines an
// indexed load or store on a typed array, while a call into C costs more
// than the whole read. An index outside the array (or a fractional one)
// reads as undefined, which is how a single comparison checks both the
// offset's range and that it is an integer; the error is worked out only
// after that check failed.

// internal/errors is loaded only when an error is made.
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);
const {
  toString: bindingToString,
  write: bindingWrite,
  byteLengthUtf8: bindingByteLengthUtf8,
  encodeInto: bindingEncodeInto,
  fast: bindingFast,
} = internalBinding('buffer');

// binding.fast holds engine host functions (src/binding/buffer.c): the JIT
// calls them for a few nanoseconds, where a C API function costs over a
// hundred. Each declines (undefined, or a negative number) what it cannot
// do in place, and the API function above then does it. Absent when the
// binding could not verify the engine's layout: the declining stand-ins
// keep every caller on one path.
const fastToString = bindingFast?.toString ?? (() => undefined);
const fastWrite = bindingFast?.write ?? (() => -1);
const fastByteLength = bindingFast?.byteLength ?? (() => -1);
const fastEncodeInto = bindingFast?.encodeInto ?? (() => -1);
const kHaveFast = bindingFast !== undefined;

const ArrayBufferIsView = ArrayBuffer.isView;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const MathFloor = Math.floor;
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const BigIntCtor = BigInt;
const NumberCtor = Number;
const StringPrototypeToLowerCase = String.prototype.toLowerCase;
const Uint8ArrayCtor = Uint8Array;
const Uint8ArrayPrototype = Uint8Array.prototype;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8ArrayPrototype);
const TypedArrayPrototypeGetBuffer = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayPrototypeGetByteOffset = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const typedArrayTag = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const StringFromCharCode = String.fromCharCode;
const ArrayCtor = Array;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const StringPrototypeSlice = String.prototype.slice;
const MathCeil = Math.ceil;

// The longest string a Buffer decodes to: V8's limit in Node 24 (2 ** 29 -
// 24 UTF-16 units), which programs and Node's tests rely on, although
// JavaScriptCore's own is 2 ** 31 - 1. A longer result is
// ERR_STRING_TOO_LONG, as in Node.
const kStringMaxLength = 2 ** 29 - 24;

function stringTooLong() {
  return new (codes().ERR_STRING_TOO_LONG)(`0x${kStringMaxLength.toString(16)}`);
}

// The UTF-16 units decoding n bytes in enc gives: exact but for UTF-8,
// where it is the least possible (three bytes per unit).
function decodedUnitsAtLeast(n, enc) {
  switch (enc) {
    case kUtf8: return MathCeil(n / 3);
    case kUtf16le: return n >>> 1;
    case kHex: return n * 2;
    case kBase64: return MathCeil(n / 3) * 4;
    case kBase64url: return MathCeil(n * 4 / 3);
    default: return n;
  }
}

// Below this many bytes a JS loop beats a call into C: each engine API
// call a binding makes takes the engine's lock, and a call with its
// conversions costs several hundred nanoseconds.
const kSmallBytes = 128;
// With the host functions, only this few bytes are cheaper in JS.
const kTinyBytes = 8;

class FastBuffer extends Uint8Array {
  // Declared: JavaScriptCore constructs with an explicit three-argument
  // super() call faster than with the implicit (...args) one.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}
const FastBufferPrototype = FastBuffer.prototype;

// A Uint8Array or Buffer of this realm answers from its prototype, without
// a call; anything else (a subclass, a changed prototype) asks the engine's
// tag getter, which reads the internal slot.
function isUint8Array(value) {
  if (!ArrayBufferIsView(value)) return false;
  const proto = ObjectGetPrototypeOf(value);
  if (proto === FastBufferPrototype || proto === Uint8ArrayPrototype) return true;
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return ArrayBufferIsView(value) && typedArrayTag.call(value) !== undefined;
}

// ---- encodings ---------------------------------------------------------------

// The numbers internalBinding('buffer') takes.
const kUtf8 = 0;
const kUtf16le = 1;
const kLatin1 = 2;
const kAscii = 3;
const kBase64 = 4;
const kBase64url = 5;
const kHex = 6;
const encodingNames = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

function encodingFromLowerCase(s) {
  switch (s) {
    case 'utf8': case 'utf-8': return kUtf8;
    case 'hex': return kHex;
    case 'base64': return kBase64;
    case 'latin1': case 'binary': return kLatin1;
    case 'ascii': return kAscii;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return kUtf16le;
    case 'base64url': return kBase64url;
    default: return -1;
  }
}

// The number of a named encoding, any letter case; -1 when unknown. The
// exact spellings Node documents are matched before lowering the case.
function encodingFromString(s) {
  const n = encodingFromLowerCase(s);
  if (n !== -1 || s.length > 9 || s.length < 3) return n;
  return encodingFromLowerCase(StringPrototypeToLowerCase.call(s));
}

// Node's normalizeEncoding: undefined, null and '' mean UTF-8; anything
// else must be a string naming an encoding. -1 when it does not.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return kUtf8;
  if (typeof enc !== 'string') return -1;
  return encodingFromString(enc);
}

// The encoding an argument names when methods convert it to a string first
// (toString, indexOf, write): -1 when unknown. A Symbol throws, as in Node.
function encodingOfArgument(enc) {
  if (typeof enc !== 'string') enc += '';
  return encodingFromString(enc);
}

// The engine's own base64 and hex conversions (TC39's Uint8Array base64
// proposal, in JavaScriptCore), far cheaper than a call into C: a C
// function pays for every engine API call it makes, and a string made
// through the C API is copied twice. Node's rules are looser than the
// proposal's (its base64 decoder skips any character outside the
// alphabet, takes both alphabets and stops at the first '='); whatever
// the engine refuses goes to the binding, which implements Node's rules.
const Uint8ArrayPrototypeToHex = Uint8ArrayPrototype.toHex;
const Uint8ArrayPrototypeToBase64 = Uint8ArrayPrototype.toBase64;
const Uint8ArrayPrototypeSetFromHex = Uint8ArrayPrototype.setFromHex;
const Uint8ArrayPrototypeSetFromBase64 = Uint8ArrayPrototype.setFromBase64;
const kHaveBase64 = typeof Uint8ArrayPrototypeToBase64 === 'function' &&
  typeof Uint8ArrayPrototypeToHex === 'function' && typeof Uint8ArrayPrototypeSetFromHex === 'function' &&
  typeof Uint8ArrayPrototypeSetFromBase64 === 'function';
const kBase64Options = Object.freeze({ __proto__: null, alphabet: 'base64' });
const kBase64urlOptions = Object.freeze({ __proto__: null, alphabet: 'base64url', omitPadding: true });

// A Buffer or Uint8Array of this realm, which the engine's methods take.
function isPlainBytes(buf) {
  const proto = ObjectGetPrototypeOf(buf);
  return proto === FastBufferPrototype || proto === Uint8ArrayPrototype;
}

// A Uint8Array over bytes [start, end) of a typed array's memory.
function byteView(buf, start, end) {
  return new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer.call(buf),
                            TypedArrayPrototypeGetByteOffset.call(buf) + start, end - start);
}

// Bytes [start, end) of buf (a typed array; Buffer methods may be called
// on any) as a string; the range is inside buf.
function decode(buf, start, end, enc) {
  const n = end - start;
  if (n > kStringMaxLength / 4 && decodedUnitsAtLeast(n, enc) > kStringMaxLength) throw stringTooLong();
  if (kHaveFast) {
    if (n <= kTinyBytes && enc <= kAscii) return decodeShort(buf, start, end, enc);
    // The engine's own base64 encoder is the faster one past a few bytes.
    if ((enc !== kBase64 && enc !== kBase64url) || n <= 48) {
      const s = fastToString(buf, start, end, enc);
      if (s !== undefined) {
        if (s.length > kStringMaxLength) throw stringTooLong(); // UTF-8 of many multi-byte characters
        return s;
      }
    }
  } else if (n <= kSmallBytes && enc <= kAscii) {
    return decodeShort(buf, start, end, enc);
  }
  if (kHaveBase64 && (enc === kHex || enc === kBase64 || enc === kBase64url)) {
    const view = start === 0 && end === buf.length && isPlainBytes(buf) ?
      buf : byteView(buf, start, end);
    if (enc === kHex) return Uint8ArrayPrototypeToHex.call(view);
    return Uint8ArrayPrototypeToBase64.call(view, enc === kBase64 ? kBase64Options : kBase64urlOptions);
  }
  if (n > kChunkBytes) return decodeChunked(buf, start, end, enc);
  const s = bindingToString(buf, start, end, enc);
  if (s === undefined || s.length > kStringMaxLength) throw stringTooLong();
  return s;
}

// The binding needs memory for the whole text at once (more than once:
// the engine's C API copies), and the engine aborts when it cannot get
// it. Long inputs therefore go in pieces of at most this many bytes or
// UTF-16 units, cut where the decoding or encoding is the same either side.
const kChunkBytes = 8 * 1024 * 1024;
const kChunkUnits = 4 * 1024 * 1024;

function decodeChunked(buf, start, end, enc) {
  let text = '';
  let i = start;
  while (i < end) {
    let j = i + kChunkBytes < end ? i + kChunkBytes : end;
    if (j < end) {
      if (enc === kUtf8) {
        // Cut before the first byte of a character: a continuation byte
        // belongs with the bytes before it, and no character has more than
        // three of them.
        let k = j;
        while (k > j - 3 && (buf[k] & 0xc0) === 0x80) k--;
        if ((buf[k] & 0xc0) !== 0x80) j = k;
      } else if (enc === kUtf16le) {
        j -= (j - i) % 2;
      } else if (enc === kBase64 || enc === kBase64url) {
        j -= (j - i) % 3;
      }
    }
    const s = bindingToString(buf, i, j, enc);
    if (s === undefined || text.length + s.length > kStringMaxLength) throw stringTooLong();
    text += s;
    i = j;
  }
  return text;
}

// Where a piece of string may end near `at`: not between the two halves
// of a surrogate pair, nor (hex) inside a pair of digits.
function pieceEnd(string, from, at, enc) {
  if (at >= string.length) return string.length;
  if (enc === kHex) return at - ((at - from) % 2);
  const c = StringPrototypeCharCodeAt.call(string, at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}

// UTF-8 length of a string: short ones in JS, long ones in pieces.
function utf8ByteLength(string) {
  const n = string.length;
  if (n > 16) {
    const r = fastByteLength(string, kUtf8);
    if (r !== -1) return r;
  }
  if (n <= kShortString) return utf8LengthShort(string);
  if (n <= kChunkUnits) return bindingByteLengthUtf8(string);
  let total = 0;
  for (let i = 0; i < n;) {
    const j = pieceEnd(string, i, i + kChunkUnits, kUtf8);
    total += bindingByteLengthUtf8(StringPrototypeSlice.call(string, i, j));
    i = j;
  }
  return total;
}

function utf8LengthShort(s) {
  const n = s.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt.call(s, i);
    if (c < 0x80) continue;
    bytes += c < 0x800 ? 1 : 2;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = StringPrototypeCharCodeAt.call(s, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++; // four bytes for the two units
    }
  }
  return bytes;
}

// TextEncoder#encodeInto: UTF-8 of as many whole characters of string as
// fit in bytes; out gets [units read, bytes written].
function encodeUtf8Into(string, bytes, out) {
  const n = string.length;
  const r = fastEncodeInto(string, bytes);
  if (r !== -1) {
    const read = MathFloor(r / 4294967296);
    out[0] = read;
    out[1] = r - read * 4294967296;
    return;
  }
  if (n <= kChunkUnits) {
    bindingEncodeInto(string, bytes, out);
    return;
  }
  let read = 0;
  let written = 0;
  const capacity = bytes.length;
  while (read < n && written < capacity) {
    const j = pieceEnd(string, read, read + kChunkUnits, kUtf8);
    const piece = StringPrototypeSlice.call(string, read, j);
    bindingEncodeInto(piece, byteView(bytes, written, capacity), out);
    read += out[0];
    written += out[1];
    if (out[0] < piece.length) break;
  }
  out[0] = read;
  out[1] = written;
}
const pieceResult = new Float64Array(2);

function writeChunked(bytes, offset, length, string, enc) {
  const n = string.length;
  const end = offset + length;
  let o = offset;
  for (let i = 0; i < n && o < end;) {
    const j = pieceEnd(string, i, i + kChunkUnits, enc);
    const piece = StringPrototypeSlice.call(string, i, j);
    let whole;
    if (enc === kUtf8) {
      bindingEncodeInto(piece, byteView(bytes, o, end), pieceResult);
      o += pieceResult[1];
      whole = pieceResult[0] === piece.length;
    } else {
      const w = bindingWrite(bytes, piece, o, end - o, enc);
      o += w;
      whole = w === (enc === kUtf16le ? piece.length * 2 : enc === kHex ? piece.length / 2 : piece.length);
    }
    if (!whole) break;
    i = j;
  }
  return o - offset;
}

// Strings up to this long are encoded in JS: the loop is cheaper than
// crossing into C (which also copies the string to UTF-16 first).
const kShortString = 256;

// Writes string's bytes in enc into bytes[offset, offset + length): whole
// characters only, as many as fit. Returns the count written.
function writeEncoded(bytes, offset, length, string, enc) {
  const n = string.length;
  // The engine decodes clean base64 and long hex faster than the binding
  // (with vector instructions; the binding's hex is vectorised too, and
  // ahead below 16 Ki digits, where the engine's view and options cost
  // more); what it refuses comes back as -1.
  if (kHaveBase64 && enc >= kBase64 && n > (enc === kHex ? 16384 : 512)) {
    const written = writeBase64OrHex(bytes, offset, length, string, enc);
    if (written !== -1) return written;
  }
  if (kHaveFast && n > 8) {
    const written = fastWrite(bytes, string, offset, length, enc);
    if (written !== -1) return written;
  }
  if (n <= kShortString) {
    if (enc === kUtf8) return writeUtf8(bytes, offset, length, string);
    if (enc === kLatin1 || enc === kAscii) {
      const m = n < length ? n : length;
      for (let i = 0; i < m; i++) bytes[offset + i] = StringPrototypeCharCodeAt.call(string, i);
      return m;
    }
  }
  if (kHaveBase64 && (enc === kHex || enc === kBase64 || enc === kBase64url)) {
    const written = writeBase64OrHex(bytes, offset, length, string, enc);
    if (written !== -1) return written;
  }
  if (n > kChunkUnits && enc !== kBase64 && enc !== kBase64url)
    return writeChunked(bytes, offset, length, string, enc);
  return bindingWrite(bytes, string, offset, length, enc);
}

// -1 when the engine's decoder cannot say what Node's would.
function writeBase64OrHex(bytes, offset, length, string, enc) {
  const target = offset === 0 && length === bytes.length &&
    isPlainBytes(bytes) ? bytes : byteView(bytes, offset, offset + length);
  try {
    if (enc === kHex) {
      // Node ignores a last odd digit; the engine refuses odd lengths.
      if (string.length % 2 === 1) string = StringPrototypeSlice.call(string, 0, string.length - 1);
      return Uint8ArrayPrototypeSetFromHex.call(target, string).written;
    }
    const r = Uint8ArrayPrototypeSetFromBase64.call(target, string,
                                                    enc === kBase64 ? kBase64Options : kBase64urlOptions);
    return r.read === string.length ? r.written : -1;
  } catch {
    return -1;
  }
}

// UTF-8 in JS, as the binding writes it: a lone surrogate is U+FFFD.
function writeUtf8(bytes, offset, length, string) {
  const n = string.length;
  const end = offset + length;
  let o = offset;
  for (let i = 0; i < n; i++) {
    let c = StringPrototypeCharCodeAt.call(string, i);
    if (c < 0x80) {
      if (o >= end) break;
      bytes[o++] = c;
      continue;
    }
    if (c < 0x800) {
      if (o + 2 > end) break;
      bytes[o++] = 0xc0 | (c >> 6);
      bytes[o++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = StringPrototypeCharCodeAt.call(string, i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (o + 4 > end) break;
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          bytes[o++] = 0xf0 | (cp >> 18);
          bytes[o++] = 0x80 | ((cp >> 12) & 0x3f);
          bytes[o++] = 0x80 | ((cp >> 6) & 0x3f);
          bytes[o++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
      }
      c = 0xfffd;
    }
    if (o + 3 > end) break;
    bytes[o++] = 0xe0 | (c >> 12);
    bytes[o++] = 0x80 | ((c >> 6) & 0x3f);
    bytes[o++] = 0x80 | (c & 0x3f);
  }
  return o - offset;
}

// Short ranges are decoded in JS into an array of UTF-16 units that
// String.fromCharCode takes whole: for up to a few hundred bytes that is
// cheaper than a call into C, and much cheaper than concatenating
// characters one by one. One array per length, made on first use.
const unitArrays = [];
function unitArray(n) {
  let a = unitArrays[n];
  if (a === undefined) {
    a = new ArrayCtor(n);
    for (let i = 0; i < n; i++) a[i] = 0;
    unitArrays[n] = a;
  }
  return a;
}
const utf8Units = new Uint16Array(kSmallBytes);

function decodeShort(buf, start, end, enc) {
  const n = end - start;
  if (enc === kUtf16le) {
    const units = unitArray(n >>> 1);
    for (let i = 0; i < units.length; i++) units[i] = buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8);
    return StringFromCharCode.apply(null, units);
  }
  const units = unitArray(n);
  if (enc === kLatin1) {
    for (let i = 0; i < n; i++) units[i] = buf[start + i];
  } else if (enc === kAscii) {
    for (let i = 0; i < n; i++) units[i] = buf[start + i] & 0x7f;
  } else {
    for (let i = 0; i < n; i++) {
      const c = buf[start + i];
      if (c >= 0x80) return decodeShortUtf8(buf, start, end);
      units[i] = c;
    }
  }
  return StringFromCharCode.apply(null, units);
}

// UTF-8 as the Encoding standard decodes it: each maximal ill-formed
// subsequence becomes one U+FFFD (what the binding does too).
function decodeShortUtf8(buf, start, end) {
  const out = utf8Units;
  let k = 0;
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (needed === 0) {
      if (b < 0x80) {
        out[k++] = b;
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        else if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        else if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x07;
      } else {
        out[k++] = 0xfffd;
      }
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one replacement; this byte starts afresh.
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xbf;
      out[k++] = 0xfffd;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      if (cp > 0xffff) {
        out[k++] = 0xd800 + ((cp - 0x10000) >> 10);
        out[k++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else {
        out[k++] = cp;
      }
      needed = seen = cp = 0;
    }
  }
  if (needed !== 0) out[k++] = 0xfffd;
  const units = unitArray(k);
  for (let i = 0; i < k; i++) units[i] = out[i];
  return StringFromCharCode.apply(null, units);
}

// ---- bounds errors -------------------------------------------------------------

// The error for an offset (or byteLength) that failed the bounds check:
// a non-number, a fraction, or an integer outside [0, last].
function boundsError(value, last, name) {
  if (MathFloor(value) !== value) {
    if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name || 'offset', 'number', value);
    throw new (codes().ERR_OUT_OF_RANGE)(name || 'offset', 'an integer', value);
  }
  if (last < 0) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)();
  throw new (codes().ERR_OUT_OF_RANGE)(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

function offsetTypeError(offset) {
  throw new (codes().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
}

function byteLengthError(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

// Checks that bytes [offset, offset + size) are inside buf.
function checkBounds(buf, offset, size) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined)
    boundsError(offset, buf.length - size);
}

// The value's range in Node's words: exact bounds up to four bytes, powers
// of two above.
function rangeError(value, min, max, bytes) {
  const n = typeof min === 'bigint' ? 'n' : '';
  let range;
  if (bytes > 4) {
    const bits = bytes * 8;
    if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
    else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  } else {
    range = `>= ${min}${n} and <= ${max}${n}`;
  }
  throw new (codes().ERR_OUT_OF_RANGE)('value', range, value);
}

function checkInt(buf, value, offset, min, max, bytes) {
  if (value > max || value < min) rangeError(value, min, max, bytes);
  checkBounds(buf, offset, bytes);
}

// ---- readers ----------------------------------------------------------------------
//
// Each reader is its fast path (a number offset whose bytes all exist)
// and one call to its own two-argument slow function for the rest: a
// missing offset, which is 0, or Node's error. JavaScriptCore inlines a
// reader into its callers' optimized code only while the reader's
// bytecode stays under a size limit: with a default parameter value, the
// error calls in its body, or even a four-argument fallback call, a
// readUInt32LE loop often ran at a third of the speed
// (bench/buffer/read-uint32.js).
function readFallback(buf, offset, size, read) {
  if (offset === undefined) return ReflectApply(read, buf, [0]);
  if (typeof offset !== 'number') offsetTypeError(offset);
  return boundsError(offset, buf.length - size);
}

function readUInt8(offset) {
  if (typeof offset === 'number') {
    const v = this[offset];
    if (v !== undefined) return v;
  }
  return readUInt8Slow(this, offset);
}

function readUInt8Slow(buf, offset) {
  return readFallback(buf, offset, 1, readUInt8);
}

function readInt8(offset) {
  if (typeof offset === 'number') {
    const v = this[offset];
    if (v !== undefined) return (v << 24) >> 24;
  }
  return readInt8Slow(this, offset);
}

function readInt8Slow(buf, offset) {
  return readFallback(buf, offset, 1, readInt8);
}

function readUInt16LE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return a | (b << 8);
  }
  return readUInt16LESlow(this, offset);
}

function readUInt16LESlow(buf, offset) {
  return readFallback(buf, offset, 2, readUInt16LE);
}

function readUInt16BE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return (a << 8) | b;
  }
  return readUInt16BESlow(this, offset);
}

function readUInt16BESlow(buf, offset) {
  return readFallback(buf, offset, 2, readUInt16BE);
}

function readInt16LE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return (((b << 8) | a) << 16) >> 16;
  }
  return readInt16LESlow(this, offset);
}

function readInt16LESlow(buf, offset) {
  return readFallback(buf, offset, 2, readInt16LE);
}

function readInt16BE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return (((a << 8) | b) << 16) >> 16;
  }
  return readInt16BESlow(this, offset);
}

function readInt16BESlow(buf, offset) {
  return readFallback(buf, offset, 2, readInt16BE);
}

function readUInt24LE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsError(offset, buf.length - 3);
  return a | (buf[offset + 1] << 8) | (c << 16);
}

function readUInt24BE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsError(offset, buf.length - 3);
  return (a << 16) | (buf[offset + 1] << 8) | c;
}

function readUInt32LE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined)
      return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
  }
  return readUInt32LESlow(this, offset);
}

function readUInt32LESlow(buf, offset) {
  return readFallback(buf, offset, 4, readUInt32LE);
}

function readUInt32BE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined)
      return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
  }
  return readUInt32BESlow(this, offset);
}

function readUInt32BESlow(buf, offset) {
  return readFallback(buf, offset, 4, readUInt32BE);
}

function readInt32LE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined)
      return a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24);
  }
  return readInt32LESlow(this, offset);
}

function readInt32LESlow(buf, offset) {
  return readFallback(buf, offset, 4, readInt32LE);
}

function readInt32BE(offset) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined)
      return (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d;
  }
  return readInt32BESlow(this, offset);
}

function readInt32BESlow(buf, offset) {
  return readFallback(buf, offset, 4, readInt32BE);
}

// Wider than 32 bits: the high part times 2 ** 32 plus the unsigned low
// 32 bits; the sign (if any) lives in the high part.
function readUIntLEBytes(buf, offset, bytes) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const first = buf[offset];
  const last = buf[offset + bytes - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - bytes);
  const lo = first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x1000000;
  const hi = bytes === 6 ? buf[offset + 4] | (last << 8) : last;
  return hi * 0x100000000 + lo;
}

function readIntLEBytes(buf, offset, bytes) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const first = buf[offset];
  const last = buf[offset + bytes - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - bytes);
  const lo = first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x1000000;
  const hi = bytes === 6 ? ((buf[offset + 4] | (last << 8)) << 16) >> 16 : (last << 24) >> 24;
  return hi * 0x100000000 + lo;
}

function readUIntBEBytes(buf, offset, bytes) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const first = buf[offset];
  const last = buf[offset + bytes - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - bytes);
  const k = offset + bytes - 4;
  const hi = bytes === 6 ? (first << 8) | buf[offset + 1] : first;
  return hi * 0x100000000 + buf[k] * 0x1000000 + buf[k + 1] * 0x10000 + buf[k + 2] * 0x100 + last;
}

function readIntBEBytes(buf, offset, bytes) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const first = buf[offset];
  const last = buf[offset + bytes - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - bytes);
  const k = offset + bytes - 4;
  const hi = bytes === 6 ? (((first << 8) | buf[offset + 1]) << 16) >> 16 : (first << 24) >> 24;
  return hi * 0x100000000 + buf[k] * 0x1000000 + buf[k + 1] * 0x10000 + buf[k + 2] * 0x100 + last;
}

// Node checks the offset's presence before the byte length.
function readUIntLE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readUInt8.call(this, offset);
    case 2: return readUInt16LE.call(this, offset);
    case 3: return readUInt24LE(this, offset);
    case 4: return readUInt32LE.call(this, offset);
    case 5: case 6: return readUIntLEBytes(this, offset, byteLength);
  }
  return byteLengthError(byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readUInt8.call(this, offset);
    case 2: return readUInt16BE.call(this, offset);
    case 3: return readUInt24BE(this, offset);
    case 4: return readUInt32BE.call(this, offset);
    case 5: case 6: return readUIntBEBytes(this, offset, byteLength);
  }
  return byteLengthError(byteLength);
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readInt8.call(this, offset);
    case 2: return readInt16LE.call(this, offset);
    case 3: return (readUInt24LE(this, offset) << 8) >> 8;
    case 4: return readInt32LE.call(this, offset);
    case 5: case 6: return readIntLEBytes(this, offset, byteLength);
  }
  return byteLengthError(byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readInt8.call(this, offset);
    case 2: return readInt16BE.call(this, offset);
    case 3: return (readUInt24BE(this, offset) << 8) >> 8;
    case 4: return readInt32BE.call(this, offset);
    case 5: case 6: return readIntBEBytes(this, offset, byteLength);
  }
  return byteLengthError(byteLength);
}

// ---- 64-bit integers as BigInt -----------------------------------------------------

function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const lo = a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 + h * 0x1000000;
  return BigIntCtor(lo) + (BigIntCtor(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const hi = a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 + this[offset + 6] * 0x100 + h;
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}

function readBigInt64LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const lo = a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] | (this[offset + 5] << 8) | (this[offset + 6] << 16) | (h << 24);
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}

function readBigInt64BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const hi = (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 + this[offset + 6] * 0x100 + h;
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}

// ---- floats -------------------------------------------------------------------------

// One scratch word seen as a float and as bytes. Byte i of the scratch is
// byte i of the number in the machine's order.
const float32 = new Float32Array(1);
const float32Bytes = new Uint8ArrayCtor(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8ArrayCtor(float64.buffer);
const bigEndianHost = new Uint8ArrayCtor(new Uint16Array([1]).buffer)[0] === 0;

// Whether bytes [offset, offset + size) of buf exist, offset a number: the
// fast paths' test.
function fits(buf, offset, size) {
  return typeof offset === 'number' && buf[offset] !== undefined && buf[offset + size - 1] !== undefined;
}

// Byte order of the scratch for a little-endian (le) or big-endian access.
// The callers checked the bytes are there.
function loadFloat(buf, offset, le) {
  const a = buf[offset];
  const d = buf[offset + 3];
  if (le !== bigEndianHost) {
    float32Bytes[0] = a;
    float32Bytes[1] = buf[offset + 1];
    float32Bytes[2] = buf[offset + 2];
    float32Bytes[3] = d;
  } else {
    float32Bytes[3] = a;
    float32Bytes[2] = buf[offset + 1];
    float32Bytes[1] = buf[offset + 2];
    float32Bytes[0] = d;
  }
  return float32[0];
}

function loadDouble(buf, offset, le) {
  const a = buf[offset];
  const h = buf[offset + 7];
  if (le !== bigEndianHost) {
    float64Bytes[0] = a;
    float64Bytes[1] = buf[offset + 1];
    float64Bytes[2] = buf[offset + 2];
    float64Bytes[3] = buf[offset + 3];
    float64Bytes[4] = buf[offset + 4];
    float64Bytes[5] = buf[offset + 5];
    float64Bytes[6] = buf[offset + 6];
    float64Bytes[7] = h;
  } else {
    float64Bytes[7] = a;
    float64Bytes[6] = buf[offset + 1];
    float64Bytes[5] = buf[offset + 2];
    float64Bytes[4] = buf[offset + 3];
    float64Bytes[3] = buf[offset + 4];
    float64Bytes[2] = buf[offset + 5];
    float64Bytes[1] = buf[offset + 6];
    float64Bytes[0] = h;
  }
  return float64[0];
}

// value a number, the bytes there.
function putFloat(buf, value, offset, le) {
  float32[0] = value;
  if (le !== bigEndianHost) {
    buf[offset] = float32Bytes[0];
    buf[offset + 1] = float32Bytes[1];
    buf[offset + 2] = float32Bytes[2];
    buf[offset + 3] = float32Bytes[3];
  } else {
    buf[offset] = float32Bytes[3];
    buf[offset + 1] = float32Bytes[2];
    buf[offset + 2] = float32Bytes[1];
    buf[offset + 3] = float32Bytes[0];
  }
  return offset + 4;
}

function putDouble(buf, value, offset, le) {
  float64[0] = value;
  if (le !== bigEndianHost) {
    for (let i = 0; i < 8; i++) buf[offset + i] = float64Bytes[i];
  } else {
    for (let i = 0; i < 8; i++) buf[offset + i] = float64Bytes[7 - i];
  }
  return offset + 8;
}

// The value converted, then the offset checked, as Node does.
function storeFloat(buf, value, offset, le) {
  value = +value;
  checkBounds(buf, offset, 4);
  return putFloat(buf, value, offset, le);
}

function storeDouble(buf, value, offset, le) {
  value = +value;
  checkBounds(buf, offset, 8);
  return putDouble(buf, value, offset, le);
}

// Fast paths and fallbacks, as the integer readers and writers have.
function readFloatLE(offset) {
  if (fits(this, offset, 4)) return loadFloat(this, offset, true);
  return readFloatLESlow(this, offset);
}

function readFloatLESlow(buf, offset) {
  return readFallback(buf, offset, 4, readFloatLE);
}

function readFloatBE(offset) {
  if (fits(this, offset, 4)) return loadFloat(this, offset, false);
  return readFloatBESlow(this, offset);
}

function readFloatBESlow(buf, offset) {
  return readFallback(buf, offset, 4, readFloatBE);
}

function readDoubleLE(offset) {
  if (fits(this, offset, 8)) return loadDouble(this, offset, true);
  return readDoubleLESlow(this, offset);
}

function readDoubleLESlow(buf, offset) {
  return readFallback(buf, offset, 8, readDoubleLE);
}

function readDoubleBE(offset) {
  if (fits(this, offset, 8)) return loadDouble(this, offset, false);
  return readDoubleBESlow(this, offset);
}

function readDoubleBESlow(buf, offset) {
  return readFallback(buf, offset, 8, readDoubleBE);
}

function writeFloatLE(value, offset) {
  if (typeof value === 'number' && fits(this, offset, 4)) return putFloat(this, value, offset, true);
  return writeFloatLESlow(this, value, offset);
}

function writeFloatLESlow(buf, value, offset) {
  return storeFloat(buf, value, offset === undefined ? 0 : offset, true);
}

function writeFloatBE(value, offset) {
  if (typeof value === 'number' && fits(this, offset, 4)) return putFloat(this, value, offset, false);
  return writeFloatBESlow(this, value, offset);
}

function writeFloatBESlow(buf, value, offset) {
  return storeFloat(buf, value, offset === undefined ? 0 : offset, false);
}

function writeDoubleLE(value, offset) {
  if (typeof value === 'number' && fits(this, offset, 8)) return putDouble(this, value, offset, true);
  return writeDoubleLESlow(this, value, offset);
}

function writeDoubleLESlow(buf, value, offset) {
  return storeDouble(buf, value, offset === undefined ? 0 : offset, true);
}

function writeDoubleBE(value, offset) {
  if (typeof value === 'number' && fits(this, offset, 8)) return putDouble(this, value, offset, false);
  return writeDoubleBESlow(this, value, offset);
}

function writeDoubleBESlow(buf, value, offset) {
  return storeDouble(buf, value, offset === undefined ? 0 : offset, false);
}

// ---- writers -------------------------------------------------------------------------

// A one-byte write checks the offset's type before the value's range (the
// wider ones after), as Node does.
function write8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') offsetTypeError(offset);
  if (value > max || value < min) rangeError(value, min, max, 1);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// The stores, once the value and offset are known good.
function store16LE(buf, value, offset) {
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  return offset + 2;
}

function store16BE(buf, value, offset) {
  buf[offset] = value >>> 8;
  buf[offset + 1] = value;
  return offset + 2;
}

function store32LE(buf, value, offset) {
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function store32BE(buf, value, offset) {
  buf[offset] = value >>> 24;
  buf[offset + 1] = value >>> 16;
  buf[offset + 2] = value >>> 8;
  buf[offset + 3] = value;
  return offset + 4;
}

function write16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(buf, value, offset, min, max, 2);
  return store16LE(buf, value, offset);
}

function write16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(buf, value, offset, min, max, 2);
  return store16BE(buf, value, offset);
}

function write24LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(buf, value, offset, min, max, 3);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  return offset + 3;
}

function write24BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(buf, value, offset, min, max, 3);
  buf[offset] = value >>> 16;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value;
  return offset + 3;
}

function write32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(buf, value, offset, min, max, 4);
  return store32LE(buf, value, offset);
}

function write32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(buf, value, offset, min, max, 4);
  return store32BE(buf, value, offset);
}

// 5 and 6 bytes: the part above 32 bits is floor(value / 2 ** 32), which
// is also right for negative values in two's complement.
function writeWideLE(buf, value, offset, min, max, bytes) {
  value = +value;
  checkInt(buf, value, offset, min, max, bytes);
  const hi = MathFloor(value / 0x100000000);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = hi;
  if (bytes === 6) buf[offset + 5] = hi >>> 8;
  return offset + bytes;
}

function writeWideBE(buf, value, offset, min, max, bytes) {
  value = +value;
  checkInt(buf, value, offset, min, max, bytes);
  const hi = MathFloor(value / 0x100000000);
  let i = offset;
  if (bytes === 6) buf[i++] = hi >>> 8;
  buf[i++] = hi;
  buf[i++] = value >>> 24;
  buf[i++] = value >>> 16;
  buf[i++] = value >>> 8;
  buf[i++] = value;
  return i;
}

// Each writer: its fast path (a number in range, the bytes there), else
// its slow function, the general write with its conversions, defaults and
// errors (see the readers for why).
function writeUInt8(value, offset) {
  if (typeof value === 'number' && value >= 0 && value <= 0xff && fits(this, offset, 1)) {
    this[offset] = value;
    return offset + 1;
  }
  return writeUInt8Slow(this, value, offset);
}

function writeUInt8Slow(buf, value, offset) {
  return write8(buf, value, offset === undefined ? 0 : offset, 0, 0xff);
}

function writeInt8(value, offset) {
  if (typeof value === 'number' && value >= -0x80 && value <= 0x7f && fits(this, offset, 1)) {
    this[offset] = value;
    return offset + 1;
  }
  return writeInt8Slow(this, value, offset);
}

function writeInt8Slow(buf, value, offset) {
  return write8(buf, value, offset === undefined ? 0 : offset, -0x80, 0x7f);
}

function writeUInt16LE(value, offset) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffff && fits(this, offset, 2))
    return store16LE(this, value, offset);
  return writeUInt16LESlow(this, value, offset);
}

function writeUInt16LESlow(buf, value, offset) {
  return write16LE(buf, value, offset === undefined ? 0 : offset, 0, 0xffff);
}

function writeUInt16BE(value, offset) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffff && fits(this, offset, 2))
    return store16BE(this, value, offset);
  return writeUInt16BESlow(this, value, offset);
}

function writeUInt16BESlow(buf, value, offset) {
  return write16BE(buf, value, offset === undefined ? 0 : offset, 0, 0xffff);
}

function writeInt16LE(value, offset) {
  if (typeof value === 'number' && value >= -0x8000 && value <= 0x7fff && fits(this, offset, 2))
    return store16LE(this, value, offset);
  return writeInt16LESlow(this, value, offset);
}

function writeInt16LESlow(buf, value, offset) {
  return write16LE(buf, value, offset === undefined ? 0 : offset, -0x8000, 0x7fff);
}

function writeInt16BE(value, offset) {
  if (typeof value === 'number' && value >= -0x8000 && value <= 0x7fff && fits(this, offset, 2))
    return store16BE(this, value, offset);
  return writeInt16BESlow(this, value, offset);
}

function writeInt16BESlow(buf, value, offset) {
  return write16BE(buf, value, offset === undefined ? 0 : offset, -0x8000, 0x7fff);
}

function writeUInt32LE(value, offset) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffffffff && fits(this, offset, 4))
    return store32LE(this, value, offset);
  return writeUInt32LESlow(this, value, offset);
}

function writeUInt32LESlow(buf, value, offset) {
  return write32LE(buf, value, offset === undefined ? 0 : offset, 0, 0xffffffff);
}

function writeUInt32BE(value, offset) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffffffff && fits(this, offset, 4))
    return store32BE(this, value, offset);
  return writeUInt32BESlow(this, value, offset);
}

function writeUInt32BESlow(buf, value, offset) {
  return write32BE(buf, value, offset === undefined ? 0 : offset, 0, 0xffffffff);
}

function writeInt32LE(value, offset) {
  if (typeof value === 'number' && value >= -0x80000000 && value <= 0x7fffffff && fits(this, offset, 4))
    return store32LE(this, value, offset);
  return writeInt32LESlow(this, value, offset);
}

function writeInt32LESlow(buf, value, offset) {
  return write32LE(buf, value, offset === undefined ? 0 : offset, -0x80000000, 0x7fffffff);
}

function writeInt32BE(value, offset) {
  if (typeof value === 'number' && value >= -0x80000000 && value <= 0x7fffffff && fits(this, offset, 4))
    return store32BE(this, value, offset);
  return writeInt32BESlow(this, value, offset);
}

function writeInt32BESlow(buf, value, offset) {
  return write32BE(buf, value, offset === undefined ? 0 : offset, -0x80000000, 0x7fffffff);
}

function writeUIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, 0, 0xff);
    case 2: return write16LE(this, value, offset, 0, 0xffff);
    case 3: return write24LE(this, value, offset, 0, 0xffffff);
    case 4: return write32LE(this, value, offset, 0, 0xffffffff);
    case 5: return writeWideLE(this, value, offset, 0, 0xffffffffff, 5);
    case 6: return writeWideLE(this, value, offset, 0, 0xffffffffffff, 6);
  }
  return byteLengthError(byteLength);
}

function writeUIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, 0, 0xff);
    case 2: return write16BE(this, value, offset, 0, 0xffff);
    case 3: return write24BE(this, value, offset, 0, 0xffffff);
    case 4: return write32BE(this, value, offset, 0, 0xffffffff);
    case 5: return writeWideBE(this, value, offset, 0, 0xffffffffff, 5);
    case 6: return writeWideBE(this, value, offset, 0, 0xffffffffffff, 6);
  }
  return byteLengthError(byteLength);
}

function writeIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, -0x80, 0x7f);
    case 2: return write16LE(this, value, offset, -0x8000, 0x7fff);
    case 3: return write24LE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return write32LE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return writeWideLE(this, value, offset, -0x8000000000, 0x7fffffffff, 5);
    case 6: return writeWideLE(this, value, offset, -0x800000000000, 0x7fffffffffff, 6);
  }
  return byteLengthError(byteLength);
}

function writeIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, -0x80, 0x7f);
    case 2: return write16BE(this, value, offset, -0x8000, 0x7fff);
    case 3: return write24BE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return write32BE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return writeWideBE(this, value, offset, -0x8000000000, 0x7fffffffff, 5);
    case 6: return writeWideBE(this, value, offset, -0x800000000000, 0x7fffffffffff, 6);
  }
  return byteLengthError(byteLength);
}

// A Number value passes the range check (mixed comparisons are allowed)
// and then fails at the first BigInt operation with a TypeError, as in Node.
function writeBig64(buf, value, offset, min, max, le) {
  checkInt(buf, value, offset, min, max, 8);
  const lo = NumberCtor(value & 0xffffffffn);
  const hi = NumberCtor((value >> 32n) & 0xffffffffn);
  if (le) {
    buf[offset] = lo;
    buf[offset + 1] = lo >>> 8;
    buf[offset + 2] = lo >>> 16;
    buf[offset + 3] = lo >>> 24;
    buf[offset + 4] = hi;
    buf[offset + 5] = hi >>> 8;
    buf[offset + 6] = hi >>> 16;
    buf[offset + 7] = hi >>> 24;
  } else {
    buf[offset] = hi >>> 24;
    buf[offset + 1] = hi >>> 16;
    buf[offset + 2] = hi >>> 8;
    buf[offset + 3] = hi;
    buf[offset + 4] = lo >>> 24;
    buf[offset + 5] = lo >>> 16;
    buf[offset + 6] = lo >>> 8;
    buf[offset + 7] = lo;
  }
  return offset + 8;
}

const kU64Max = 0xffffffffffffffffn;
const kI64Min = -0x8000000000000000n;
const kI64Max = 0x7fffffffffffffffn;
function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, false); }

// Node's lengths, which the parameter lists above (without default values,
// for the fast paths' sake) do not give by themselves.
for (const fn of [readFloatLE, readFloatBE, readDoubleLE, readDoubleBE])
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: 0, configurable: true });
for (const fn of [writeUInt8, writeInt8, writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE,
  writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE, writeFloatLE, writeFloatBE, writeDoubleLE,
  writeDoubleBE])
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: 1, configurable: true });

// The methods under both spellings (readUInt8 and readUint8 are one
// function, as in Node).
// Each method is assigned by name, one plain property store after another:
// JavaScriptCore turns an object into a slow "dictionary" after 64 property
// additions made through defineProperty or a computed key, but allows 512
// through named stores, and method calls on Buffer.prototype stay cached
// (and inlined) only while it is not a dictionary. The properties are as
// Node's: writable, enumerable, configurable.
function addNumberMethods(proto) {
  proto.readBigUInt64LE = readBigUInt64LE;
  proto.readBigUint64LE = readBigUInt64LE;
  proto.readBigUInt64BE = readBigUInt64BE;
  proto.readBigUint64BE = readBigUInt64BE;
  proto.readBigInt64LE = readBigInt64LE;
  proto.readBigInt64BE = readBigInt64BE;
  proto.writeBigUInt64LE = writeBigUInt64LE;
  proto.writeBigUint64LE = writeBigUInt64LE;
  proto.writeBigUInt64BE = writeBigUInt64BE;
  proto.writeBigUint64BE = writeBigUInt64BE;
  proto.writeBigInt64LE = writeBigInt64LE;
  proto.writeBigInt64BE = writeBigInt64BE;
  proto.readUIntLE = readUIntLE;
  proto.readUintLE = readUIntLE;
  proto.readUInt32LE = readUInt32LE;
  proto.readUint32LE = readUInt32LE;
  proto.readUInt16LE = readUInt16LE;
  proto.readUint16LE = readUInt16LE;
  proto.readUInt8 = readUInt8;
  proto.readUint8 = readUInt8;
  proto.readUIntBE = readUIntBE;
  proto.readUintBE = readUIntBE;
  proto.readUInt32BE = readUInt32BE;
  proto.readUint32BE = readUInt32BE;
  proto.readUInt16BE = readUInt16BE;
  proto.readUint16BE = readUInt16BE;
  proto.readIntLE = readIntLE;
  proto.readInt32LE = readInt32LE;
  proto.readInt16LE = readInt16LE;
  proto.readInt8 = readInt8;
  proto.readIntBE = readIntBE;
  proto.readInt32BE = readInt32BE;
  proto.readInt16BE = readInt16BE;
  proto.writeUIntLE = writeUIntLE;
  proto.writeUintLE = writeUIntLE;
  proto.writeUInt32LE = writeUInt32LE;
  proto.writeUint32LE = writeUInt32LE;
  proto.writeUInt16LE = writeUInt16LE;
  proto.writeUint16LE = writeUInt16LE;
  proto.writeUInt8 = writeUInt8;
  proto.writeUint8 = writeUInt8;
  proto.writeUIntBE = writeUIntBE;
  proto.writeUintBE = writeUIntBE;
  proto.writeUInt32BE = writeUInt32BE;
  proto.writeUint32BE = writeUInt32BE;
  proto.writeUInt16BE = writeUInt16BE;
  proto.writeUint16BE = writeUInt16BE;
  proto.writeIntLE = writeIntLE;
  proto.writeInt32LE = writeInt32LE;
  proto.writeInt16LE = writeInt16LE;
  proto.writeInt8 = writeInt8;
  proto.writeIntBE = writeIntBE;
  proto.writeInt32BE = writeInt32BE;
  proto.writeInt16BE = writeInt16BE;
  proto.readFloatLE = readFloatLE;
  proto.readFloatBE = readFloatBE;
  proto.readDoubleLE = readDoubleLE;
  proto.readDoubleBE = readDoubleBE;
  proto.writeFloatLE = writeFloatLE;
  proto.writeFloatBE = writeFloatBE;
  proto.writeDoubleLE = writeDoubleLE;
  proto.writeDoubleBE = writeDoubleBE;
}

// ArrayBuffers that must never be detached (the Buffer pool's, and what
// worker_threads.markAsUntransferable marks): transferring one would
// detach every other view on it.
const untransferableBuffers = new WeakSet();
function markAsUntransferable(obj) {
  if (obj !== null && (typeof obj === 'object' || typeof obj === 'function')) untransferableBuffers.add(obj);
}
function isMarkedAsUntransferable(obj) {
  return obj !== null && (typeof obj === 'object' || typeof obj === 'function') && untransferableBuffers.has(obj);
}

module.exports = {
  markAsUntransferable,
  isMarkedAsUntransferable,
  FastBuffer,
  decode,
  writeEncoded,
  writeUtf8,
  utf8ByteLength,
  encodeUtf8Into,
  kStringMaxLength,
  kSmallBytes,
  kTinyBytes,
  addNumberMethods,
  isUint8Array,
  isTypedArray,
  encodingNames,
  encodingFromString,
  encodingOfArgument,
  normalizeEncoding,
  kUtf8, kUtf16le, kLatin1, kAscii, kBase64, kBase64url, kHex,
};
