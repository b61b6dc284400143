'use strict';
// node:v8. kiln's engine is JavaScriptCore, so the V8-specific controls
// (flags, heap snapshots, coverage, promise hooks) have nothing to act on;
// what programs use for real is here: the structured serializer in V8's
// wire format (version 15, byte for byte as Node writes it, so data moves
// between kiln and node), Node's DefaultSerializer conventions for Buffers
// and typed arrays, and heap statistics from the engine's own numbers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const kVersion = 15;
const T = {
  version: 0xFF, padding: 0x00, undefined: 0x5F, null: 0x30, true: 0x54, false: 0x46,
  int32: 0x49, uint32: 0x55, double: 0x4E, bigint: 0x5A, utf8: 0x53, oneByte: 0x22, twoByte: 0x63,
  ref: 0x5E, beginObject: 0x6F, endObject: 0x7B, beginSparse: 0x61, endSparse: 0x40,
  beginDense: 0x41, endDense: 0x24, date: 0x44, trueObject: 0x79, falseObject: 0x78,
  numberObject: 0x6E, bigintObject: 0x7A, stringObject: 0x73, regexp: 0x52, beginMap: 0x3B,
  endMap: 0x3A, beginSet: 0x27, endSet: 0x2C, arrayBuffer: 0x42, arrayBufferTransfer: 0x74,
  view: 0x56, error: 0x72, host: 0x5C, hole: 0x2D,
};
const kRegExpFlags = 'dgimsuyv';
const kRegExpBits = { d: 128, g: 1, i: 2, m: 4, s: 8, u: 16, y: 32, v: 256 };
// Error prototypes as V8 tags them ('E'valError, 'R'angeError, ...).
const kErrorTags = [[EvalError, 0x45], [RangeError, 0x52], [ReferenceError, 0x46],
                    [SyntaxError, 0x53], [TypeError, 0x54], [URIError, 0x55]];

// Node's numbering of ArrayBufferView types in DefaultSerializer.
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                   Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array,
                   BigUint64Array];
if (typeof globalThis.Float16Array === 'function') viewTypes.push(globalThis.Float16Array);

const f64 = new Float64Array(1);
const f64bytes = new Uint8Array(f64.buffer);


class Serializer {
  #chunks = [];
  #buf = new Uint8Array(64);
  #len = 0;
  #ids = new Map();
  #nextId = 0;
  #transferred = new Map();
  #viewsAsHost = false;

  #ensure(n) {
    if (this.#len + n <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < this.#len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buf.subarray(0, this.#len));
    this.#buf = next;
  }

