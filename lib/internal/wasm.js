'use strict';
// WebAssembly.compile and instantiate settle on the engine's own run loop
// (src/binding/engine_loop.c), which does not keep the process alive by
// itself: while one of them is pending, the event loop is held open, as
// Node's is. The functions keep their names and lengths; the promise a
// program gets settles with the engine's result.

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

// Replaces the asynchronous functions of the WebAssembly namespace object.
function install(wasm) {
  for (const name of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming']) {
    const original = wasm[name];
    if (typeof original !== 'function') continue;
    ObjectDefineProperty(wasm, name, {
      __proto__: null, value: held(original, name), writable: true, enumerable: false, configurable: true,
    });
  }
  return wasm;
}

module.exports = { install };
