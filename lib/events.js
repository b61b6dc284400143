'use strict';
// node:events. EventEmitter, and the helpers around it: once() and on(),
// which turn events into a promise and an async iterator, the
// captureRejections machinery, errorMonitor, EventEmitterAsyncResource.
//
// process is an EventEmitter, so this module loads early in bootstrap,
// before process.nextTick, the error table and kiln's Error wrapper exist:
// it requires nothing at load time, and `Error` and `process.nextTick` are
// read when first needed, not captured.
//
// Listeners live in `_events`, a null-prototype object from type to either
// one function or an array of them, as in Node; programs and older stream
// libraries read and even write it directly, so its shape is part of the API.

// Captured at load: these run on user values (listeners, emitters, option
// objects), so a patched prototype cannot change what kiln does.
const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const FunctionPrototypeCall = Function.prototype.call;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
// Object.create(null) rather than a { __proto__: null } literal: in
// JavaScriptCore the literal takes a slow path each time (~20 ns).
const ObjectCreate = Object.create;
const NumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;
const NumberIsSafeInteger = Number.isSafeInteger;
const PromiseCtor = Promise;
const promiseResolve = Promise.resolve;
const promiseReject = Promise.reject;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolFor = Symbol.for;
const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = SymbolFor('nodejs.rejection');
const kWatermarkData = SymbolFor('nodejs.watermarkData');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kEmptyObject = Object.freeze({ __proto__: null });

let defaultMaxListeners = 10;

// ---- modules loaded on first use ------------------------------------------------

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

let validatorsModule;
function lazyValidators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

let abortControllerModule;
function lazyAbortController() {
  if (abortControllerModule === undefined) abortControllerModule = require('internal/abort_controller');
  return abortControllerModule;
}

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// Node's validateNumber(n, name, 0): a type error for a non-number, a range
// error for a negative number or NaN.
function validateMaxListeners(n, name) {
  lazyValidators().validateNumber(n, name, 0);
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('listener', 'Function', listener);
  }
}

// ---- EventEmitter -----------------------------------------------------------------

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Properties in Node's order: util.inspect and Object.keys show it.
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.listenerCount = listenerCount;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
ObjectDefineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

let EventEmitterAsyncResource;
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (EventEmitterAsyncResource === undefined) EventEmitterAsyncResource = makeEventEmitterAsyncResource();
    return EventEmitterAsyncResource;
  },
});

EventEmitter.errorMonitor = kErrorMonitor;

ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(n) {
    validateMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});

ObjectDefineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null,
    value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null,
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});

// With no targets, sets the default for emitters and for EventTargets made
// from now on; otherwise the limit of each target.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      lazyEventTarget().setMaxListeners(target, n);
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Sets up the listener table unless a subclass made its own before calling
// this: that one is kept, and removing a listener then leaves its key with
// the value undefined (shape mode), so the object keeps its shape.
EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

