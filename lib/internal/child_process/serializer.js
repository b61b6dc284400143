'use strict';
// Bytes for the values the 'advanced' IPC serialization carries: what
// structuredClone accepts (primitives and BigInt, plain objects, arrays
// with their holes, Date, RegExp, Map, Set, ArrayBuffer, typed arrays,
// DataView, Buffer, errors, boxed primitives, shared and circular
// references). Functions, symbols, promises and weak collections are
// refused as V8's serializer refuses them.
//
// The encoding is kiln's own: a tag byte per value, lengths as 32-bit
// little-endian integers, strings as UTF-8, a repeated object as the index
// of its first appearance.

const T_UNDEFINED = 0;
const T_NULL = 1;
const T_TRUE = 2;
const T_FALSE = 3;
const T_NUMBER = 4;
const T_BIGINT = 5;
const T_STRING = 6;
const T_OBJECT = 7;
const T_ARRAY = 8;
const T_HOLE = 9;
const T_DATE = 10;
const T_REGEXP = 11;
const T_MAP = 12;
const T_SET = 13;
const T_ARRAYBUFFER = 14;
const T_VIEW = 15;
const T_ERROR = 16;
const T_BOXED = 17;
const T_REF = 18;

// Typed array kinds by index; -1 is a DataView, 'Buffer' a Buffer.
const viewKinds = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'DataView', 'Buffer'];
const errorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
const { toString: objectToString } = Object.prototype;

// V8's serializer's error, which Node's advanced mode throws: a plain Error.
function dataCloneError(value) {
  let shown;
  if (typeof value === 'function' || typeof value === 'symbol') shown = String(value);
  else shown = `#<${objectToString.call(value).slice(8, -1)}>`;
  return new Error(`${shown} could not be cloned.`);
}

class Writer {
  constructor() {
    this.buf = Buffer.allocUnsafe(256);
    this.pos = 0;
    this.seen = new Map();
  }

  reserve(n) {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  byte(b) {
    this.reserve(1);
    this.buf[this.pos++] = b;
  }

  u32(n) {
    this.reserve(4);
    this.buf.writeUInt32LE(n, this.pos);
    this.pos += 4;
  }

  f64(n) {
    this.reserve(8);
    this.buf.writeDoubleLE(n, this.pos);
    this.pos += 8;
  }

  bytes(view) {
    this.u32(view.byteLength);
    this.reserve(view.byteLength);
    this.buf.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), this.pos);
    this.pos += view.byteLength;
  }

  string(s) {
    const len = Buffer.byteLength(s);
    this.u32(len);
    this.reserve(len);
    this.buf.write(s, this.pos, len, 'utf8');
    this.pos += len;
  }

  value(v) {
    switch (typeof v) {
      case 'undefined': return this.byte(T_UNDEFINED);
      case 'boolean': return this.byte(v ? T_TRUE : T_FALSE);
      case 'number':
        this.byte(T_NUMBER);
        return this.f64(v);
      case 'bigint':
        this.byte(T_BIGINT);
        return this.string(v.toString(16));
      case 'string':
        this.byte(T_STRING);
        return this.string(v);
      case 'object':
        if (v === null) return this.byte(T_NULL);
        return this.object(v);
      default:
        throw dataCloneError(v);
    }
  }

  object(v) {
    const ref = this.seen.get(v);
    if (ref !== undefined) {
      this.byte(T_REF);
      return this.u32(ref);
    }
    this.seen.set(v, this.seen.size);
    const tag = objectToString.call(v);
    if (Array.isArray(v)) {
      this.byte(T_ARRAY);
      this.u32(v.length);
      for (let i = 0; i < v.length; i++) {
        if (Object.prototype.hasOwnProperty.call(v, i)) this.value(v[i]);
        else this.byte(T_HOLE);
      }
    } else if (ArrayBuffer.isView(v)) {
      this.byte(T_VIEW);
      const kind = Buffer.isBuffer(v) ? 'Buffer' : (v instanceof DataView ? 'DataView' : v.constructor.name);
      const index = viewKinds.indexOf(kind);
      if (index < 0) throw dataCloneError(v);
      this.byte(index);
      this.bytes(v);
    } else if (tag === '[object ArrayBuffer]') {
      this.byte(T_ARRAYBUFFER);
      this.bytes(new Uint8Array(v));
    } else if (tag === '[object Date]') {
      this.byte(T_DATE);
      this.f64(v.getTime());
    } else if (tag === '[object RegExp]') {
      this.byte(T_REGEXP);
      this.string(v.source);
      this.string(v.flags);
    } else if (tag === '[object Map]') {
      this.byte(T_MAP);
      this.u32(v.size);
      for (const [key, value] of v) {
        this.value(key);
        this.value(value);
      }
    } else if (tag === '[object Set]') {
      this.byte(T_SET);
      this.u32(v.size);
      for (const value of v) this.value(value);
    } else if (tag === '[object Error]') {
      this.byte(T_ERROR);
      const name = errorNames.includes(v.name) ? v.name : 'Error';
      this.string(name);
      this.value(typeof v.message === 'string' ? v.message : undefined);
      this.value(typeof v.stack === 'string' ? v.stack : undefined);
      this.value('cause' in v ? v.cause : undefined);
    } else if (tag === '[object Number]' || tag === '[object String]' ||
               tag === '[object Boolean]' || tag === '[object BigInt]') {
      this.byte(T_BOXED);
      this.value(v.valueOf());
    } else if (typeof v === 'function' || tag === '[object Symbol]' || tag === '[object Promise]' ||
               tag === '[object WeakMap]' || tag === '[object WeakSet]') {
      throw dataCloneError(v);
    } else {
      this.byte(T_OBJECT);
      const keys = Object.keys(v);
      this.u32(keys.length);
      for (const key of keys) {
        this.string(key);
        this.value(v[key]);
      }
    }
  }
}

