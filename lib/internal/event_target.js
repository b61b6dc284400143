'use strict';
// Event, CustomEvent and EventTarget as Node 24 has them. Node's EventTarget
// has no tree: an event is only ever at its target (eventPhase AT_TARGET),
// capture and bubbling listeners run together in the order they were added,
// and bubbles/composed are stored but change nothing.
//
// A listener that throws does not stop the dispatch: the error is rethrown
// from a process.nextTick callback, so it reaches 'uncaughtException' after
// the dispatch (and the code that started it) has finished. A listener that
// returns a promise has its rejection reported the same way.

const {
  ERR_EVENT_RECURSION,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { validateObject } = require('internal/validators');
const EventEmitter = require('events');

// Captured at load: everything below runs on user values. Methods are
// called through Reflect.apply, or, for kiln's own bookkeeping, through the
// Safe* classes below; JavaScriptCore inlines neither a bound
// Function.prototype.call nor a method looked up on a patched prototype.
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const SymbolToStringTag = Symbol.toStringTag;
const TypeErrorCtor = TypeError;
const ErrorCtor = Error;
const nextTick = process.nextTick;
const emitWarning = process.emitWarning;
const processBinding = internalBinding('process');
const hrtime = processBinding.hrtime;
const startTime = processBinding.startTime;

// Map, Set and WeakRef with their methods copied onto the subclass at
// load: a user patching Map.prototype.get cannot reach kiln's state, and
// calls stay as fast as on the builtins. Always constructed empty, so that
// no iterator protocol runs.
function makeSafe(Base, Safe, names) {
  for (const name of names) {
    ObjectDefineProperty(Safe.prototype, name, ObjectGetOwnPropertyDescriptor(Base.prototype, name));
  }
  return Safe;
}
const SafeMap = makeSafe(Map, class SafeMap extends Map {}, ['get', 'set', 'delete', 'has', 'size']);
const SafeSet = makeSafe(Set, class SafeSet extends Set {}, ['add', 'delete', 'has', 'size', 'forEach']);
const SafeWeakRef = makeSafe(WeakRef, class SafeWeakRef extends WeakRef {}, ['deref']);

// Array helpers for kiln's own arrays, without Array.prototype methods.
function arrayCopy(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i];
  return out;
}

function arrayRemove(list, item) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === item) {
      for (let j = i + 1; j < list.length; j++) list[j - 1] = list[j];
      list.length--;
      return true;
    }
  }
  return false;
}

const kNone = 0;
const kAtTarget = 2;

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Milliseconds since the process started, what performance.now() returns.
function now() {
  return (hrtime() - startTime) / 1e6;
}

