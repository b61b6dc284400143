'use strict';
// The globals Node adds to the language's own, installed at boot as lazy
// getters so that an unused one costs nothing.

function lazyGlobal(target, name, make) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make();
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

function install(g, requireBuiltin) {
  Object.defineProperty(g, 'global', { value: g, writable: true, configurable: true, enumerable: false });
  lazyGlobal(g, 'console', () => requireBuiltin('internal/console'));
  lazyGlobal(g, 'structuredClone', () => requireBuiltin('internal/structured_clone').structuredClone);
  for (const [name, id] of [['DOMException', 'internal/per_context/domexception'],
    ['Event', 'internal/event_target'], ['EventTarget', 'internal/event_target'],
    ['CustomEvent', 'internal/event_target'], ['AbortController', 'internal/abort_controller'],
    ['AbortSignal', 'internal/abort_controller']]) {
    lazyGlobal(g, name, () => requireBuiltin(id)[name]);
  }
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate']) {
    lazyGlobal(g, name, () => requireBuiltin('internal/timers')[name]);
  }
  for (const [name, id] of [['Buffer', 'buffer'], ['Blob', 'internal/blob'], ['File', 'internal/blob'],
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
  for (const name of ['atob', 'btoa']) { // enumerable, as web operations are in Node
    const define = (value) => Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: true });
    Object.defineProperty(g, name, {
      configurable: true, enumerable: true, set: define,
      get() { const value = requireBuiltin('buffer')[name]; define(value); return value; },
    });
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