  #byte(b) {
    this.#ensure(1);
    this.#buf[this.#len++] = b;
  }

  #varint(n) {
    // n is a non-negative integer below 2**53.
    this.#ensure(10);
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this.#buf[this.#len++] = b;
    } while (n > 0);
  }

  #bytes(u8) {
    this.#ensure(u8.length);
    this.#buf.set(u8, this.#len);
    this.#len += u8.length;
  }

  writeHeader() {
    this.#byte(T.version);
    this.#varint(kVersion);
  }

  writeUint32(value) {
    this.#varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#varint((hi >>> 0) * 2 ** 32 + (lo >>> 0));
  }

  writeDouble(value) {
    f64[0] = value;
    this.#bytes(f64bytes);
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    this.#bytes(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  releaseBuffer() {
    const out = Buffer.from(this.#buf.buffer.slice(0, this.#len));
    this.#buf = new Uint8Array(64);
    this.#len = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    this.#transferred.set(arrayBuffer, id);
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#viewsAsHost = !!flag;
  }

  _getDataCloneError(message) {
    return new Error(message);
  }

  _getSharedArrayBufferId() {
    throw this._getDataCloneError('#<SharedArrayBuffer> could not be cloned.');
  }

  _writeHostObject(object) {
    throw this._getDataCloneError(`Unserializable host object: ${object}`);
  }

  #string(s) {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this.#byte(T.oneByte);
      this.#varint(s.length);
      this.#ensure(s.length);
      for (let i = 0; i < s.length; i++) this.#buf[this.#len++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    let varintLen = 1;
    for (let n = byteLength; n >= 128; n = Math.floor(n / 128)) varintLen++;
    // Two-byte data starts at an even offset.
    if ((this.#len + 1 + varintLen) & 1) this.#byte(T.padding);
    this.#byte(T.twoByte);
    this.#varint(byteLength);
    this.#ensure(byteLength);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.#buf[this.#len++] = c & 0xFF;
      this.#buf[this.#len++] = c >> 8;
    }
  }

  #bigintDigits(v) {
    const negative = v < 0n;
    if (negative) v = -v;
    const bytes = [];
    while (v > 0n) {
      bytes.push(Number(v & 0xFFn));
      v >>= 8n;
    }
    while (bytes.length % 8 !== 0) bytes.push(0);
    this.#varint(bytes.length * 2 + (negative ? 1 : 0));
    this.#bytes(Uint8Array.from(bytes));
  }

  #key(k) {
    const n = Number(k);
    if (String(n >>> 0) === k && n < 2 ** 32 - 1) {
      if (n <= 0x7FFFFFFF) {
        this.#byte(T.int32);
        this.#varint(n * 2);
      } else {
        this.#byte(T.double);
        this.writeDouble(n);
      }
    } else {
      this.#string(k);
    }
  }

  #properties(obj, keys) {
    let n = 0;
    for (const k of keys) {
      if (!Object.prototype.propertyIsEnumerable.call(obj, k)) continue;
      this.#key(k);
      this.writeValue(obj[k]);
      n++;
    }
    return n;
  }

  writeValue(value) {
    switch (typeof value) {
      case 'undefined': return this.#byte(T.undefined);
      case 'boolean': return this.#byte(value ? T.true : T.false);
      case 'string': return this.#string(value);
      case 'number':
        if (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7FFFFFFF && !Object.is(value, -0)) {
          this.#byte(T.int32);
          return this.#varint(value >= 0 ? value * 2 : -value * 2 - 1);
        }
        this.#byte(T.double);
        return this.writeDouble(value);
      case 'bigint':
        this.#byte(T.bigint);
        return this.#bigintDigits(value);
      case 'symbol':
        throw this._getDataCloneError(`${String(value)} could not be cloned.`);
      default:
        break;
    }
    if (value === null) return this.#byte(T.null);
    if (typeof value === 'function') throw this._getDataCloneError(`${value} could not be cloned.`);
    const id = this.#ids.get(value);
    if (id !== undefined) {
      this.#byte(T.ref);
      return this.#varint(id);
    }
    this.#ids.set(value, this.#nextId++);
    return this.#object(value);
  }

  #object(value) {
    if (ArrayBuffer.isView(value)) {
      if (this.#viewsAsHost) {
        this.#byte(T.host);
        return this._writeHostObject(value);
      }
      this.#ids.delete(value);
      this.#nextId--;
      this.writeValue(value.buffer);
      this.#ids.set(value, this.#nextId++);
      this.#byte(T.view);
      const tag = value instanceof DataView ? 0x3F : {
        Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77, Uint16Array: 0x57,
        Int32Array: 0x64, Uint32Array: 0x44, Float16Array: 0x68, Float32Array: 0x66, Float64Array: 0x46,
        BigInt64Array: 0x71, BigUint64Array: 0x51,
      }[Object.getPrototypeOf(Object.getPrototypeOf(value)) === Uint8Array.prototype ? 'Uint8Array' :
        value[Symbol.toStringTag]];
      this.#byte(tag);
      this.#varint(value.byteOffset);
      this.#varint(value.byteLength);
      return this.#varint(0);
    }
    if (value instanceof ArrayBuffer) {
      const tid = this.#transferred.get(value);
      if (tid !== undefined) {
        this.#byte(T.arrayBufferTransfer);
        return this.#varint(tid);
      }
      this.#byte(T.arrayBuffer);
      this.#varint(value.byteLength);
      return this.#bytes(new Uint8Array(value));
    }
    if (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) {
      this.#byte(0x75);
      return this.#varint(this._getSharedArrayBufferId(value));
    }
    if (Array.isArray(value)) {
      const length = value.length;
      let dense = true;
      for (let i = 0; i < length; i++) {
        if (!Object.prototype.hasOwnProperty.call(value, i)) {
          dense = false;
          break;
        }
      }
      if (dense) {
        this.#byte(T.beginDense);
        this.#varint(length);
        for (let i = 0; i < length; i++) this.writeValue(value[i]);
        const extra = Object.keys(value).filter((k) => String(Number(k) >>> 0) !== k || Number(k) >= length);
        const n = this.#properties(value, extra);
        this.#byte(T.endDense);
        this.#varint(n);
        return this.#varint(length);
      }
      this.#byte(T.beginSparse);
      this.#varint(length);
      const n = this.#properties(value, Object.keys(value));
      this.#byte(T.endSparse);
      this.#varint(n);
      return this.#varint(length);
    }
    if (value instanceof Date) {
      this.#byte(T.date);
      return this.writeDouble(value.getTime());
    }
    if (value instanceof RegExp) {
      this.#byte(T.regexp);
      this.#string(value.source);
      let flags = 0;
      for (const f of value.flags) flags |= kRegExpBits[f] || 0;
      return this.#varint(flags);
    }
    if (value instanceof Map) {
      this.#byte(T.beginMap);
      let n = 0;
      for (const [k, v] of value) {
        this.writeValue(k);
        this.writeValue(v);
        n += 2;
      }
      this.#byte(T.endMap);
      return this.#varint(n);
    }
    if (value instanceof Set) {
      this.#byte(T.beginSet);
      let n = 0;
      for (const v of value) {
        this.writeValue(v);
        n++;
      }
      this.#byte(T.endSet);
      return this.#varint(n);
    }
    if (value instanceof Error) {
      this.#byte(T.error);
      for (const [ctor, tag] of kErrorTags) {
        if (Object.getPrototypeOf(value) === ctor.prototype) this.#byte(tag);
      }
      const message = Object.getOwnPropertyDescriptor(value, 'message');
      if (message && 'value' in message) {
        this.#byte(0x6D);
        this.#string(String(message.value));
      }
      const stack = value.stack;
      if (typeof stack === 'string') {
        this.#byte(0x73);
        this.#string(stack);
      }
      return this.#byte(0x2E);
    }
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object Boolean]') return this.#byte(value.valueOf() ? T.trueObject : T.falseObject);
    if (tag === '[object Number]') {
      this.#byte(T.numberObject);
      return this.writeDouble(value.valueOf());
    }
    if (tag === '[object String]') {
      this.#byte(T.stringObject);
      return this.#string(value.valueOf());
    }
    if (tag === '[object BigInt]') {
      this.#byte(T.bigintObject);
      return this.#bigintDigits(value.valueOf());
    }
    if (tag === '[object WeakMap]' || tag === '[object WeakSet]' || tag === '[object Promise]') {
      throw this._getDataCloneError(`#<${tag.slice(8, -1)}> could not be cloned.`);
    }
    this.#byte(T.beginObject);
    const n = this.#properties(value, Object.keys(value));
    this.#byte(T.endObject);
    return this.#varint(n);
  }
}

