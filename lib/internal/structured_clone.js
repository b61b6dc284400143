'use strict';
// structuredClone(value, { transfer }): the HTML structured clone
// algorithm for the values that exist in kiln: primitives, wrapper objects,
// Date, RegExp, ArrayBuffer (and transfer of them), views, Map, Set, arrays,
// plain objects, errors, Blob and File; cycles and shared references are
// kept. Anything else (functions, symbols, class instances' prototypes,
// WeakMaps, Promises, Proxies...) is a DataCloneError, as in Node.

const utilBinding = internalBinding('util');
const { getPrototypeOf, keys: objectKeys } = Object;
const { isView } = ArrayBuffer;
const ArrayBufferPrototypeSlice = ArrayBuffer.prototype.slice;
const byteLengthGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const MapPrototypeForEach = Map.prototype.forEach;
const SetPrototypeForEach = Set.prototype.forEach;
const DatePrototypeGetTime = Date.prototype.getTime;
const ReflectApply = Reflect.apply;
// Loaded on use: internal/util/types loads this module.
const isSharedArrayBuffer = (v) => require('internal/util/types').types.isSharedArrayBuffer(v);

let cellTypes;
function cellTypeOf(v) {
  return utilBinding.getCellType(v);
}
function knownTypes() {
  if (cellTypes === undefined) {
    cellTypes = {
      error: cellTypeOf(new Error()),
      map: cellTypeOf(new Map()),
      set: cellTypeOf(new Set()),
      date: cellTypeOf(new Date()),
      regexp: cellTypeOf(/x/),
      arrayBuffer: cellTypeOf(new ArrayBuffer(0)),
      number: cellTypeOf(new Number(0)),
      boolean: cellTypeOf(new Boolean(false)),
      string: cellTypeOf(new String('')),
      wrapper: cellTypeOf(Object(1n)),
      object: cellTypeOf({}),
      array: cellTypeOf([]),
    };
  }
  return cellTypes;
}

