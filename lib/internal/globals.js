'use strict';
// The globals Node adds to the language's own, installed at boot as lazy
// getters so that an unused one costs nothing.

// Each lazy global as [name, module id, export name (the global's name when
// omitted; '' for the module itself), enumerable]. `enumerable` is Node's
// flag for that name: the web-platform functions (timers,
// structuredClone, ...) are enumerable, the classes are not.
const lazyGlobals = [
  ['console', 'internal/console', ''],
  ['WebAssembly'],
  // The language's own in V8 (explicit resource management); JavaScriptCore
  // lacks them.
  ['SuppressedError', 'internal/disposable'],
  ['DisposableStack', 'internal/disposable'],
  ['AsyncDisposableStack', 'internal/disposable'],
  ['structuredClone', 'internal/structured_clone', undefined, true],
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
  ['setTimeout', 'internal/timers', undefined, true],
  ['clearTimeout', 'internal/timers', undefined, true],
  ['setInterval', 'internal/timers', undefined, true],
  ['clearInterval', 'internal/timers', undefined, true],
  ['setImmediate', 'internal/timers', undefined, true],
  ['clearImmediate', 'internal/timers', undefined, true],
  ['Buffer'], // an accessor pair of its own (below)
  ['Blob', 'internal/blob'],
  ['File', 'internal/blob'],
  ['TextEncoder', 'internal/encoding'],
  ['TextDecoder', 'internal/encoding'],
  ['URL', 'internal/url'],
  ['URLSearchParams', 'internal/url'],
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
  ['Navigator', 'internal/navigator'],
  ['fetch'], // fetch, navigator and crypto are made below
  ['navigator'],
  ['crypto'],
  ['Crypto', 'internal/crypto/webcrypto'],
  ['CryptoKey', 'internal/crypto/webcrypto'],
  ['SubtleCrypto', 'internal/crypto/webcrypto'],
  ['atob', 'buffer', undefined, true], // enumerable, as web operations are in Node
  ['btoa', 'buffer', undefined, true],
  ['Performance', 'internal/perf/performance'],
  ['PerformanceEntry', 'internal/perf/performance'],
  ['PerformanceMark', 'internal/perf/performance'],
  ['PerformanceMeasure', 'internal/perf/performance'],
  ['PerformanceObserver', 'internal/perf/performance'],
  ['PerformanceObserverEntryList', 'internal/perf/performance'],
  ['PerformanceResourceTiming', 'internal/perf/performance'],
  ['performance'], // an accessor pair of its own (below)
];

function install(g, requireBuiltin) {
  const defineProperty = Object.defineProperty;
  let buffer;
  // fetch is an enumerable function, as in Node; its implementation loads
  // on the first call.
  let fetchImpl;
  const fetch = function fetch(input, init = undefined) {
    fetchImpl ??= requireBuiltin('internal/fetch/fetch').fetch;
    return fetchImpl(input, init);
  };
  const special = {
    // Buffer stays an accessor pair, as in Node: assigning to it replaces
    // the value the getter returns, not the accessor.
    Buffer: () => defineProperty(g, 'Buffer', {
      configurable: true,
      enumerable: false,
      get: { get() { return (buffer ??= requireBuiltin('buffer').Buffer); } }.get,
      set: { set(value) { buffer = value; } }.set,
    }),
    fetch: () => defineProperty(g, 'fetch', { value: fetch, writable: true, configurable: true, enumerable: true }),
    // performance stays an enumerable accessor pair, as in Node.
    performance: () => {
      let value;
      const accessors = {
        get performance() { return (value ??= requireBuiltin('internal/perf/performance').performance); },
        set performance(v) { value = v; },
      };
      const d = Object.getOwnPropertyDescriptor(accessors, 'performance');
      defineProperty(g, 'performance', { configurable: true, enumerable: true, get: d.get, set: d.set });
    },
    // navigator and crypto are enumerable getters without a setter, as in Node.
    navigator: () => defineProperty(g, 'navigator', {
      configurable: true, enumerable: true,
      get: Object.getOwnPropertyDescriptor({
        get navigator() { return requireBuiltin('internal/navigator').getNavigator(); },
      }, 'navigator').get,
    }),
    // WebAssembly's promises hold the event loop open (internal/wasm),
    // set up on the first read of the global.
    WebAssembly: () => {
      const wasm = g.WebAssembly;
      const define = (value) => defineProperty(g, 'WebAssembly', {
        __proto__: null, value, writable: true, configurable: true, enumerable: false,
      });
      defineProperty(g, 'WebAssembly', {
        configurable: true, enumerable: false,
        get: { get() { return define(requireBuiltin('internal/wasm').install(wasm)).WebAssembly; } }.get,
        set: { set(value) { define(value); } }.set,
      });
    },
    crypto: () => defineProperty(g, 'crypto', {
      configurable: true, enumerable: true,
      get: Object.getOwnPropertyDescriptor({
        get crypto() { return requireBuiltin('internal/crypto/webcrypto').crypto; },
      }, 'crypto').get,
    }),
  };
  defineProperty(g, 'global', { value: g, writable: true, configurable: true, enumerable: true });
  // One loop, not a helper called per global: a function called some fifty
  // times at boot would be compiled by the JIT, which costs more than
  // everything else here.
  for (let i = 0; i < lazyGlobals.length; i++) {
    const { 0: name, 1: id, 2: key = name, 3: enumerable = false } = lazyGlobals[i];
    if (id === undefined) {
      special[name]();
      continue;
    }
    // (No prototype: by the time it runs, a program may have put `get` on
    // Object.prototype.)
    const define = (value) => defineProperty(g, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
    const get = function() {
      const module = requireBuiltin(id);
      const value = key === '' ? module : module[key];
      define(value);
      return value;
    };
    // An enumerable one's getter is named "get <name>", as Node names the
    // accessors it lists in Object.keys.
    if (enumerable) defineProperty(get, 'name', { value: `get ${name}` });
    const set = function set(value) { define(value); };
    defineProperty(g, name, { configurable: true, enumerable, get, set });
  }
  if (typeof g.queueMicrotask !== 'function') {
    const qm = function queueMicrotask(callback) {
      if (typeof callback !== 'function') {
        const { ERR_INVALID_ARG_TYPE } = requireBuiltin('internal/errors').codes;
        throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
      }
      Promise.resolve().then(() => {
        try {
          callback();
        } catch (err) {
          requireBuiltin('internal/process/execution').handleUncaught(err);
        }
      });
    };
    defineProperty(g, 'queueMicrotask', { value: qm, writable: true, configurable: true, enumerable: true });
  }
}

module.exports = { install };
