'use strict';
// The mock API: MockTracker (t.mock, and the module's `mock`) makes mocked
// functions, methods, accessors and properties and undoes them on reset().
// A mocked function is a Proxy of the original, so its name and length stay;
// reading `.mock` on it gives the MockFunctionContext that records calls.

const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
} } = require('internal/errors');
const {
  validateFunction, validateObject, validateInteger, validateBoolean,
} = require('internal/validators');

const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectGet = Reflect.get;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ArrayPrototypeSlice = (a) => Array.prototype.slice.call(a);

function kDefaultFunction() {}

class MockFunctionContext {
  #calls = [];
  #onceImpls = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return ArrayPrototypeSlice(this.#calls);
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#onceImpls.set(call, implementation);
  }

  restore() {
    const restore = this.#restore;
    if (restore === undefined) return;
    this.#restore = undefined;
    restore.call(this);
  }

  resetCalls() {
    this.#calls = [];
  }

  // For the Proxy: the function to run for the call about to happen.
  nextImpl() {
    const nextCall = this.#calls.length;
    const once = this.#onceImpls.get(nextCall);
    if (once !== undefined) {
      this.#onceImpls.delete(nextCall);
      return once;
    }
    return this.#implementation;
  }

  trackCall(call) {
    this.#calls.push(call);
    if (this.#times !== undefined && this.#calls.length === this.#times) this.restore();
  }
}

class MockPropertyContext {
  #object;
  #name;
  #descriptor;
  #value;
  #onceValues = new Map();
  #accesses = [];
  #restored = false;

  constructor(object, name, value) {
    this.#object = object;
    this.#name = name;
    this.#descriptor = ObjectGetOwnPropertyDescriptor(object, name);
    this.#value = value;
    const ctx = this;
    ObjectDefineProperty(object, name, {
      __proto__: null,
      configurable: true,
      enumerable: this.#descriptor?.enumerable ?? true,
      get() {
        const access = ctx.#accesses.length;
        let v = ctx.#value;
        if (ctx.#onceValues.has(access)) {
          v = ctx.#onceValues.get(access);
          ctx.#onceValues.delete(access);
        }
        ctx.#accesses.push({ type: 'get', value: v, stack: new Error() });
        return v;
      },
      set(v) {
        const access = ctx.#accesses.length;
        if (ctx.#onceValues.has(access)) {
          ctx.#onceValues.delete(access);
        } else {
          ctx.#value = v;
        }
        ctx.#accesses.push({ type: 'set', value: v, stack: new Error() });
      },
    });
  }

  get accesses() {
    return ArrayPrototypeSlice(this.#accesses);
  }

  accessCount() {
    return this.#accesses.length;
  }

  mockImplementation(value) {
    this.#value = value;
  }

  mockImplementationOnce(value, onAccess) {
    const next = this.#accesses.length;
    const at = onAccess ?? next;
    validateInteger(at, 'onAccess', next);
    this.#onceValues.set(at, value);
  }

  resetAccesses() {
    this.#accesses = [];
  }

  restore() {
    if (this.#restored) return;
    this.#restored = true;
    if (this.#descriptor !== undefined) ObjectDefineProperty(this.#object, this.#name, this.#descriptor);
    else delete this.#object[this.#name];
  }
}

function findDescriptor(object, name) {
  let o = object;
  while (o !== null && o !== undefined) {
    const d = ObjectGetOwnPropertyDescriptor(o, name);
    if (d !== undefined) return d;
    o = ObjectGetPrototypeOf(o);
  }
  return undefined;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times } = options;
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    let ctx;
    const restore = function() {
      this.mockImplementation(original);
    };
    ctx = new MockFunctionContext(implementation, restore, times);
    return this.#setupMock(ctx, original);
  }

  #setupMock(ctx, fnToMatch) {
    const mock = new Proxy(fnToMatch, {
      __proto__: null,
      apply(target, thisArg, args) {
        const impl = ctx.nextImpl();
        let result;
        let error;
        try {
          result = ReflectApply(impl, thisArg, args);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ arguments: args, error, result, stack: new Error(), target: undefined, this: thisArg });
        }
        return result;
      },
      construct(target, args, newTarget) {
        const impl = ctx.nextImpl();
        let result;
        let error;
        // `new mock()` builds what the original would (its prototype), with the
        // implementation's body.
        const realTarget = newTarget === mock ? target : newTarget;
        try {
          result = ReflectConstruct(impl, args, realTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ arguments: args, error, result, stack: new Error(), target: realTarget, this: result });
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return ReflectGet(target, property, receiver);
      },
    });
    this.#mocks.push({ __proto__: null, ctx, restore: () => ctx.restore() });
    return mock;
  }

  method(objectOrFunction, methodName, implementation = kDefaultFunction, options = {}) {
    if (objectOrFunction === null ||
        (typeof objectOrFunction !== 'object' && typeof objectOrFunction !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', ['Object', 'Function'], objectOrFunction);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const descriptor = findDescriptor(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    // As in Node, restoring defines the descriptor found (perhaps on a
    // prototype) on the object itself.
    const restore = function() {
      this.mockImplementation(original);
      ObjectDefineProperty(objectOrFunction, methodName, descriptor);
    };
    const impl = implementation === kDefaultFunction ? original : implementation;
    const ctx = new MockFunctionContext(impl, restore, times);
    const mock = this.#setupMock(ctx, original);
    const mockDescriptor = {
      __proto__: null,
      configurable: descriptor.configurable,
      enumerable: descriptor.enumerable,
    };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    ObjectDefineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  property(object, propertyName, value) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    if (typeof propertyName !== 'string' && typeof propertyName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('propertyName', ['string', 'symbol'], propertyName);
    }
    if (arguments.length < 3) value = object[propertyName];
    const ctx = new MockPropertyContext(object, propertyName, value);
    this.#mocks.push({ __proto__: null, ctx, restore: () => ctx.restore() });
    return new Proxy(object, {
      __proto__: null,
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return ReflectGet(target, property, receiver);
      },
    });
  }

  reset() {
    this.restoreAll();
    if (this.#timers !== undefined) this.#timers.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const m of this.#mocks) m.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext, MockPropertyContext };