function dataCloneError(value) {
  let shown;
  try {
    shown = typeof value === 'function' ? `${value}` : String(value);
  } catch {
    shown = 'value';
  }
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function cloneValue(value, memory, transferred) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    if (typeof value === 'symbol') throw dataCloneError(value);
    return value;
  }
  if (typeof value === 'function') throw dataCloneError(value);
  const seen = memory.get(value);
  if (seen !== undefined) return seen;
  const t = knownTypes();
  const type = cellTypeOf(value);
  if (utilBinding.getProxyTarget(value) !== undefined) throw dataCloneError(value);
  let out;
  if (type === t.arrayBuffer) {
    // A SharedArrayBuffer's clone shares its memory; with one thread, the
    // same object is that (Node makes a second object over the memory).
    if (isSharedArrayBuffer(value)) return value;
    out = transferred.get(value);
    if (out === undefined) out = ReflectApply(ArrayBufferPrototypeSlice, value, [0, ReflectApply(byteLengthGetter, value, [])]);
    memory.set(value, out);
    return out;
  }
  if (isView(value)) {
    const buffer = cloneValue(value.buffer, memory, transferred);
    // A Buffer clones to a plain Uint8Array, as in Node.
    out = value instanceof DataView ? new DataView(buffer, value.byteOffset, value.byteLength) :
      new (findTypedArrayCtor(value))(buffer, value.byteOffset, value.length);
    memory.set(value, out);
    return out;
  }
  if (type === t.date) {
    out = new Date(ReflectApply(DatePrototypeGetTime, value, []));
  } else if (type === t.regexp) {
    out = new RegExp(value.source, value.flags);
  } else if (type === t.number) {
    out = new Number(Number.prototype.valueOf.call(value));
  } else if (type === t.boolean) {
    out = new Boolean(Boolean.prototype.valueOf.call(value));
  } else if (type === t.string) {
    out = new String(String.prototype.valueOf.call(value));
  } else if (type === t.wrapper) {
    let prim;
    try {
      prim = BigInt.prototype.valueOf.call(value);
    } catch {
      throw dataCloneError(value);
    }
    out = Object(prim);
  } else if (type === t.map) {
    out = new Map();
    memory.set(value, out);
    const entries = [];
    ReflectApply(MapPrototypeForEach, value, [(v, k) => entries.push(k, v)]);
    for (let i = 0; i < entries.length; i += 2) {
      out.set(cloneValue(entries[i], memory, transferred), cloneValue(entries[i + 1], memory, transferred));
    }
    return out;
  } else if (type === t.set) {
    out = new Set();
    memory.set(value, out);
    const items = [];
    ReflectApply(SetPrototypeForEach, value, [(v) => items.push(v)]);
    for (const v of items) out.add(cloneValue(v, memory, transferred));
    return out;
  } else if (type === t.error) {
    const name = value.name;
    const Ctor = Object.prototype.hasOwnProperty.call(errorCtors, name) ? errorCtors[name] : Error;
    out = new Ctor(value.message);
    memory.set(value, out);
    if (typeof value.stack === 'string') {
      Object.defineProperty(out, 'stack', { value: value.stack, writable: true, configurable: true, enumerable: false });
    }
    if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
      Object.defineProperty(out, 'cause', {
        value: cloneValue(value.cause, memory, transferred), writable: true, configurable: true, enumerable: false,
      });
    }
    return out;
  } else if (Array.isArray(value)) {
    out = new Array(value.length);
    memory.set(value, out);
    for (const k of objectKeys(value)) out[k] = cloneValue(value[k], memory, transferred);
    return out;
  } else if (typeof Blob === 'function' && value instanceof Blob) {
    out = typeof File === 'function' && value instanceof File ?
      new File([value], value.name, { type: value.type, lastModified: value.lastModified }) :
      new Blob([value], { type: value.type });
  } else if (type === t.object && require('internal/util/types').types.isCryptoKey(value)) {
    out = require('internal/crypto/webcrypto').cloneCryptoKey(value);
  } else if (type === t.object) {
    // Platform objects (Headers, Request, URL, ...) are not plain data.
    for (let p = getPrototypeOf(value); p !== null; p = getPrototypeOf(p)) {
      if (natives.uncloneable.has(p)) {
        throw new DOMException('Cannot clone object of unsupported type.', 'DataCloneError');
      }
    }
    out = {};
    memory.set(value, out);
    for (const k of objectKeys(value)) out[k] = cloneValue(value[k], memory, transferred);
    return out;
  } else {
    throw dataCloneError(value);
  }
  memory.set(value, out);
  return out;
}

// The built-in typed array class of a view (Uint8Array for a Buffer).
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
function findTypedArrayCtor(view) {
  let proto = getPrototypeOf(view);
  while (proto !== null && getPrototypeOf(proto) !== TypedArrayPrototype) proto = getPrototypeOf(proto);
  return proto === null ? Uint8Array : proto.constructor;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { ERR_MISSING_ARGS } = require('internal/errors').codes;
    throw new ERR_MISSING_ARGS('value');
  }
  const transferred = new Map();
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const list = options.transfer;
    if (list !== undefined) {
      for (const item of list) {
        if (cellTypeOf(item) !== knownTypes().arrayBuffer) throw dataCloneError(item);
        if (require('internal/buffer').isMarkedAsUntransferable(item)) {
          throw new DOMException('An ArrayBuffer is marked as untransferable', 'DataCloneError');
        }
        if (transferred.has(item)) {
          throw new DOMException('Transfer list contains duplicate', 'DataCloneError');
        }
        transferred.set(item, null);
      }
      for (const item of transferred.keys()) transferred.set(item, item.transfer());
    }
  }
  return cloneValue(value, new Map(), transferred);
}

module.exports = { structuredClone };
