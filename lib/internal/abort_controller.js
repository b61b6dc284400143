'use strict';
// AbortController and AbortSignal as Node 24 has them, with the static
// AbortSignal.abort(), timeout() and any().
//
// Aborting sets `aborted` and `reason`, then dispatches one trusted 'abort'
// Event. A signal made by AbortSignal.any() follows source signals: when a
// source aborts, every follower takes its reason before any 'abort' event
// fires, then the source's listeners run, then each follower's.
//
// Lifetimes. Sources hold their followers, and the timer of
// AbortSignal.timeout() holds its signal, through WeakRefs: a follower or a
// timeout signal nobody references can be collected, since nobody could
// observe it abort. One with 'abort' listeners can be observed, so it is
// kept in `pinned` while it has them and has not aborted yet.

const {
  SafeSet,
  SafeWeakRef,
  EventTarget,
  makeTrustedEvent,
  hasListeners,
  addListener,
  removeListener,
  setMaxListeners,
  setListenerCountHook,
  defineEventHandler,
  defineToStringTag,
  makeEnumerable,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateFunction, validateUint32 } = require('internal/validators');

const ReflectApply = Reflect.apply;
const SymbolIterator = Symbol.iterator;
const TypeErrorCtor = TypeError;
const dispatchEvent = EventTarget.prototype.dispatchEvent;
const queueMicrotask_ = globalThis.queueMicrotask;
const SymbolDispose = Symbol.dispose;

// Only this module may make an AbortSignal; `new AbortSignal()` throws.
const kConstruct = Symbol('kConstruct');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');

