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
const { validateObject, validateString } = require('internal/validators');
const EventEmitter = require('events');

// Captured at load: everything below runs on user values. Methods are
// called through Reflect.apply, or, for kiln's own bookkeeping, through the
// Safe* classes below; JavaScriptCore inlines neither a bound
// Function.prototype.call nor a method looked up on a patched prototype.
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const SymbolToStringTag = Symbol.toStringTag;
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const NumberIsInteger = Number.isInteger;
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
const SafeMap = makeSafe(Map, class SafeMap extends Map {}, ['get', 'set', 'delete', 'has', 'size', 'forEach']);
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

// util.inspect is loaded the first time an event or target is shown: util
// requires this module's users, so it cannot come in at load.
let inspectFn;
function lazyInspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Node shows an Event or EventTarget as its constructor's name alone once
// depth runs out, else the name and a plain object of its fields one
// level deeper.
function inspectAs(name, fields, depth, options) {
  if (depth < 0) return name;
  const opts = { ...options };
  if (NumberIsInteger(options.depth)) opts.depth = options.depth - 1;
  return `${name} ${lazyInspect(fields, opts)}`;
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

  [kInspect](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return inspectAs(this.constructor.name, {
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options);
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

// What NodeEventTarget's emit(type, arg) hands to an addEventListener
// listener: the argument as a CustomEvent's detail.
function makeEmitEvent(type, value) {
  return new CustomEvent(type, { detail: value });
}

// One registration. `removed` is set when it leaves its list, so that a
// dispatch already iterating the old list skips it.
class Listener {
  constructor(listener, capture, once, passive, resist, nodeStyle) {
    this.listener = listener;
    this.nodeStyle = nodeStyle; // added by NodeEventTarget's on/once: gets emit()'s argument
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

function invoke(target, record, arg) {
  try {
    const listener = record.listener;
    const result = typeof listener === 'function'
      ? ReflectApply(listener, target, [arg])
      : callHandleEvent(listener, arg);
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
let dispatch;
let addListener;
let removeAllOf;
let typesOf;
let countOf;
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
    dispatch(this, eventTypeOf(event), event, event);
    return endDispatch(event);
  }

  // Unlike Event's, this one works on any object (Node's does), showing
  // it by its constructor's name.
  [kInspect](depth, options) {
    return inspectAs(this.constructor.name, {}, depth, options);
  }

  static {
    isEventTarget = (value) => isObjectLike(value) && #types in value;

    // Runs the listeners of `type`. Node-style listeners (NodeEventTarget's
    // on/once) get `nodeValue`; the others get `event`, which emit() leaves
    // undefined until a listener needs it, and then makes and dispatches.
    // Returns the event, so that emit() can end a dispatch it began.
    dispatch = (target, type, nodeValue, event) => {
      const entry = target.#types === null ? undefined : target.#types.get(type);
      if (entry === undefined) return event;
      const list = entry.list;
      entry.shared = true;
      entry.depth++;
      try {
        for (let i = 0; i < list.length; i++) {
          const record = list[i];
          if (record.removed) continue;
          if (event === undefined && !record.nodeStyle) {
            event = makeEmitEvent(type, nodeValue);
            beginDispatch(event, target);
          }
          if (!record.resist && event !== undefined && immediatelyStopped(event)) continue;
          if (record.once) removeRecord(target, entry, record);
          if (record.passive && event !== undefined) setInPassive(event, true);
          invoke(target, record, record.nodeStyle ? nodeValue : event);
          if (record.passive && event !== undefined) setInPassive(event, false);
        }
      } finally {
        if (--entry.depth === 0) entry.shared = false;
      }
      return event;
    };

    addListener = (target, type, listener, capture, once, passive, signal, resist, nodeStyle = false) => {
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
      const record = new Listener(listener, capture, once, passive, resist, nodeStyle);
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

    // NodeEventTarget's removeAllListeners: the lists go; a dispatch under
    // way skips what it has not reached yet.
    removeAllOf = (target, type) => {
      const types = target.#types;
      if (types === null) return;
      const entries = [];
      if (type === undefined) {
        types.forEach((entry) => { entries[entries.length] = entry; });
      } else {
        const entry = types.get(type);
        if (entry !== undefined) entries[0] = entry;
      }
      for (let i = 0; i < entries.length; i++) {
        const list = entries[i].list;
        for (let j = list.length - 1; j >= 0; j--) removeRecord(target, entries[i], list[j]);
      }
    };

    typesOf = (target) => {
      const out = [];
      if (target.#types !== null) target.#types.forEach((entry, type) => { out[out.length] = type; });
      return out;
    };

    countOf = (target, type) => {
      const entry = target.#types === null ? undefined : target.#types.get(type);
      return entry === undefined ? 0 : entry.list.length;
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

// ---- NodeEventTarget ----------------------------------------------------------------

// Node's EventTarget with an EventEmitter-like face, used by its
// MessagePort and Worker: on/once add listeners that receive emit()'s
// argument itself rather than an event.
class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return getMaxListeners(this);
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return typesOf(this);
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return countOf(this, `${type}`);
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    addNodeStyle(this, type, listener, false);
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    addNodeStyle(this, type, listener, false);
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = countOf(this, type) > 0;
    const event = dispatch(this, type, arg, undefined);
    if (event !== undefined) endDispatch(event);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    addNodeStyle(this, type, listener, true);
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    removeAllOf(this, type === undefined ? undefined : `${type}`);
    return this;
  }
}

function isNodeEventTarget(value) {
  return isEventTarget(value) && value instanceof NodeEventTarget;
}

// on/once go through the same checks as addEventListener (a Symbol type
// throws, null is ignored with a warning), then register node-style.
function addNodeStyle(target, type, listener, once) {
  if (!shouldAddListener(listener)) {
    const warning = new ErrorCtor(`addEventListener called with ${listener} which has no effect.`);
    warning.name = 'AddEventListenerArgumentTypeWarning';
    ReflectApply(emitWarning, process, [warning]);
    return;
  }
  addListener(target, toEventType(type), listener, false, once, false, undefined, false, true);
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

// An on<name> accessor on proto, for `signal.onabort` and its like; it
// listens for `type`, which is `name` unless told otherwise.
function defineEventHandler(proto, name, type = name) {
  ObjectDefineProperty(proto, `on${name}`, {
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

// Node keeps a target's listeners in an own property under this symbol, a
// map of type to a list with a `size`; its --expose-internals tests read it.
// Here it is a snapshot made on each read.
const kEvents = Symbol('kEvents');
ObjectDefineProperty(EventTarget.prototype, kEvents, {
  get() {
    const out = new SafeMap();
    const types = typesOf(this);
    for (let i = 0; i < types.length; i++) out.set(types[i], { size: countOf(this, types[i]) });
    return out;
  },
  enumerable: false,
  configurable: true,
});

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
makeEnumerable(NodeEventTarget.prototype, ['setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount',
  'off', 'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners']);
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
  NodeEventTarget,
  kEvents,
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
