'use strict';
// The globals Node adds to the language's own, installed at boot as lazy
// getters so that an unused one costs nothing.

// A global made on first use. `enumerable` is Node's flag for that name:
// the web-platform functions (timers, structuredClone, ...) are
// enumerable, the classes are not. An enumerable one's getter is named
// "get <name>", as Node names the accessors it lists in Object.keys.
function lazyGlobal(target, name, make, enumerable = false) {
  const define = (value) => Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
  const get = function() {
    const value = make();
    define(value);
    return value;
  };
  if (enumerable) Object.defineProperty(get, 'name', { value: `get ${name}` });
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable,
    get,
    set(value) {
      define(value);
    },
  });
}

function install(g, requireBuiltin) {
  Object.defineProperty(g, 'global', { value: g, writable: true, configurable: true, enumerable: true });
  lazyGlobal(g, 'console', () => requireBuiltin('internal/console'));
  lazyGlobal(g, 'structuredClone', () => requireBuiltin('internal/structured_clone').structuredClone, true);
  for (const [name, id] of [['DOMException', 'internal/per_context/domexception'],
    ['Event', 'internal/event_target'], ['EventTarget', 'internal/event_target'],
    ['CustomEvent', 'internal/event_target'], ['AbortController', 'internal/abort_controller'],
    ['AbortSignal', 'internal/abort_controller']]) {
    lazyGlobal(g, name, () => requireBuiltin(id)[name]);
  }
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate']) {
    lazyGlobal(g, name, () => requireBuiltin('internal/timers')[name], true);
  }
  // Buffer stays an accessor pair, as in Node: assigning to it replaces
  // the value the getter returns, not the accessor.
  let buffer;
  Object.defineProperty(g, 'Buffer', {
    configurable: true,
    enumerable: false,
    get: { get() { return (buffer ??= requireBuiltin('buffer').Buffer); } }.get,
    set: { set(value) { buffer = value; } }.set,
  });
  for (const [name, id] of [['Blob', 'internal/blob'], ['File', 'internal/blob'],
    ['TextEncoder', 'internal/encoding'], ['TextDecoder', 'internal/encoding'],
    ['URL', 'internal/url'], ['URLSearchParams', 'internal/url']]) {
    lazyGlobal(g, name, () => requireBuiltin(id)[name]);
  }
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
    'TextEncoderStream', 'TextDecoderStream']) {
    lazyGlobal(g, name, () => requireBuiltin('stream/web')[name]);
  }
  for (const name of ['CompressionStream', 'DecompressionStream']) {
    lazyGlobal(g, name, () => requireBuiltin('internal/webstreams/compression')[name]);
  }
  for (const [name, id] of [['Headers', 'internal/fetch/headers'], ['Request', 'internal/fetch/request'],
    ['Response', 'internal/fetch/response'], ['FormData', 'internal/fetch/formdata'],
    ['Navigator', 'internal/navigator']]) {
    lazyGlobal(g, name, () => requireBuiltin(id)[name]);
  }
  // fetch is an enumerable function, as in Node; its implementation loads
  // on the first call.
  let fetchImpl;
  const fetch = function fetch(input, init = undefined) {
    fetchImpl ??= requireBuiltin('internal/fetch/fetch').fetch;
    return fetchImpl(input, init);
  };
  Object.defineProperty(g, 'fetch', { value: fetch, writable: true, configurable: true, enumerable: true });
  // navigator is an enumerable getter without a setter, as in Node.
  Object.defineProperty(g, 'navigator', {
    configurable: true, enumerable: true,
    get: Object.getOwnPropertyDescriptor({
      get navigator() { return requireBuiltin('internal/navigator').getNavigator(); },
    }, 'navigator').get,
  });
  // crypto is an enumerable getter without a setter, as in Node.
  Object.defineProperty(g, 'crypto', {
    configurable: true, enumerable: true,
    get: Object.getOwnPropertyDescriptor({
      get crypto() { return requireBuiltin('internal/crypto/webcrypto').crypto; },
    }, 'crypto').get,
  });
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
    lazyGlobal(g, name, () => requireBuiltin('internal/crypto/webcrypto')[name]);
  }
  for (const name of ['atob', 'btoa']) { // enumerable, as web operations are in Node
    lazyGlobal(g, name, () => requireBuiltin('buffer')[name], true);
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
    Object.defineProperty(g, 'queueMicrotask', { value: qm, writable: true, configurable: true, enumerable: true });
  }
}

module.exports = { install };
