'use strict';
// util.promisify and util.callbackify.
//
// promisify(fn) calls fn with a Node-style callback appended and settles a
// promise with what that callback gets. A function can choose its own
// promise version through fn[util.promisify.custom] (setTimeout does); one
// whose callback gets several values can name them through
// fn[kCustomPromisifyArgsSymbol] (['bytesRead', 'buffer'] for fs.read),
// and the promise then resolves to an object with those keys.

const {
  ERR_FALSY_VALUE_REJECTION,
  ERR_INVALID_ARG_TYPE,
} = require('internal/errors').codes;

// Captured at load: everything below runs on user functions and values.
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectOwnKeys = Reflect.ownKeys;
const FunctionPrototypeBind = Function.prototype.bind;
const PromiseCtor = Promise;

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

let isPromise;
function lazyIsPromise(value) {
  if (isPromise === undefined) isPromise = require('internal/util/types').types.isPromise;
  return isPromise(value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// The own properties of `from` (length and name included), as descriptors
// with a null prototype, so that a getter or setter inherited from a
// patched Object.prototype cannot slip into defineProperties.
function ownDescriptors(from) {
  const descriptors = ObjectGetOwnPropertyDescriptors(from);
  const keys = ReflectOwnKeys(descriptors);
  for (let i = 0; i < keys.length; i++) ObjectSetPrototypeOf(descriptors[keys[i]], null);
  return descriptors;
}

function markPromisified(fn) {
  return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const custom = original[kCustomPromisifiedSymbol];
    validateFunction(custom, 'util.promisify.custom');
    return markPromisified(custom);
  }

  // Read once: later changes to the original do not reach its promisified form.
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new PromiseCtor((resolve, reject) => {
      args[args.length] = (err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      };
      // A function that already returns a promise most likely never calls
      // the callback; Node warns on every such call.
      if (lazyIsPromise(ReflectApply(original, this, args))) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
                            'DeprecationWarning', 'DEP0174');
      }
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  markPromisified(fn);
  return ObjectDefineProperties(fn, ownDescriptors(original));
}

promisify.custom = kCustomPromisifiedSymbol;

// A rejection with a falsy reason would read as success to the callback,
// so it becomes an error that carries the reason.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION();
    // The stack starts at the tick queue that delivered it, as in Node.
    Error.captureStackTrace(err, callbackifyOnRejected);
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

// callbackify(fn): fn returns a promise (or thenable); the result calls a
// callback, from process.nextTick, with (err) or (null, value).
function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args[args.length - 1];
    validateFunction(maybeCb, 'last argument');
    args.length--;
    const cb = ReflectApply(FunctionPrototypeBind, maybeCb, [this]);
    // Node looks `then` up on the result: a plain value throws a TypeError
    // here, synchronously.
    ReflectApply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
            (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = ownDescriptors(original);
  if (descriptors.length !== undefined && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name !== undefined && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

module.exports = {
  promisify,
  callbackify,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
};