proto.setMaxListeners = function setMaxListeners(n) {
  validateMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function maxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

proto.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// The hot path. Listeners get as many arguments as emit() did. Up to three
// arguments, emit reads them from `arguments` and calls the listener with a
// fixed count, which JavaScriptCore compiles without making an array (a
// rest parameter or Reflect.apply costs an allocation per call, and emit
// runs twice per chunk in a stream pipeline). The direct call is taken only
// while the function's `call` is the builtin, so a patched `call` cannot
// change what happens; everything else goes through emitArgs.
proto.emit = function emit(type) {
  const events = this._events;
  if (type === 'error') return emitArgs(this, type, argsAfterType(arguments));
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  const n = arguments.length;
  if (n > 4) return emitArgs(this, type, argsAfterType(arguments));
  if (typeof handler === 'function') {
    const result = handler.call === FunctionPrototypeCall
      ? callFixed(handler, this, n, arguments[1], arguments[2], arguments[3])
      : ReflectApply(handler, this, argsAfterType(arguments));
    if (result !== undefined && result !== null) addCatch(this, result, type, argsAfterType(arguments));
  } else {
    // Listeners added or removed by a listener take effect from the next
    // emit: a stored list is never changed (see insertListener).
    const len = handler.length;
    for (let i = 0; i < len; i++) {
      const fn = handler[i];
      const result = fn.call === FunctionPrototypeCall
        ? callFixed(fn, this, n, arguments[1], arguments[2], arguments[3])
        : ReflectApply(fn, this, argsAfterType(arguments));
      if (result !== undefined && result !== null) addCatch(this, result, type, argsAfterType(arguments));
    }
  }
  return true;
};

// fn.call(that, ...) with emit's argument count n (1 to 4, the type
// included).
function callFixed(fn, that, n, a1, a2, a3) {
  switch (n) {
    case 1: return fn.call(that);
    case 2: return fn.call(that, a1);
    case 3: return fn.call(that, a1, a2);
    default: return fn.call(that, a1, a2, a3);
  }
}

function argsAfterType(args) {
  const n = args.length - 1;
  const out = new Array(n > 0 ? n : 0);
  for (let i = 0; i < n; i++) out[i] = args[i + 1];
  return out;
}

// Every other case: 'error', several listeners, many arguments.
function emitArgs(that, type, args) {
  const events = that._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      ReflectApply(that.emit, that, concatArgs([kErrorMonitor], args));
    }
    if (events === undefined || events.error === undefined) throwUnhandledError(args);
  } else if (events === undefined) {
    return false;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = callListener(handler, that, args);
    if (result !== undefined && result !== null) addCatch(that, result, type, args);
  } else {
    // Listeners added or removed by a listener take effect from the next
    // emit: a stored list is never changed (see insertListener).
    const len = handler.length;
    for (let i = 0; i < len; i++) {
      const result = callListener(handler[i], that, args);
      if (result !== undefined && result !== null) addCatch(that, result, type, args);
    }
  }
  return true;
}

// fn.call(that, args[0], ...) with a fixed count is several times faster
// in JavaScriptCore than any varargs call (apply, Reflect.apply).
function callListener(fn, that, args) {
  const n = args.length;
  if (fn.call === FunctionPrototypeCall && n <= 3) return callFixed(fn, that, n + 1, args[0], args[1], args[2]);
  return ReflectApply(fn, that, args);
}

// [...leading, ...args], without the array iterator a spread would use.
function concatArgs(leading, args) {
  const n = leading.length;
  for (let i = 0; i < args.length; i++) leading[n + i] = args[i];
  return leading;
}

function arrayClone(list, len) {
  switch (len) {
    case 2: return [list[0], list[1]];
    case 3: return [list[0], list[1], list[2]];
    case 4: return [list[0], list[1], list[2], list[3]];
  }
  const copy = new Array(len);
  for (let i = 0; i < len; i++) copy[i] = list[i];
  return copy;
}

// 'error' with no listener: an Error is thrown as it is, anything else is
// wrapped in ERR_UNHANDLED_ERROR with the value as `context`.
function throwUnhandledError(args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) throw er; // Unhandled 'error' event
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(shown);
  err.context = er;
  throw err; // Unhandled 'error' event
}

// captureRejections: a listener's returned thenable that rejects is routed
// to emitter[Symbol.for('nodejs.rejection')] or to 'error', from a
// process.nextTick callback so that a throwing 'error' listener does not
// become a new rejection of the same promise.
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      ReflectApply(then, promise, [undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ReflectApply(ee[kRejection], ee, concatArgs([err, type], args));
    return;
  }
  // Capturing is off while 'error' runs, or a rejecting 'error' listener
  // would loop; it is restored even if the listener throws, for a program
  // that survives that through 'uncaughtException'.
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function insertListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced the table.
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  // A list of listeners is never changed once stored (a new one takes its
  // place), so that emit() can call them from it without a snapshot.
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    const n = existing.length;
    const next = new Array(n + 1);
    const at = prepend ? 1 : 0;
    for (let i = 0; i < n; i++) next[i + at] = existing[i];
    next[prepend ? 0 : n] = listener;
    if (existing.warned) next.warned = true;
    existing = events[type] = next;
  }
  const m = maxListenersOf(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    warnMaxListeners(target, type, existing.length, m);
  }
  return target;
}