const pinned = new SafeSet();

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Node's WebIDL sequence<AbortSignal> converter: its errors are TypeErrors
// coded ERR_INVALID_ARG_TYPE with the converter's own wording.
function sequenceError(message) {
  const err = new TypeErrorCtor(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

let isAbortSignal;
let isAborted;
let abortSignal;
let createSignal;
let addDependent;

function abortError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

let timersModule;
function onTimeout(ref) {
  const signal = ref.deref();
  if (signal !== undefined) {
    abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }
}

class AbortSignal extends EventTarget {
  #dependents = null; // WeakRefs to the AbortSignal.any() results that follow this one
  #sweepAt = 16; // #dependents size at which dead WeakRefs are next dropped
  #dependent = false; // made by AbortSignal.any()
  #sources = null; // what a dependent signal follows, until it aborts
  #selfRef = null; // a dependent's entry in its sources' #dependents
  #weak = false; // held only weakly (see the top of this file)

  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    // Node lets an AbortSignal take any number of listeners without a warning.
    setMaxListeners(this, 0);
  }

  // Read through symbol-keyed properties, as Node does, so that a Proxy
  // of a signal answers for it (Node's tests pass their options through
  // such proxies).
  get aborted() {
    const aborted = this?.[kAborted];
    if (aborted === undefined) throw new ERR_INVALID_THIS('AbortSignal');
    return aborted;
  }

  get reason() {
    if (this?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
    return this[kReason];
  }

  throwIfAborted() {
    const aborted = this?.[kAborted];
    if (aborted === undefined) throw new ERR_INVALID_THIS('AbortSignal');
    if (aborted) throw this[kReason];
  }

  static abort(reason = abortError()) {
    const signal = new AbortSignal(kConstruct);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  // The timer is unref'd: a pending timeout signal does not keep the
  // process alive.
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kConstruct);
    signal.#weak = true;
    if (timersModule === undefined) timersModule = require('internal/timers');
    timersModule.setTimeout(onTimeout, delay, new SafeWeakRef(signal)).unref();
    return signal;
  }

  static any(signals) {
    const list = toSignalList(signals);
    const result = new AbortSignal(kConstruct);
    result.#dependent = true;
    for (let i = 0; i < list.length; i++) {
      if (list[i][kAborted]) {
        result[kAborted] = true;
        result[kReason] = list[i][kReason];
        return result;
      }
    }
    // A dependent signal is replaced by its own sources, so followers never
    // chain: every follower hears directly from the signals that abort.
    const sources = [];
    for (let i = 0; i < list.length; i++) {
      const signal = list[i];
      if (signal.#dependent) {
        const inner = signal.#sources;
        if (inner === null) continue;
        for (let j = 0; j < inner.length; j++) addOnce(sources, inner[j]);
      } else {
        addOnce(sources, signal);
      }
    }
    if (sources.length === 0) return result;
    result.#sources = sources;
    result.#weak = true;
    result.#selfRef = new SafeWeakRef(result);
    for (let i = 0; i < sources.length; i++) addDependent(sources[i], result.#selfRef);
    return result;
  }

  static {
    isAbortSignal = (value) => isObjectLike(value) && #weak in value;
    isAborted = (signal) => signal[kAborted];
    createSignal = () => new AbortSignal(kConstruct);

    // Dead WeakRefs are dropped whenever the set has doubled since the last
    // sweep, so a long-lived source with short-lived followers stays small.
    addDependent = (source, ref) => {
      if (source.#dependents === null) source.#dependents = new SafeSet();
      const set = source.#dependents;
      if (set.size >= source.#sweepAt) {
        set.forEach(dropIfDead, set);
        source.#sweepAt = set.size * 2 > 16 ? set.size * 2 : 16;
      }
      set.add(ref);
    };

    const fireAbort = (signal) => {
      signal.#weak = false;
      pinned.delete(signal);
      const sources = signal.#sources;
      if (sources !== null) {
        signal.#sources = null;
        for (let i = 0; i < sources.length; i++) {
          const set = sources[i].#dependents;
          if (set !== null) set.delete(signal.#selfRef);
        }
      }
      // A dispatch without listeners has no effect; skipping it matters
      // when a source has many followers nobody listens to.
      if (hasListeners(signal, 'abort')) {
        ReflectApply(dispatchEvent, signal, [makeTrustedEvent('abort')]);
      }
    };

    abortSignal = (signal, reason) => {
      if (signal[kAborted]) return;
      signal[kAborted] = true;
      signal[kReason] = reason;
      const followers = [];
      const dependents = signal.#dependents;
      if (dependents !== null) {
        signal.#dependents = null;
        dependents.forEach((ref) => {
          const follower = ref.deref();
          if (follower !== undefined && !follower[kAborted]) {
            follower[kAborted] = true;
            follower[kReason] = reason;
            followers[followers.length] = follower;
          }
        });
      }
      fireAbort(signal);
      for (let i = 0; i < followers.length; i++) fireAbort(followers[i]);
    };

    setListenerCountHook((target, type, count) => {
      if (type !== 'abort' || !isAbortSignal(target)) return;
      if (count > 0 && target.#weak && !target[kAborted]) pinned.add(target);
      else if (count === 0) pinned.delete(target);
    });
  }
}

// For a WeakRef in a Set's forEach: `this` is the Set.
function dropIfDead(ref) {
  if (ref.deref() === undefined) this.delete(ref);
}

function addOnce(list, item) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === item) return;
  }
  list[list.length] = item;
}

function toSignalList(signals) {
  if (!isObjectLike(signals)) throw sequenceError('signals cannot be converted to sequence.');
  const method = signals[SymbolIterator];
  if (typeof method !== 'function') throw sequenceError('signals cannot be converted to sequence.');
  const iterator = ReflectApply(method, signals, []);
  const next = iterator.next;
  const list = [];
  for (;;) {
    const step = ReflectApply(next, iterator, []);
    if (step.done) break;
    const value = step.value;
    if (!isAbortSignal(value)) throw sequenceError(`signals[${list.length}] is not of type AbortSignal.`);
    list[list.length] = value;
  }
  return list;
}

class AbortController {
  #signal = undefined;

  get signal() {
    if (this.#signal === undefined) this.#signal = createSignal();
    return this.#signal;
  }

  abort(reason = abortError()) {
    if (this.#signal === undefined) this.#signal = createSignal();
    abortSignal(this.#signal, reason);
  }
}

// util.inspect shows the state, as Node does: AbortSignal { aborted: false },
// AbortController { signal: AbortSignal { aborted: false } }. Past the depth
// limit Node hands the object back to be shown plainly: a controller, with no
// own keys, as `AbortController {}`; a signal, whose state Node keeps in own
// symbol keys, as `[AbortSignal]`.
function inspectAs(name, fields) {
  return function inspect(depth, options, inspectFn) {
    if (depth < 0) return name === 'AbortSignal' ? `[${name}]` : this;
    return `${this.constructor.name} ${inspectFn(fields(this), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  };
}
Object.defineProperty(AbortSignal.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  __proto__: null, configurable: true, writable: true, enumerable: false,
  value: inspectAs('AbortSignal', (signal) => ({ aborted: signal.aborted })),
});
Object.defineProperty(AbortController.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  __proto__: null, configurable: true, writable: true, enumerable: false,
  value: inspectAs('AbortController', (controller) => ({ signal: controller.signal })),
});
defineEventHandler(AbortSignal.prototype, 'abort');
makeEnumerable(AbortSignal.prototype, ['aborted']);
makeEnumerable(AbortController.prototype, ['signal', 'abort']);
defineToStringTag(AbortSignal.prototype, 'AbortSignal');
defineToStringTag(AbortController.prototype, 'AbortController');

function validateAbortSignal(signal, name) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
}

// events.addAbortListener: runs even if an earlier listener stops
// propagation; on a signal already aborted, from a microtask, with no event.
// Returns a disposable that removes the listener.
function addAbortListener(signal, listener) {
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  if (isAborted(signal)) {
    ReflectApply(queueMicrotask_, globalThis, [() => listener()]);
  } else {
    addListener(signal, 'abort', listener, false, true, false, undefined, true);
  }
  return {
    [SymbolDispose]() {
      removeListener(signal, 'abort', listener, false);
    },
  };
}

module.exports = {
  AbortController,
  AbortSignal,
  isAbortSignal,
  isAborted,
  abortSignal,
  addAbortListener,
  validateAbortSignal,
};
