'use strict';
// Node-style err.stack, the part installed at startup. The global Error
// constructors are replaced by wrappers that capture the stack the way V8
// does (skipping the constructor frames, up to new.target) and give the
// error a `stack` accessor that makes Node's text on first read (the header
// from the name and message at that time: a subclass usually sets its name
// after super()), or whatever Error.prepareStackTrace returns for CallSite
// objects; internal/stack does the formatting, loaded then. After the first
// read `stack` is a plain data property, as in V8. Errors the engine raises
// itself (a TypeError from `null.x`) are made by its intrinsic constructors
// and keep JavaScriptCore's frames; kiln's printers convert those.

const rawStacks = new WeakMap();
const OrigError = Error;
const origCapture = Error.captureStackTrace;
const { defineProperty } = Object;
const ReflectConstruct = Reflect.construct;
const WeakMapPrototypeGet = WeakMap.prototype.get;
const WeakMapPrototypeSet = WeakMap.prototype.set;
const ReflectApply = Reflect.apply;
const ReflectSet = Reflect.set;

let stackModule;
function stackFormatter() {
  if (stackModule === undefined) stackModule = require('internal/stack');
  return stackModule;
}

function stackGetter() {
  const raw = ReflectApply(WeakMapPrototypeGet, rawStacks, [this]);
  const value = raw === undefined ? undefined : stackFormatter().formatStackFor(this, raw);
  defineProperty(this, 'stack', { __proto__: null, value, writable: true, configurable: true, enumerable: false });
  return value;
}

function stackSetter(value) {
  defineProperty(this, 'stack', { __proto__: null, value, writable: true, configurable: true, enumerable: false });
}

// Error.prepareStackTrace's initial value, as in Node: the stack text made
// from the call sites. Set to it (or absent), kiln takes the direct path.
function defaultPrepareStackTrace(error, trace) {
  return stackFormatter().prepareDefault(error, trace);
}

const state = { WrappedError: undefined };

// Captures the stack of the current call into err, above `skip`.
function captureInto(err, skip) {
  const holder = {};
  // The limit lives on the global Error (a plain data property, as in V8);
  // the engine reads it from its own constructor.
  const limit = state.WrappedError.stackTraceLimit;
  if (OrigError.stackTraceLimit !== limit) ReflectSet(OrigError, 'stackTraceLimit', limit);
  origCapture(holder, skip);
  ReflectApply(WeakMapPrototypeSet, rawStacks, [err, holder.stack]);
  defineProperty(err, 'stack', { __proto__: null, get: stackGetter, set: stackSetter, configurable: true, enumerable: false });
}

function wrapConstructor(Orig, Parent) {
  const name = Orig.name;
  const wrapped = {
    [name]: function(...args) {
      const target = new.target === undefined ? Wrapped : new.target;
      // The engine's own capture is wasted work: ours follows, skipping
      // the constructors as V8 does. (Reflect.set: a plain store to the
      // engine's stackTraceLimit stops reaching it once the JIT has
      // compiled this code.)
      ReflectSet(OrigError, 'stackTraceLimit', 0);
      let err;
      try {
        err = ReflectConstruct(Orig, args, target);
      } finally {
        ReflectSet(OrigError, 'stackTraceLimit', state.WrappedError.stackTraceLimit);
      }
      captureInto(err, target);
      return err;
    },
  };
  const Wrapped = wrapped[name];
  defineProperty(Wrapped, 'prototype', { value: Orig.prototype, writable: false, enumerable: false, configurable: false });
  defineProperty(Orig.prototype, 'constructor', { value: Wrapped, writable: true, enumerable: false, configurable: true });
  defineProperty(Wrapped, 'length', { value: Orig.length, configurable: true });
  if (Parent !== undefined) Object.setPrototypeOf(Wrapped, Parent);
  return Wrapped;
}

function installErrorStacks(g) {
  const WrappedError = wrapConstructor(OrigError);
  state.WrappedError = WrappedError;
  // V8's default is 10 frames (JavaScriptCore's 100), or --stack-trace-limit's.
  const limit = natives.stackTraceLimit ?? 10;
  ReflectSet(OrigError, 'stackTraceLimit', limit);
  defineProperty(WrappedError, 'stackTraceLimit', { value: limit, writable: true, enumerable: true, configurable: true });
  defineProperty(WrappedError, 'prepareStackTrace', {
    value: defaultPrepareStackTrace, writable: true, enumerable: false, configurable: true,
  });
  defineProperty(WrappedError, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) {
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
        // The engine's message and error for a bad target.
        return origCapture(obj, fn);
      }
      captureInto(obj, typeof fn === 'function' ? fn : captureStackTrace);
      return undefined;
    },
    writable: true,
    enumerable: false,
    configurable: true,
  });
  if (typeof OrigError.isError === 'function') {
    defineProperty(WrappedError, 'isError', { value: OrigError.isError, writable: true, configurable: true });
  }
  defineProperty(g, 'Error', { value: WrappedError, writable: true, configurable: true, enumerable: false });
  for (const name of ['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']) {
    const Orig = g[name];
    if (typeof Orig !== 'function') continue;
    defineProperty(g, name, { value: wrapConstructor(Orig, WrappedError), writable: true, configurable: true, enumerable: false });
  }
}

module.exports = {
  installErrorStacks,
  rawStacks,
  defaultPrepareStackTrace,
  get WrappedError() { return state.WrappedError; },
};