function serialize(value) {
  const w = new Writer();
  w.value(value);
  return w.buf.subarray(0, w.pos);
}

class Reader {
  constructor(buf) {
    this.buf = buf;
    this.pos = 0;
    this.seen = [];
  }

  need(n) {
    if (this.pos + n > this.buf.length) throw new Error('Unable to deserialize cloned data.');
  }

  byte() {
    this.need(1);
    return this.buf[this.pos++];
  }

  u32() {
    this.need(4);
    const n = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return n;
  }

  f64() {
    this.need(8);
    const n = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return n;
  }

  string() {
    const len = this.u32();
    this.need(len);
    const s = this.buf.toString('utf8', this.pos, this.pos + len);
    this.pos += len;
    return s;
  }

  bytes() {
    const len = this.u32();
    this.need(len);
    const out = new Uint8Array(len);
    out.set(this.buf.subarray(this.pos, this.pos + len));
    this.pos += len;
    return out;
  }

  value() {
    const tag = this.byte();
    switch (tag) {
      case T_UNDEFINED: return undefined;
      case T_NULL: return null;
      case T_TRUE: return true;
      case T_FALSE: return false;
      case T_NUMBER: return this.f64();
      case T_BIGINT: {
        const s = this.string();
        return s.startsWith('-') ? -BigInt(`0x${s.slice(1)}`) : BigInt(`0x${s}`);
      }
      case T_STRING: return this.string();
      case T_REF: {
        const i = this.u32();
        if (i >= this.seen.length) throw new Error('Unable to deserialize cloned data.');
        return this.seen[i];
      }
      case T_ARRAY: {
        const len = this.u32();
        const a = new Array(len);
        this.seen.push(a);
        for (let i = 0; i < len; i++) {
          if (this.buf[this.pos] === T_HOLE) this.pos++;
          else a[i] = this.value();
        }
        return a;
      }
      case T_VIEW: {
        const index = this.seen.length;
        this.seen.push(undefined);
        const kind = viewKinds[this.byte()];
        const bytes = this.bytes();
        let view;
        if (kind === 'Buffer') view = Buffer.from(bytes.buffer, 0, bytes.length);
        else if (kind === 'DataView') view = new DataView(bytes.buffer);
        else if (kind !== undefined) view = new globalThis[kind](bytes.buffer);
        else throw new Error('Unable to deserialize cloned data.');
        this.seen[index] = view;
        return view;
      }
      case T_ARRAYBUFFER: {
        const index = this.seen.length;
        this.seen.push(undefined);
        const ab = this.bytes().buffer;
        this.seen[index] = ab;
        return ab;
      }
      case T_DATE: {
        const d = new Date(this.f64());
        this.seen.push(d);
        return d;
      }
      case T_REGEXP: {
        const index = this.seen.length;
        this.seen.push(undefined);
        const source = this.string();
        const re = new RegExp(source, this.string());
        this.seen[index] = re;
        return re;
      }
      case T_MAP: {
        const m = new Map();
        this.seen.push(m);
        for (let n = this.u32(); n > 0; n--) {
          const key = this.value();
          m.set(key, this.value());
        }
        return m;
      }
      case T_SET: {
        const s = new Set();
        this.seen.push(s);
        for (let n = this.u32(); n > 0; n--) s.add(this.value());
        return s;
      }
      case T_ERROR: {
        const index = this.seen.length;
        this.seen.push(undefined);
        const name = this.string();
        const Ctor = errorNames.includes(name) ? globalThis[name] : Error;
        const message = this.value();
        const err = message === undefined ? new Ctor() : new Ctor(message);
        this.seen[index] = err;
        const stack = this.value();
        if (stack !== undefined) Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true });
        const cause = this.value();
        if (cause !== undefined) Object.defineProperty(err, 'cause', { value: cause, writable: true, configurable: true });
        return err;
      }
      case T_BOXED: {
        const index = this.seen.length;
        this.seen.push(undefined);
        const boxed = Object(this.value());
        this.seen[index] = boxed;
        return boxed;
      }
      case T_OBJECT: {
        const o = {};
        this.seen.push(o);
        for (let n = this.u32(); n > 0; n--) {
          const key = this.string();
          const value = this.value();
          if (key === '__proto__') Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
          else o[key] = value;
        }
        return o;
      }
      default:
        throw new Error('Unable to deserialize cloned data.');
    }
  }
}

function deserialize(buf) {
  const r = new Reader(buf);
  const value = r.value();
  if (r.pos !== buf.length) throw new Error('Unable to deserialize cloned data.');
  return value;
}

module.exports = { serialize, deserialize };
