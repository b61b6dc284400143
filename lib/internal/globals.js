'use strict';
// What the globals Node adds to the language's own are. internal/bootstrap
// defines each as an accessor (enumerable or not, as Node's); on its first
// read or write internal/bootstrap/node asks this module for its value,
// which then takes the accessor's place.

// Each global as [name, module id, export name (the global's name when
// omitted; '' for the module itself)]; the ones without a module are made
// below.
const lazyGlobals = [
  ['console', 'internal/console', ''],
  // The language's own in V8 (explicit resource management); JavaScriptCore
  // lacks them.
  ['SuppressedError', 'internal/disposable'],
  ['DisposableStack', 'internal/disposable'],
  ['AsyncDisposableStack', 'internal/disposable'],
  ['structuredClone', 'internal/structured_clone'],
  ['DOMException', 'internal/per_context/domexception'],
  ['Event', 'internal/event_target'],
  ['EventTarget', 'internal/event_target'],
  ['CustomEvent', 'internal/event_target'],
  ['MessageChannel', 'internal/worker/io'],
  ['MessagePort', 'internal/worker/io'],
  ['MessageEvent', 'internal/worker/io'],
  ['BroadcastChannel', 'internal/worker/io'],
  ['AbortController', 'internal/abort_controller'],
  ['AbortSignal', 'internal/abort_controller'],
  ['setTimeout', 'internal/timers'],
  ['clearTimeout', 'internal/timers'],
  ['setInterval', 'internal/timers'],
  ['clearInterval', 'internal/timers'],
  ['setImmediate', 'internal/timers'],
  ['clearImmediate', 'internal/timers'],
  ['Blob', 'internal/blob'],
  ['File', 'internal/blob'],
  ['TextEncoder', 'internal/encoding'],
  ['TextDecoder', 'internal/encoding'],
  ['URL', 'internal/url'],
  ['URLSearchParams', 'internal/url'],
  ['URLPattern', 'internal/url_pattern'],
  ['ReadableStream', 'stream/web'],
  ['ReadableStreamDefaultReader', 'stream/web'],
  ['ReadableStreamBYOBReader', 'stream/web'],
  ['ReadableStreamBYOBRequest', 'stream/web'],
  ['ReadableByteStreamController', 'stream/web'],
  ['ReadableStreamDefaultController', 'stream/web'],
  ['TransformStream', 'stream/web'],
  ['TransformStreamDefaultController', 'stream/web'],
  ['WritableStream', 'stream/web'],
  ['WritableStreamDefaultWriter', 'stream/web'],
  ['WritableStreamDefaultController', 'stream/web'],
  ['ByteLengthQueuingStrategy', 'stream/web'],
  ['CountQueuingStrategy', 'stream/web'],
  ['TextEncoderStream', 'stream/web'],
  ['TextDecoderStream', 'stream/web'],
  ['CompressionStream', 'internal/webstreams/compression'],
  ['DecompressionStream', 'internal/webstreams/compression'],
  ['Headers', 'internal/fetch/headers'],
  ['Request', 'internal/fetch/request'],
  ['Response', 'internal/fetch/response'],
  ['FormData', 'internal/fetch/formdata'],
  ['WebSocket', 'internal/websocket'],
  ['CloseEvent', 'internal/websocket'],
  ['Navigator', 'internal/navigator'],
  ['Crypto', 'internal/crypto/webcrypto'],
  ['CryptoKey', 'internal/crypto/webcrypto'],
  ['SubtleCrypto', 'internal/crypto/webcrypto'],
  ['atob', 'buffer'],
  ['btoa', 'buffer'],
  ['Performance', 'internal/perf/performance'],
  ['PerformanceEntry', 'internal/perf/performance'],
  ['PerformanceMark', 'internal/perf/performance'],
  ['PerformanceMeasure', 'internal/perf/performance'],
  ['PerformanceObserver', 'internal/perf/performance'],
  ['PerformanceObserverEntryList', 'internal/perf/performance'],
  ['PerformanceResourceTiming', 'internal/perf/performance'],
];

const table = { __proto__: null };
for (let i = 0; i < lazyGlobals.length; i++) table[lazyGlobals[i][0]] = lazyGlobals[i];

const g = globalThis;
const defineProperty = Object.defineProperty;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

// The global's current enumerability (internal/bootstrap's flag for it).
function isEnumerable(name) {
  const d = getOwnPropertyDescriptor(g, name);
  return d !== undefined && d.enumerable === true;
}

function define(name, value) {
  // (No prototype: by now a program may have put `get` on Object.prototype.)
  defineProperty(g, name, { __proto__: null, value, writable: true, configurable: true, enumerable: isEnumerable(name) });
}

// Buffer and performance stay accessor pairs, as in Node: assigning to one
// replaces the value its getter returns, not the accessor.
let buffer;
function defineBuffer() {
  defineProperty(g, 'Buffer', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: { get() { return (buffer ??= require('buffer').Buffer); } }.get,
    set: { set(value) { buffer = value; } }.set,
  });
}
let performance;
function definePerformance() {
  const accessors = {
    get performance() { return (performance ??= require('internal/perf/performance').performance); },
    set performance(v) { performance = v; },
  };
  const d = getOwnPropertyDescriptor(accessors, 'performance');
  defineProperty(g, 'performance', { __proto__: null, configurable: true, enumerable: true, get: d.get, set: d.set });
}

// The value of global `name`, which takes the accessor's place (but for
// the accessor pairs above, and navigator and crypto, which stay getters).
function globalValue(name) {
  switch (name) {
    case 'Buffer':
      defineBuffer();
      return g.Buffer;
    case 'performance':
      definePerformance();
      return g.performance;
    case 'navigator':
      return require('internal/navigator').getNavigator();
    case 'crypto':
      return require('internal/crypto/webcrypto').crypto;
    case 'WebAssembly': {
      // Its promises hold the event loop open (internal/wasm).
      const value = require('internal/wasm').install(natives.intrinsics.WebAssembly);
      define(name, value);
      return value;
    }
  }
  const entry = table[name];
  const module = require(entry[1]);
  const key = entry[2] ?? name;
  const value = key === '' ? module : module[key];
  define(name, value);
  return value;
}

// A write to global `name` before its first read.
function setGlobal(name, value) {
  if (name === 'Buffer') {
    defineBuffer();
    buffer = value;
  } else if (name === 'performance') {
    definePerformance();
    performance = value;
  } else {
    define(name, value);
  }
}

let fetchImpl;
function fetch(input, init) {
  fetchImpl ??= require('internal/fetch/fetch').fetch;
  return fetchImpl(input, init);
}

// The globals Node adds (not the language's own in V8): util.inspect shows
// the prototype members of their instances with showHidden, as Node does
// for every class its bootstrap added after inspect.js had loaded.
function isNodeGlobal(name) {
  for (let i = 0; i < lazyGlobals.length; i++) {
    const entry = lazyGlobals[i];
    if (entry[0] === name) return entry[1] !== 'internal/disposable';
  }
  return false;
}

module.exports = { globalValue, setGlobal, fetch, isNodeGlobal };