class Deserializer {
  #buf;
  #pos = 0;
  #version = 0;
  #objects = [];
  #transferred = new Map();

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.buffer = buffer;
    this.#buf = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  #fail() {
    return new Error('Unable to deserialize cloned data.');
  }

  #byte() {
    if (this.#pos >= this.#buf.length) throw this.#fail();
    return this.#buf[this.#pos++];
  }

  #varint() {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.#byte();
      n += (b & 0x7F) * scale;
      if (b < 0x80) return n;
      scale *= 128;
      if (scale > 2 ** 63) throw this.#fail();
    }
  }

  #take(n) {
    if (this.#pos + n > this.#buf.length) throw this.#fail();
    const out = this.#buf.subarray(this.#pos, this.#pos + n);
    this.#pos += n;
    return out;
  }

  readHeader() {
    if (this.#buf[this.#pos] === T.version) {
      this.#pos++;
      this.#version = this.#varint();
      if (this.#version > kVersion) throw this.#fail();
    }
    return true;
  }

  getWireFormatVersion() {
    return this.#version;
  }

  readUint32() {
    return this.#varint() >>> 0;
  }

  readUint64() {
    const n = this.#varint();
    return [Math.floor(n / 2 ** 32) >>> 0, n >>> 0];
  }

  readDouble() {
    f64bytes.set(this.#take(8));
    return f64[0];
  }

  _readRawBytes(length) {
    const start = this.#pos;
    this.#take(length);
    return start;
  }

  readRawBytes(length) {
    const start = this._readRawBytes(length);
    return Buffer.from(this.#buf.buffer, this.#buf.byteOffset + start, length);
  }

  transferArrayBuffer(id, arrayBuffer) {
    this.#transferred.set(id, arrayBuffer);
  }

  _readHostObject() {
    throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
  }

  #string(tag) {
    const n = this.#varint();
    const bytes = this.#take(n);
    if (tag === T.oneByte) {
      let s = '';
      for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
      return s;
    }
    if (tag === T.utf8) return Buffer.from(bytes).toString('utf8');
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    return s;
  }

  #readString() {
    let tag = this.#byte();
    while (tag === T.padding) tag = this.#byte();
    if (tag !== T.oneByte && tag !== T.twoByte && tag !== T.utf8) throw this.#fail();
    return this.#string(tag);
  }

  #bigint() {
    const bits = this.#varint();
    const bytes = this.#take(bits >>> 1);
    let v = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
    return bits & 1 ? -v : v;
  }

  #properties(obj, endTag) {
    let n = 0;
    for (;;) {
      let tag = this.#buf[this.#pos];
      while (tag === T.padding) {
        this.#pos++;
        tag = this.#buf[this.#pos];
      }
      if (tag === endTag) {
        this.#pos++;
        return n;
      }
      const key = this.readValue();
      obj[key] = this.readValue();
      n++;
    }
  }

  readValue() {
    let tag = this.#byte();
    while (tag === T.padding) tag = this.#byte();
    switch (tag) {
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.hole: return undefined;
      case T.int32: {
        const z = this.#varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case T.uint32: return this.#varint();
      case T.double: return this.readDouble();
      case T.bigint: return this.#bigint();
      case T.oneByte: case T.twoByte: case T.utf8: return this.#string(tag);
      case T.ref: {
        const id = this.#varint();
        if (id >= this.#objects.length) throw this.#fail();
        return this.#objects[id];
      }
      case T.beginObject: {
        const o = {};
        this.#objects.push(o);
        const n = this.#properties(o, T.endObject);
        if (this.#varint() !== n) throw this.#fail();
        return o;
      }
      case T.beginDense: {
        const length = this.#varint();
        const a = new Array(length);
        this.#objects.push(a);
        for (let i = 0; i < length; i++) {
          if (this.#buf[this.#pos] === T.hole) {
            this.#pos++;
            continue;
          }
          a[i] = this.readValue();
        }
        this.#properties(a, T.endDense);
        this.#varint();
        this.#varint();
        return a;
      }
      case T.beginSparse: {
        const length = this.#varint();
        const a = new Array(length);
        this.#objects.push(a);
        this.#properties(a, T.endSparse);
        this.#varint();
        this.#varint();
        return a;
      }
      case T.date: {
        const d = new Date(this.readDouble());
        this.#objects.push(d);
        return d;
      }
      case T.trueObject: case T.falseObject: {
        const b = Object(tag === T.trueObject);
        this.#objects.push(b);
        return b;
      }
      case T.numberObject: {
        const o = Object(this.readDouble());
        this.#objects.push(o);
        return o;
      }
      case T.bigintObject: {
        const o = Object(this.#bigint());
        this.#objects.push(o);
        return o;
      }
      case T.stringObject: {
        const o = Object(this.#readString());
        this.#objects.push(o);
        return o;
      }
      case T.regexp: {
        const source = this.#readString();
        const bits = this.#varint();
        let flags = '';
        for (const f of kRegExpFlags) if (bits & kRegExpBits[f]) flags += f;
        const r = new RegExp(source, flags);
        this.#objects.push(r);
        return r;
      }
      case T.beginMap: {
        const m = new Map();
        this.#objects.push(m);
        while (this.#buf[this.#pos] !== T.endMap) {
          const k = this.readValue();
          m.set(k, this.readValue());
        }
        this.#pos++;
        this.#varint();
        return m;
      }
      case T.beginSet: {
        const s = new Set();
        this.#objects.push(s);
        while (this.#buf[this.#pos] !== T.endSet) s.add(this.readValue());
        this.#pos++;
        this.#varint();
        return s;
      }
      case T.arrayBuffer: {
        const n = this.#varint();
        const ab = new ArrayBuffer(n);
        new Uint8Array(ab).set(this.#take(n));
        this.#objects.push(ab);
        return this.#maybeView(ab);
      }
      case T.arrayBufferTransfer: {
        const ab = this.#transferred.get(this.#varint());
        if (ab === undefined) throw this.#fail();
        this.#objects.push(ab);
        return this.#maybeView(ab);
      }
      case T.error: return this.#error();
      case T.host: {
        const o = this._readHostObject();
        this.#objects.push(o);
        return o;
      }
      default:
        throw this.#fail();
    }
  }

  #maybeView(ab) {
    if (this.#buf[this.#pos] !== T.view) return ab;
    this.#pos++;
    const sub = this.#byte();
    const offset = this.#varint();
    const length = this.#varint();
    if (this.#version >= 14) this.#varint();
    const ctors = {
      0x62: Int8Array, 0x42: Uint8Array, 0x43: Uint8ClampedArray, 0x77: Int16Array, 0x57: Uint16Array,
      0x64: Int32Array, 0x44: Uint32Array, 0x66: Float32Array, 0x46: Float64Array, 0x71: BigInt64Array,
      0x51: BigUint64Array, 0x68: globalThis.Float16Array, 0x3F: DataView,
    };
    const C = ctors[sub];
    if (C === undefined) throw this.#fail();
    const view = C === DataView ? new DataView(ab, offset, length) : new C(ab, offset, length / C.BYTES_PER_ELEMENT);
    this.#objects.push(view);
    return view;
  }

  #error() {
    let ctor = Error;
    let message;
    let stack;
    for (;;) {
      const t = this.#byte();
      if (t === 0x2E) break;
      if (t === 0x6D) message = this.#readString();
      else if (t === 0x73) stack = this.#readString();
      else if (t === 0x63) this.readValue(); // cause
      else {
        const found = kErrorTags.find(([, tag]) => tag === t);
        if (!found) throw this.#fail();
        ctor = found[0];
      }
    }
    const err = message === undefined ? new ctor() : new ctor(message);
    if (stack !== undefined) {
      Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    }
    this.#objects.push(err);
    return err;
  }
}

// Node's conventions: Buffers and typed arrays as host objects holding
// only their own bytes (not the pool around them).
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10; // Buffer
    if (!Buffer.isBuffer(abView)) {
      i = viewTypes.findIndex((C) => C !== Buffer && Object.getPrototypeOf(abView) === C.prototype);
      if (i === -1) i = viewTypes.findIndex((C) => C !== Buffer && abView instanceof C);
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = viewTypes[typeIndex];
    const byteLength = this.readUint32();
    const start = this._readRawBytes(byteLength);
    if (ctor === undefined) throw new Error('Unable to deserialize cloned data.');
    const size = ctor.BYTES_PER_ELEMENT || 1;
    // A view of the input's own memory when aligned, as in Node; a copy
    // otherwise.
    const offset = this.buffer.byteOffset + start;
    if (offset % size === 0) {
      if (ctor === Buffer) return Buffer.from(this.buffer.buffer, offset, byteLength);
      return ctor === DataView ? new DataView(this.buffer.buffer, offset, byteLength) :
        new ctor(this.buffer.buffer, offset, byteLength / size);
    }
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new ctor(copy.buffer, copy.byteOffset, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// ---- heap facts, from the engine's and the process's numbers ----------------

function getHeapStatistics() {
  const m = process.memoryUsage();
  const limit = require('os').totalmem();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: Math.max(0, limit - m.heapUsed),
    used_heap_size: m.heapUsed,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

function getHeapSpaceStatistics() {
  const m = process.memoryUsage();
  return [{
    space_name: 'heap',
    space_size: m.heapTotal,
    space_used_size: m.heapUsed,
    space_available_size: Math.max(0, m.heapTotal - m.heapUsed),
    physical_space_size: m.heapTotal,
  }];
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function getCppHeapStatistics() {
  return { committed_size_bytes: 0, resident_size_bytes: 0, used_size_bytes: 0, space_statistics: [], type_names: [], detail_level: 'brief' };
}

// V8's flags have no engine to act on here; accepted as in Node (where an
// unknown flag is ignored too).
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) > 0xFF) return false;
  return true;
}

function notHere(name) {
  return function() {
    throw new ERR_METHOD_NOT_IMPLEMENTED(`v8.${name}`);
  };
}

class GCProfiler {
  #start = 0;
  start() { this.#start = Date.now(); }
  stop() {
    return { version: 1, startTime: this.#start, endTime: Date.now(), statistics: [] };
  }
}

const startupSnapshot = {
  isBuildingSnapshot: () => false,
  addSerializeCallback: notHere('startupSnapshot.addSerializeCallback'),
  addDeserializeCallback: notHere('startupSnapshot.addDeserializeCallback'),
  setDeserializeMainFunction: notHere('startupSnapshot.setDeserializeMainFunction'),
};

module.exports = {
  cachedDataVersionTag: () => 0x5e05c0de,
  getHeapSnapshot: notHere('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage() {},
  stopCoverage() {},
  serialize,
  writeHeapSnapshot: notHere('writeHeapSnapshot'),
  promiseHooks: {
    onInit: notHere('promiseHooks.onInit'),
    onSettled: notHere('promiseHooks.onSettled'),
    onBefore: notHere('promiseHooks.onBefore'),
    onAfter: notHere('promiseHooks.onAfter'),
    createHook: notHere('promiseHooks.createHook'),
  },
  queryObjects: notHere('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit(limit) {
    if (typeof limit !== 'number') throw new ERR_INVALID_ARG_TYPE('limit', 'number', limit);
  },
  GCProfiler,
  isStringOneByteRepresentation,
};
