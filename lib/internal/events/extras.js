'use strict';
// The parts of node:events not needed to make and use an emitter
// (events.on, EventTarget helpers, EventEmitterAsyncResource), loaded on
// first use: lib/events.js is on the startup path.

module.exports = function makeExtras(internals) {
  const {
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
  } = internals;

  // ---- helpers that take EventTargets as well ------------------------------------------

  function isEventTarget(value) {
    return lazyEventTarget().isEventTarget(value);
  }

  function addAbortListener(signal, listener) {
    return lazyAbortController().addAbortListener(signal, listener);
  }

  function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
    if (isEventTarget(emitterOrTarget)) return lazyEventTarget().listenersOf(emitterOrTarget, type);
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
    if (isEventTarget(emitterOrTarget)) return lazyEventTarget().getMaxListeners(emitterOrTarget);
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  // events.listenerCount(emitterOrTarget, type).
  function listenerCount(emitter, type) {
    if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
    if (isEventTarget(emitter)) return lazyEventTarget().listenersOf(emitter, type).length;
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitter);
  }

  // Node's validateAbortSignal: anything with an `aborted` property passes.
  function validateAbortSignal(signal, name) {
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
    }
  }

  function abortError(signal) {
    const { AbortError } = lazyErrors();
    return new AbortError(undefined, { cause: signal?.reason });
  }

  // An 'abort' listener that runs once, even after an earlier listener called
  // stopImmediatePropagation(). A kiln AbortSignal takes it directly; a
  // look-alike gets a plain once listener.
  function listenAbort(signal, fn) {
    if (lazyAbortController().isAbortSignal(signal)) {
      lazyEventTarget().addListener(signal, 'abort', fn, false, true, false, undefined, true);
    } else {
      signal.addEventListener('abort', fn, { once: true });
    }
  }

  function unlistenAbort(signal, fn) {
    if (lazyAbortController().isAbortSignal(signal)) {
      lazyEventTarget().removeListener(signal, 'abort', fn, false);
    } else {
      signal.removeEventListener('abort', fn);
    }
  }

  // A listener on an EventEmitter or an EventTarget. With `once` on kiln's
  // own EventTarget, the listener also resists stopImmediatePropagation(),
  // as Node's once() does.
  function agnosticAddListener(emitter, name, listener, once) {
    if (typeof emitter.on === 'function') {
      if (once) emitter.once(name, listener);
      else emitter.on(name, listener);
    } else if (typeof emitter.addEventListener === 'function') {
      if (once && isEventTarget(emitter) &&
          emitter.addEventListener === lazyEventTarget().EventTarget.prototype.addEventListener) {
        lazyEventTarget().addListener(emitter, `${name}`, listener, false, true, false, undefined, true);
      } else {
        emitter.addEventListener(name, listener, once ? { once: true } : undefined);
      }
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
    }
  }

  function agnosticRemoveListener(emitter, name, listener) {
    if (typeof emitter.removeListener === 'function') {
      emitter.removeListener(name, listener);
    } else if (typeof emitter.removeEventListener === 'function') {
      emitter.removeEventListener(name, listener);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
    }
  }

  // events.once(emitter, name, { signal }): resolves with the arguments of the
  // next `name` event, rejects on 'error' (emitters only; an EventTarget's
  // 'error' is an ordinary event) or with an AbortError when the signal aborts.
  async function once(emitter, name, options = kEmptyObject) {
    lazyValidators().validateObject(options, 'options');
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
    return new PromiseCtor((resolve, reject) => {
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        if (signal != null) unlistenAbort(signal, abortListener);
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
        if (signal != null) unlistenAbort(signal, abortListener);
        resolve(args);
      };
      function abortListener() {
        agnosticRemoveListener(emitter, name, resolver);
        agnosticRemoveListener(emitter, 'error', errorListener);
        reject(abortError(signal));
      }
      agnosticAddListener(emitter, name, resolver, true);
      if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
      if (signal != null) listenAbort(signal, abortListener);
    });
  }

  // A FIFO with amortised O(1) shift: the consumed head is dropped in one go
  // once it is most of the array.
  class Queue {
    constructor() {
      this.items = [];
      this.head = 0;
    }

    isEmpty() {
      return this.head === this.items.length;
    }

    push(value) {
      this.items[this.items.length] = value;
    }

    shift() {
      const items = this.items;
      const value = items[this.head];
      items[this.head++] = undefined;
      if (this.head === items.length) {
        items.length = 0;
        this.head = 0;
      } else if (this.head >= 1024 && this.head * 2 >= items.length) {
        const rest = [];
        for (let i = this.head; i < items.length; i++) rest[rest.length] = items[i];
        this.items = rest;
        this.head = 0;
      }
      return value;
    }
  }

  function iterResult(value, done) {
    return { value, done };
  }

  // events.on(emitter, name, options): an async iterator of the argument
  // arrays of `name` events. Events that arrive with no next() waiting are
  // queued; past highWaterMark queued events the emitter is paused, and it
  // is resumed when fewer than lowWaterMark remain. 'error' (on emitters), an
  // abort, or any of the `close` events ends it; queued events are still
  // delivered first.
  function on(emitter, event, options = kEmptyObject) {
    const { validateObject, validateInteger } = lazyValidators();
    validateObject(options, 'options');
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
    // The old spellings highWatermark and lowWatermark are still accepted.
    const highWatermark = options.highWaterMark ?? options.highWatermark ?? NumberMaxSafeInteger;
    validateInteger(highWatermark, 'options.highWaterMark', 1);
    const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
    validateInteger(lowWatermark, 'options.lowWaterMark', 1);

    const unconsumedEvents = new Queue();
    const unconsumedPromises = new Queue();
    let paused = false;
    let error = null;
    let finished = false;
    let size = 0;
    const registered = [];

    const iterator = ObjectSetPrototypeOf({
      next() {
        if (size) {
          const value = unconsumedEvents.shift();
          size--;
          if (paused && size < lowWatermark) {
            emitter.resume();
            paused = false;
          }
          return ReflectApply(promiseResolve, PromiseCtor, [iterResult(value, false)]);
        }
        // An error is reported once, to the first next() after the queue.
        if (error) {
          const p = ReflectApply(promiseReject, PromiseCtor, [error]);
          error = null;
          return p;
        }
        if (finished) return closeHandler();
        return new PromiseCtor((resolve, reject) => {
          unconsumedPromises.push({ resolve, reject });
        });
      },

      return() {
        return closeHandler();
      },

      // Node returns nothing here, not a promise.
      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
        }
        errorHandler(err);
      },

      [SymbolAsyncIterator]() {
        return this;
      },

      [kWatermarkData]: {
        get size() {
          return size;
        },
        get low() {
          return lowWatermark;
        },
        get high() {
          return highWatermark;
        },
        get isPaused() {
          return paused;
        },
      },
    }, AsyncIteratorPrototype);

    function listen(name, handler) {
      agnosticAddListener(emitter, name, handler, false);
      registered[registered.length] = name;
      registered[registered.length] = handler;
    }

    listen(event, function(...args) {
      eventHandler(args);
    });
    if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
    const closeEvents = options?.close;
    if (closeEvents?.length) {
      for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], closeHandler);
    }
    if (signal) listenAbort(signal, abortListener);
    return iterator;

    function abortListener() {
      errorHandler(abortError(signal));
    }

    function eventHandler(value) {
      if (unconsumedPromises.isEmpty()) {
        size++;
        if (!paused && size > highWatermark) {
          paused = true;
          emitter.pause();
        }
        unconsumedEvents.push(value);
      } else {
        unconsumedPromises.shift().resolve(iterResult(value, false));
      }
    }

    function errorHandler(err) {
      if (unconsumedPromises.isEmpty()) error = err;
      else unconsumedPromises.shift().reject(err);
      closeHandler();
    }

    function closeHandler() {
      if (signal) unlistenAbort(signal, abortListener);
      for (let i = 0; i < registered.length; i += 2) {
        agnosticRemoveListener(emitter, registered[i], registered[i + 1]);
      }
      registered.length = 0;
      finished = true;
      // Node forgets the pause without resuming the emitter.
      paused = false;
      const done = iterResult(undefined, true);
      while (!unconsumedPromises.isEmpty()) unconsumedPromises.shift().resolve(done);
      return ReflectApply(promiseResolve, PromiseCtor, [done]);
    }
  }

  // ---- EventEmitterAsyncResource ----------------------------------------------------------

  // kiln has no async_hooks yet. Until it does, the resource is a stand-in
  // with AsyncResource's API: ids from a counter, triggerAsyncId 1 (the top
  // level's execution id) unless given, and runInAsyncScope() a plain call.
  // No hooks fire and executionAsyncId() does not change inside it.
  let asyncIdCounter = 1;

  function getAsyncResourceClass() {
    if (require('internal/modules/builtins').canBeRequiredByUsers('async_hooks')) {
      return require('async_hooks').AsyncResource;
    }
    const { validateString, validateFunction } = lazyValidators();
    return class AsyncResource {
      #asyncId;
      #triggerAsyncId;

      constructor(type, opts = kEmptyObject) {
        validateString(type, 'type');
        let triggerAsyncId = opts;
        if (typeof opts !== 'number') {
          triggerAsyncId = opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
        }
        if (!NumberIsSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
          throw new (lazyErrors().codes.ERR_INVALID_ASYNC_ID)('triggerAsyncId', triggerAsyncId);
        }
        this.#asyncId = ++asyncIdCounter;
        this.#triggerAsyncId = triggerAsyncId;
      }

      runInAsyncScope(fn, thisArg, ...args) {
        return ReflectApply(fn, thisArg, args);
      }

      emitDestroy() {
        return this;
      }

      asyncId() {
        return this.#asyncId;
      }

      triggerAsyncId() {
        return this.#triggerAsyncId;
      }

      bind(fn, thisArg) {
        validateFunction(fn, 'fn');
        const resource = this;
        const bound = function(...args) {
          return ReflectApply(resource.runInAsyncScope, resource,
                              concatArgs([fn, thisArg === undefined ? this : thisArg], args));
        };
        ObjectDefineProperties(bound, {
          length: { __proto__: null, value: fn.length, configurable: true },
          asyncResource: { __proto__: null, value: this, configurable: true, enumerable: true, writable: true },
        });
        return bound;
      }

      static bind(fn, type, thisArg) {
        return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
      }
    };
  }

  function makeEventEmitterAsyncResource() {
    const AsyncResource = getAsyncResourceClass();
    const { validateString } = lazyValidators();
    const superEmit = EventEmitter.prototype.emit;

    class EventEmitterReferencingAsyncResource extends AsyncResource {
      #eventEmitter;

      constructor(ee, type, options) {
        super(type, options);
        this.#eventEmitter = ee;
      }

      get eventEmitter() {
        return this.#eventEmitter;
      }
    }

    return class EventEmitterAsyncResource extends EventEmitter {
      #asyncResource;

      // `options` is the resource's name, or { name, triggerAsyncId,
      // requireManualDestroy, captureRejections }; a subclass may leave the
      // name out and gets its class name.
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
          name = options?.name || new.target.name;
        }
        super(options);
        this.#asyncResource = new EventEmitterReferencingAsyncResource(this, name, options);
      }

      emit(event, ...args) {
        const resource = this.#asyncResource;
        return ReflectApply(resource.runInAsyncScope, resource, concatArgs([superEmit, this, event], args));
      }

      emitDestroy() {
        this.#asyncResource.emitDestroy();
      }

      get asyncId() {
        return this.#asyncResource.asyncId();
      }

      get triggerAsyncId() {
        return this.#asyncResource.triggerAsyncId();
      }

      get asyncResource() {
        return this.#asyncResource;
      }
    };
  }


  return {
    once,
    isEventTarget,
    addAbortListener,
    getEventListeners,
    getMaxListeners,
    listenerCount,
    on,
    makeEventEmitterAsyncResource,
  };
};