// Event types are strings; a Symbol cannot become one, and Node says so
// with its WebIDL converter's message.
function toEventType(type) {
  if (typeof type === 'symbol') {
    const err = new TypeErrorCtor('Value is a Symbol and cannot be converted to a string.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return `${type}`;
}

// ---- Event --------------------------------------------------------------------

// Module-private access to an Event's state, set up inside the class so that
// EventTarget can drive a dispatch without exposing anything to users.
let isEvent;
let makeTrustedEvent;
let beginDispatch;
let endDispatch;
let immediatelyStopped;
let setInPassive;
let eventTypeOf;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp = now();
  #propagationStopped = false;
  #immediateStopped = false;
  #target = null;
  #dispatching = false;
  #inPassive = false;
  #trusted = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null && options !== undefined) validateObject(options, 'options');
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this.#cancelable && !this.#inPassive) this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#type;
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timeStamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (!value && this.#cancelable && !this.#inPassive) this.#defaultPrevented = true;
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? kAtTarget : kNone;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  // Once set, the flag stays: assigning false does not clear it.
  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  // Node answers false for any value rather than throwing on a non-Event.
  get isTrusted() {
    return isEvent(this) && this.#trusted;
  }

  static {
    isEvent = (value) => isObjectLike(value) && #type in value;
    makeTrustedEvent = (type) => {
      const event = new Event(type);
      event.#trusted = true;
      return event;
    };
    beginDispatch = (event, target) => {
      if (event.#dispatching) throw new ERR_EVENT_RECURSION(event.#type);
      event.#target = target;
      event.#dispatching = true;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
      return !(event.#cancelable && event.#defaultPrevented);
    };
    immediatelyStopped = (event) => event.#immediateStopped;
    setInPassive = (event, on) => {
      event.#inPassive = on;
    };
    eventTypeOf = (event) => event.#type;
  }
}

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  ObjectDefineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

// ---- CustomEvent ----------------------------------------------------------------

class CustomEvent extends Event {
  #detail;

  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isObjectLike(this) || !(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

// ---- EventTarget ------------------------------------------------------------------

// One registration. `removed` is set when it leaves its list, so that a
// dispatch already iterating the old list skips it.
class Listener {
  constructor(listener, capture, once, passive, resist) {
    this.listener = listener;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.resist = resist; // still runs after stopImmediatePropagation()
    this.removed = false;
    this.signal = undefined; // the options.signal that removes it,
    this.onSignalAbort = undefined; // with this listener, taken off when this goes
  }
}

// The listeners of one type. A dispatch iterates `list` as it was when the
// dispatch began; while one is running (`shared`), adding or removing copies
// the array first, so listeners added during a dispatch do not run in it.
class ListenerList {
  constructor(type) {
    this.type = type;
    this.list = [];
    this.shared = false;
    this.depth = 0;
  }

  ownList() {
    if (this.shared) {
      this.list = arrayCopy(this.list);
      this.shared = false;
    }
    return this.list;
  }
}

// What `addEventListener(type, listener, options)` reads from its options,
// in Node's order: once, capture, passive, signal.
function addOptions(options) {
  if (options === undefined || options === null) return null;
  if (typeof options === 'boolean') {
    return { once: false, capture: options, passive: false, signal: undefined };
  }
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  const once = !!options.once;
  const capture = !!options.capture;
  const passive = !!options.passive;
  const signal = options.signal;
  if (signal !== undefined && !abortController().isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { once, capture, passive, signal };
}

// AbortSignal lives in its own module, which requires this one; this side
// loads it only when a listener comes with a signal.
let abortControllerModule;
function abortController() {
  if (abortControllerModule === undefined) abortControllerModule = require('internal/abort_controller');
  return abortControllerModule;
}

// Functions are called; objects are kept and their handleEvent is looked up
// at each dispatch. null and undefined are ignored with a warning.
function shouldAddListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function throwError(err) {
  throw err;
}

function reportError(err) {
  ReflectApply(nextTick, process, [throwError, err]);
}

// Node calls handleEvent through an async function: whatever it throws, or
// a missing handleEvent that is not callable, arrives as a rejection and is
// reported from a promise job, later than a function listener's error.
async function callHandleEvent(object, event) {
  if (object.handleEvent) await ReflectApply(object.handleEvent, object, [event]);
}

function onRejected(err) {
  reportError(err);
}

function invoke(target, record, event) {
  try {
    const listener = record.listener;
    const result = typeof listener === 'function'
      ? ReflectApply(listener, target, [event])
      : callHandleEvent(listener, event);
    if (result !== undefined && result !== null) {
      const then = result.then;
      if (typeof then === 'function') ReflectApply(then, result, [undefined, onRejected]);
    }
  } catch (err) {
    reportError(err);
  }
}

// A hook the AbortSignal module registers: told, after a listener is added
// or removed, how many listeners of that type the target now has.
let listenerCountHook = null;
function setListenerCountHook(hook) {
  listenerCountHook = hook;
}

function warningTargetName(target) {
  if (abortController().isAbortSignal(target)) return '[AbortSignal]';
  const ctor = target.constructor;
  return typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : 'EventTarget';
}

let isEventTarget;
let addListener;
let removeListener;
let removeRecord;
let listenersOf;
let hasListeners;
let getMaxListeners;
let setMaxListeners;
let getEventHandler;
let setEventHandler;

class EventTarget {
  #types = null; // type -> ListenerList, made on the first listener
  #handlers = null; // type -> the listener behind an on<type> attribute
  #maxListeners = EventEmitter.defaultMaxListeners;
  #maxWarned = false;

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const opts = addOptions(options);
    if (!shouldAddListener(listener)) {
      const warning = new ErrorCtor(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      ReflectApply(emitWarning, process, [warning]);
      return;
    }
    type = toEventType(type);
    if (opts === null) {
      addListener(this, type, listener, false, false, false, undefined, false);
    } else {
      addListener(this, type, listener, opts.capture, opts.once, opts.passive, opts.signal, false);
    }
  }

  // Node reads only `options.capture === true`, so a bare `true` removes
  // the non-capturing registration; kept for compatibility with Node.
  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!shouldAddListener(listener)) return;
    type = toEventType(type);
    removeListener(this, type, listener, options?.capture === true);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    beginDispatch(event, this);
    const entry = this.#types === null ? undefined : this.#types.get(eventTypeOf(event));
    if (entry !== undefined) {
      const list = entry.list;
      entry.shared = true;
      entry.depth++;
      try {
        for (let i = 0; i < list.length; i++) {
          const record = list[i];
          if (record.removed) continue;
          if (!record.resist && immediatelyStopped(event)) continue;
          if (record.once) removeRecord(this, entry, record);
          if (record.passive) setInPassive(event, true);
          invoke(this, record, event);
          if (record.passive) setInPassive(event, false);
        }
      } finally {
        if (--entry.depth === 0) entry.shared = false;
      }
    }
    return endDispatch(event);
  }

  static {
    isEventTarget = (value) => isObjectLike(value) && #types in value;

    addListener = (target, type, listener, capture, once, passive, signal, resist) => {
      let onSignalAbort;
      if (signal !== undefined) {
        if (abortController().isAborted(signal)) return;
        // Node hooks the signal before looking for a duplicate: on abort it
        // removes whichever registration matches, and when the target is
        // the signal itself, that runs ahead of the listener.
        onSignalAbort = () => removeListener(target, type, listener, capture);
        addListener(signal, 'abort', onSignalAbort, false, true, false, undefined, true);
      }
      let types = target.#types;
      if (types === null) types = target.#types = new SafeMap();
      let entry = types.get(type);
      if (entry === undefined) {
        entry = new ListenerList(type);
        types.set(type, entry);
      } else {
        const list = entry.list;
        for (let i = 0; i < list.length; i++) {
          if (list[i].listener === listener && list[i].capture === capture) return;
        }
      }
      const record = new Listener(listener, capture, once, passive, resist);
      record.signal = signal;
      record.onSignalAbort = onSignalAbort;
      const list = entry.ownList();
      list[list.length] = record;
      const max = target.#maxListeners;
      if (max > 0 && list.length > max && !target.#maxWarned) {
        target.#maxWarned = true;
        const warning = new ErrorCtor(`Possible EventTarget memory leak detected. ${list.length} ` +
          `${type} listeners added to ${warningTargetName(target)}. MaxListeners is ${max}. ` +
          'Use events.setMaxListeners() to increase limit');
        warning.name = 'MaxListenersExceededWarning';
        warning.target = target;
        warning.type = type;
        warning.count = list.length;
        ReflectApply(emitWarning, process, [warning]);
      }
      if (listenerCountHook !== null) listenerCountHook(target, type, list.length);
    };

    removeListener = (target, type, listener, capture) => {
      const entry = target.#types === null ? undefined : target.#types.get(type);
      if (entry === undefined) return;
      const list = entry.list;
      for (let i = 0; i < list.length; i++) {
        if (list[i].listener === listener && list[i].capture === capture) {
          removeRecord(target, entry, list[i]);
          return;
        }
      }
    };

    // Takes one registration out of its list, and its abort listener off
    // the options.signal it came with.
    removeRecord = (target, entry, record) => {
      if (record.removed) return;
      const list = entry.ownList();
      if (!arrayRemove(list, record)) return;
      record.removed = true;
      if (list.length === 0 && target.#types.get(entry.type) === entry) target.#types.delete(entry.type);
      if (record.signal !== undefined) {
        const signal = record.signal;
        record.signal = undefined;
        removeListener(signal, 'abort', record.onSignalAbort, false);
      }
      if (listenerCountHook !== null) listenerCountHook(target, entry.type, list.length);
    };

    listenersOf = (target, type) => {
      const entry = target.#types === null ? undefined : target.#types.get(type);
      const out = [];
      if (entry !== undefined) {
        const list = entry.list;
        for (let i = 0; i < list.length; i++) out[i] = list[i].listener;
      }
      return out;
    };

    hasListeners = (target, type) =>
      target.#types !== null && target.#types.has(type);

    getMaxListeners = (target) => target.#maxListeners;
    setMaxListeners = (target, n) => {
      target.#maxListeners = n;
      target.#maxWarned = false;
    };

    getEventHandler = (target, type) => {
      const wrapper = target.#handlers === null ? undefined : target.#handlers.get(type);
      return wrapper?.handler ?? null;
    };

    // The first assignment registers a wrapper listener that stays for
    // good: assigning null or a new function keeps its place in the order.
    setEventHandler = (target, type, value) => {
      let wrapper = target.#handlers === null ? undefined : target.#handlers.get(type);
      if (wrapper === undefined) {
        wrapper = makeHandlerWrapper();
        if (target.#handlers === null) target.#handlers = new SafeMap();
        target.#handlers.set(type, wrapper);
        addListener(target, type, wrapper, false, false, false, undefined, false);
      }
      wrapper.handler = value;
    };
  }
}

function makeHandlerWrapper() {
  const wrapper = function eventHandler(...args) {
    const handler = wrapper.handler;
    if (typeof handler !== 'function') return undefined;
    return ReflectApply(handler, this, args);
  };
  wrapper.handler = undefined;
  return wrapper;
}

// An on<type> accessor on proto, for `signal.onabort` and its like.
function defineEventHandler(proto, type) {
  ObjectDefineProperty(proto, `on${type}`, {
    get() {
      if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
      return getEventHandler(this, type);
    },
    set(value) {
      if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
      setEventHandler(this, type, value);
    },
    enumerable: true,
    configurable: true,
  });
}

// WebIDL attributes and operations are enumerable; class members are not.
function makeEnumerable(proto, names) {
  for (const name of names) {
    const desc = ObjectGetOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    ObjectDefineProperty(proto, name, desc);
  }
}

function defineToStringTag(proto, tag) {
  ObjectDefineProperty(proto, SymbolToStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

makeEnumerable(Event.prototype, ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation']);
// isTrusted is [LegacyUnforgeable]: Node makes it non-configurable.
{
  const desc = ObjectGetOwnPropertyDescriptor(Event.prototype, 'isTrusted');
  desc.enumerable = true;
  desc.configurable = false;
  ObjectDefineProperty(Event.prototype, 'isTrusted', desc);
}
makeEnumerable(CustomEvent.prototype, ['detail']);
makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineToStringTag(Event.prototype, 'Event');
defineToStringTag(CustomEvent.prototype, 'CustomEvent');
defineToStringTag(EventTarget.prototype, 'EventTarget');

module.exports = {
  SafeMap,
  SafeSet,
  SafeWeakRef,
  Event,
  CustomEvent,
  EventTarget,
  isEvent,
  isEventTarget,
  makeTrustedEvent,
  addListener,
  removeListener,
  listenersOf,
  hasListeners,
  getMaxListeners,
  setMaxListeners,
  defineEventHandler,
  defineToStringTag,
  makeEnumerable,
  setListenerCountHook,
};
