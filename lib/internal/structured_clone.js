'use strict';
// structuredClone(value, { transfer }): the HTML structured clone
// algorithm for the values that exist in kiln: primitives, wrapper objects,
// Date, RegExp, ArrayBuffer (and transfer of them), views, Map, Set, arrays,
// plain objects, errors (DOMExceptions as DOMExceptions), Blob, File and
// CryptoKey; cycles and shared references are kept. MessagePorts move when
// in the transfer list (internal/worker/io registers how), and so do web
// streams (internal/webstreams/transfer). Anything else (functions, symbols,
// class instances' prototypes, WeakMaps, Promises, Proxies, what
// markAsUncloneable marked...) is a DataCloneError, as in Node.
// cloneForPost is the same for MessagePort#postMessage.

const utilBinding = internalBinding('util');
const { isDOMException } = require('internal/per_context/domexception');
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

// V8's words: a function as its source, another object as #<Name> (its
// constructor's name), a primitive as its string.
function dataCloneError(value) {
  let shown;
  try {
    if (typeof value === 'object' && value !== null) {
      let name = 'Object';
      for (let p = getPrototypeOf(value); p !== null; p = getPrototypeOf(p)) {
        const desc = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (desc !== undefined && typeof desc.value === 'function' && typeof desc.value.name === 'string' &&
            desc.value.name !== '') {
          name = desc.value.name;
          break;
        }
      }
      shown = `#<${name}>`;
    } else {
      shown = typeof value === 'function' ? `${value}` : String(value);
    }
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
  if (utilBinding.getProxyTarget(value) !== undefined) {
    // process.env is a Proxy here, an object with interceptors in Node,
    // where it clones as a plain object of its variables.
    if (value !== process.env) throw dataCloneError(value);
    const env = {};
    memory.set(value, env);
    for (const k of objectKeys(value)) env[k] = value[k];
    return env;
  }
  let out;
  if (type === t.arrayBuffer) {
    // A SharedArrayBuffer's clone shares its memory; with one thread, the
    // same object is that (Node makes a second object over the memory).
    if (isSharedArrayBuffer(value)) return value;
    // One in the transfer list is copied too, and detached once the whole
    // clone is made (so that views of it still read their extent, and a
    // failed clone leaves it as it was).
    if (value.detached) throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
    out = ReflectApply(ArrayBufferPrototypeSlice, value, [0, ReflectApply(byteLengthGetter, value, [])]);
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
  } else if (type === t.error && isDOMException(value)) {
    // Its name, message (and so code) and stack, as Node 24 clones one;
    // a subclass's instance comes back as a DOMException.
    out = new DOMException(value.message, value.name);
    if (typeof value.stack === 'string') {
      Object.defineProperty(out, 'stack', { value: value.stack, writable: true, configurable: true, enumerable: false });
    }
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
    // A dense array without other properties (the usual one) is built by
    // appending, which keeps the engine's fast storage; otherwise holes and
    // named properties are copied as they are.
    out = [];
    memory.set(value, out);
    const len = value.length;
    const keys = objectKeys(value);
    if (keys.length === len && (len === 0 || keys[len - 1] === `${len - 1}`)) {
      for (let i = 0; i < len; i++) out[i] = cloneValue(value[i], memory, transferred);
    } else {
      out.length = len;
      for (const k of keys) out[k] = cloneValue(value[k], memory, transferred);
    }
    return out;
  } else if (typeof Blob === 'function' && value instanceof Blob) {
    if (require('internal/blob').isFileBacked(value))
      throw new (require('internal/errors').codes.ERR_INVALID_STATE)('File-backed Blobs are not cloneable');
    out = typeof File === 'function' && value instanceof File ?
      new File([value], value.name, { type: value.type, lastModified: value.lastModified }) :
      new Blob([value], { type: value.type });
  } else if (type === t.object && require('internal/util/types').types.isCryptoKey(value)) {
    out = require('internal/crypto/webcrypto').cloneCryptoKey(value);
  } else if (type === t.object && natives.cloneX509Certificate !== undefined &&
             (out = natives.cloneX509Certificate(value)) !== undefined) {
    // An X509Certificate (internal/crypto/x509).
  } else if (type === t.object) {
    // A MessagePort moves only when listed in the transfer list.
    if (portHooks !== null && portHooks.isPort(value)) return moveListed(value, transferred, portHooks.transfer);
    // So does a web stream, which its transfer locks into a pipe.
    const streams = streamTransfer();
    if (streams !== undefined && streams.transferableKind(value) !== undefined) {
      return moveListed(value, transferred, streams.transferStream);
    }
    // Platform objects (Headers, Request, URL, ...) are not plain data, nor
    // is what worker_threads.markAsUncloneable marked.
    if (natives.uncloneable.has(value)) {
      throw new DOMException('Cannot clone object of unsupported type.', 'DataCloneError');
    }
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

// What a MessagePort or web stream met in the value becomes: it must be in
// the transfer list, and moves once however often the value holds it.
function moveListed(value, transferred, move) {
  if (!transferred.has(value)) {
    throw new DOMException('Object that needs transfer was found in message but not listed in transferList',
      'DataCloneError');
  }
  let out = transferred.get(value);
  if (out === null) {
    out = move(value);
    transferred.set(value, out);
  }
  return out;
}

// Web streams move when in the transfer list (internal/webstreams/transfer).
// No stream exists before their module is loaded, and nothing else loads
// it for a clone.
let streamsModule;
function streamTransfer() {
  if (streamsModule === undefined && natives.isBuiltinLoaded('internal/webstreams/readablestream')) {
    streamsModule = require('internal/webstreams/transfer');
  }
  return streamsModule;
}

// The built-in typed array class of a view (Uint8Array for a Buffer).
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
function findTypedArrayCtor(view) {
  let proto = getPrototypeOf(view);
  while (proto !== null && getPrototypeOf(proto) !== TypedArrayPrototype) proto = getPrototypeOf(proto);
  return proto === null ? Uint8Array : proto.constructor;
}

// The transfer list's items, checked, as a Map of each to null (filled in
// by the clone); ArrayBuffers are moved at once. `source` is the port
// posting, which cannot move itself.
function takeTransferList(list, source) {
  const transferred = new Map();
  for (const item of list) {
    if (portHooks !== null && portHooks.isPort(item)) {
      if (item === source) throw new DOMException('Transfer list contains source port', 'DataCloneError');
      if (portHooks.isDetached(item)) {
        throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      }
      if (transferred.has(item)) {
        throw new DOMException('Transfer list contains duplicate MessagePort', 'DataCloneError');
      }
    } else if (cellTypeOf(item) === knownTypes().arrayBuffer && !isSharedArrayBuffer(item)) {
      if (item.detached || require('internal/buffer').isMarkedAsUntransferable(item)) {
        throw new DOMException('Cannot transfer object of unsupported type.', 'DataCloneError');
      }
      if (transferred.has(item)) {
        throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      }
    } else {
      const streams = streamTransfer();
      const kind = streams === undefined ? undefined : streams.transferableKind(item);
      if (kind === undefined) throw new DOMException('Found invalid value in transferList.', 'DataCloneError');
      if (transferred.has(item)) throw new DOMException(`Transfer list contains duplicate ${kind}`, 'DataCloneError');
      const err = streams.transferError(item);
      if (err !== undefined) throw err;
    }
    transferred.set(item, null);
  }
  return transferred;
}

// After the clone: the transfer list's ArrayBuffers are detached, and its
// ports move (those the clone did not meet as well). Returns the moved ports.
const ArrayBufferPrototypeTransfer = ArrayBuffer.prototype.transfer;
function finishTransfer(transferred) {
  const ports = [];
  for (const { 0: item, 1: moved } of transferred) {
    if (portHooks !== null && portHooks.isPort(item)) {
      ports[ports.length] = moved === null ? portHooks.transfer(item) : moved;
    } else if (cellTypeOf(item) === knownTypes().arrayBuffer) {
      ReflectApply(ArrayBufferPrototypeTransfer, item, [0]);
    } else if (moved === null) {
      // A web stream the value did not hold is locked all the same.
      streamTransfer().transferStream(item);
    }
  }
  return ports;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { ERR_MISSING_ARGS } = require('internal/errors').codes;
    throw new ERR_MISSING_ARGS('value');
  }
  let transferred;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const list = options.transfer;
    if (list !== undefined) {
      if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
        const err = new TypeError("Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      transferred = takeTransferList(list, null);
    }
  }
  if (transferred === undefined) return cloneValue(value, new Map(), new Map());
  const out = cloneValue(value, new Map(), transferred);
  finishTransfer(transferred);
  return out;
}

// What MessagePort#postMessage sends: the clone of value and the ports
// moved with it (the transfer list already made an array).
function cloneForPost(value, list, source) {
  const transferred = list.length === 0 ? new Map() : takeTransferList(list, source);
  const out = cloneValue(value, new Map(), transferred);
  return { value: out, ports: list.length === 0 ? [] : finishTransfer(transferred) };
}

// internal/worker/io registers how to know and move a MessagePort.
let portHooks = null;
function setPortHooks(hooks) {
  portHooks = hooks;
}

module.exports = { structuredClone, cloneForPost, setPortHooks };