// Node's text, whatever the emitter's class; the class shows in the
// inspect() of the emitter at depth -1 (`[Foo]`).
function warnMaxListeners(target, type, count, max) {
  const w = new Error(`Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

proto.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

// The function registered for once(): removes itself, then calls the
// listener with the emitter as `this`. `listener` lets removeListener(),
// listeners() and listenerCount() find the original.
function onceWrap(target, type, listener) {
  let fired = false;
  const wrapper = function wrapper(...args) {
    if (fired) return undefined;
    target.removeListener(type, wrapper);
    fired = true;
    return callListener(listener, target, args);
  };
  wrapper.listener = listener;
  return wrapper;
}

proto.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

proto.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    // When the last listener goes, the table is replaced and no
    // 'removeListener' is emitted: a listener for it would still count.
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = ObjectCreate(null);
      return this;
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    // (A new list: see insertListener.)
    if (list.length === 2) {
      events[type] = list[1 - position];
    } else {
      const next = new Array(list.length - 1);
      for (let i = 0, j = 0; i < list.length; i++) if (i !== position) next[j++] = list[i];
      if (list.warned) next.warned = true;
      events[type] = next;
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  // Nobody listens for 'removeListener': drop the entries at once.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = ObjectCreate(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  // Otherwise one at a time, 'removeListener' itself last, so that it hears
  // about every other removal.
  if (arguments.length === 0) {
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== 'removeListener') this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last added first.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  const out = arrayClone(l, l.length);
  if (unwrap) {
    for (let i = 0; i < out.length; i++) out[i] = out[i].listener || out[i];
  }
  return out;
}

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

proto.listenerCount = function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (typeof l === 'function') {
    if (listener != null) return l === listener || l.listener === listener ? 1 : 0;
    return 1;
  }
  if (l === undefined) return 0;
  if (listener == null) return l.length;
  let n = 0;
  for (let i = 0; i < l.length; i++) {
    if (l[i] === listener || l[i].listener === listener) n++;
  }
  return n;
};

// Keys whose value is undefined are the empty slots of shape mode.
proto.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const events = this._events;
  const keys = ReflectOwnKeys(events);
  const names = [];
  for (let i = 0; i < keys.length; i++) {
    if (events[keys[i]] !== undefined) names[names.length] = keys[i];
  }
  return names;
};

ObjectDefineProperty(proto, kCapture, { __proto__: null, value: false, writable: true, enumerable: false, configurable: false });

// ---- the rest, loaded on first use ------------------------------------------

let extrasModule;
function lazyExtras() {
  if (extrasModule === undefined) {
    extrasModule = require('internal/events/extras')({
      ReflectApply,
      ObjectDefineProperties,
      ObjectSetPrototypeOf,
      NumberMaxSafeInteger,
      NumberIsSafeInteger,
      PromiseCtor,
      promiseResolve,
      promiseReject,
      SymbolAsyncIterator,
      AsyncIteratorPrototype,
      kWatermarkData,
      kEmptyObject,
      lazyErrors,
      lazyValidators,
      lazyEventTarget,
      lazyAbortController,
      EventEmitter,
      maxListenersOf,
      concatArgs,
      listenersOf,
    });
  }
  return extrasModule;
}

// An async function, as Node's is (events.once.constructor is AsyncFunction).
async function once(emitter, name) {
  return ReflectApply(lazyExtras().once, this, arguments);
}

function isEventTarget(value) {
  return ReflectApply(lazyExtras().isEventTarget, this, arguments);
}

function addAbortListener(signal, listener) {
  return ReflectApply(lazyExtras().addAbortListener, this, arguments);
}

function getEventListeners(emitterOrTarget, type) {
  return ReflectApply(lazyExtras().getEventListeners, this, arguments);
}

function getMaxListeners(emitterOrTarget) {
  return ReflectApply(lazyExtras().getMaxListeners, this, arguments);
}

function listenerCount(emitter, type) {
  return ReflectApply(lazyExtras().listenerCount, this, arguments);
}

function on(emitter, event) {
  return ReflectApply(lazyExtras().on, this, arguments);
}

function makeEventEmitterAsyncResource() {
  return ReflectApply(lazyExtras().makeEventEmitterAsyncResource, this, arguments);
}

module.exports = EventEmitter;
