'use strict';
// WebAssembly.compile and instantiate settle on the engine's own run loop
// (src/binding/engine_loop.c), which does not keep the process alive by
// itself: while one of them is pending, the event loop is held open, as
// Node's is. The functions keep their names and lengths; the promise a
// program gets settles with the engine's result.
//
// compileStreaming and instantiateStreaming, which the engine lacks, take a
// fetch Response (or a promise of one) with Node's checks, and compile its
// bytes once read.

const engineLoop = internalBinding('engine_loop');
const PromiseCtor = Promise;
const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;

function held(original, name) {
  const wrapper = {
    [name](...args) {
      const pending = ReflectApply(original, this, args);
      return new PromiseCtor((resolve, reject) => {
        engineLoop.ref(1);
        ReflectApply(PromisePrototypeThen, pending, [(value) => {
          engineLoop.ref(-1);
          resolve(value);
        }, (error) => {
          engineLoop.ref(-1);
          reject(error);
        }]);
      });
    },
  }[name];
  ObjectDefineProperty(wrapper, 'length', { __proto__: null, value: original.length });
  return wrapper;
}

// The bytes of a Response that may be compiled, as Node checks it.
async function responseBytes(source) {
  const response = await source;
  const { Response } = require('internal/fetch/response');
  if (!(response instanceof Response)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const { ERR_WEBASSEMBLY_RESPONSE } = require('internal/errors').codes;
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/wasm') {
    throw new ERR_WEBASSEMBLY_RESPONSE(`has unsupported MIME type '${contentType}'`);
  }
  if (!response.ok) throw new ERR_WEBASSEMBLY_RESPONSE(`has status code ${response.status}`);
  if (response.bodyUsed !== false) throw new ERR_WEBASSEMBLY_RESPONSE('body has already been used');
  return response.arrayBuffer();
}

function define(wasm, name, value) {
  ObjectDefineProperty(wasm, name, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

// Replaces the asynchronous functions of the WebAssembly namespace object.
function install(wasm) {
  for (const name of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming']) {
    const original = wasm[name];
    if (typeof original === 'function') define(wasm, name, held(original, name));
  }
  const { compile, instantiate } = wasm;
  if (wasm.compileStreaming === undefined) {
    define(wasm, 'compileStreaming', {
      async compileStreaming(source) {
        return ReflectApply(compile, wasm, [await responseBytes(source)]);
      },
    }.compileStreaming);
  }
  if (wasm.instantiateStreaming === undefined) {
    define(wasm, 'instantiateStreaming', {
      async instantiateStreaming(source, importObject = undefined) {
        return ReflectApply(instantiate, wasm, [await responseBytes(source), importObject]);
      },
    }.instantiateStreaming);
  }
  return wasm;
}

module.exports = { install };
