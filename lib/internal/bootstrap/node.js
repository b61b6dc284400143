// The bootstrap proper, loaded by internal/bootstrap's full() on first need
// (module.exports is then its hooks, which C calls from then on):
// process, the builtin modules, nextTick, promise rejections and uncaught
// exceptions. Its top-level code must not read the globals
// internal/bootstrap defines as accessors (they would load this again).
{
  const ObjectDefineProperty = Object.defineProperty;
  const ReflectApply = Reflect.apply;

  // ---- builtin modules -----------------------------------------------------
  // Each builtin is compiled from its wrapped source, the wrapper on its
  // first line: (exports, require, module, process, internalBinding, natives).
  const builtinCache = new Map();
  let errorsInstalled = false;
  const errorNames = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
    'EvalError', 'URIError', 'AggregateError'];
  const intrinsics = natives.intrinsics;
  const process = {};
  const bindingCache = new Map();

  function internalBinding(name) {
    let b = bindingCache.get(name);
    if (b === undefined) {
      // cares_wrap is Node's shape made in JS over kiln's dns and cares.
      b = name === 'cares_wrap' ? requireBuiltin('internal/dns/cares_wrap') : natives.internalBinding(name);
      bindingCache.set(name, b);
    }
    return b;
  }

  function requireBuiltin(id) {
    const cached = builtinCache.get(id);
    if (cached !== undefined) return cached.exports;
    // Loading the stack machinery first installs it (see installErrors),
    // which loads it: that instance is the one.
    if (id === 'internal/error_stacks' && !errorsInstalled) {
      installErrors();
      return builtinCache.get(id).exports;
    }
    const mod = { exports: {}, id, loaded: false };
    const args = [mod.exports, requireBuiltin, mod, process, internalBinding, natives];
    builtinCache.set(id, mod);
    try {
      // A module stored as a program runs inside compileBuiltin (true).
      const fn = natives.compileBuiltin(id, args);
      if (fn === null) throw new Error(`No such built-in module: ${id}`);
      if (fn !== true) ReflectApply(fn, mod.exports, args);
    } catch (e) {
      builtinCache.delete(id);
      throw e;
    }
    mod.loaded = true;
    if (id === 'events' && !processIsEmitter) makeProcessEmitter(mod.exports);
    return mod.exports;
  }
  natives.requireBuiltin = requireBuiltin;
  // Whether a builtin has loaded (or is loading): a check that needs one
  // only if it has (an object can be a URL only once internal/url exists)
  // need not pay for loading it.
  natives.isBuiltinLoaded = (id) => builtinCache.has(id);
  // -e and stdin code, for error messages (internal/bootstrap's evalPlain
  // may have run before this existed).
  natives.evalSources = new Map(natives.firstEvalSource === undefined ? undefined : [natives.firstEvalSource]);
  natives.wrapperOffsets = new Map(); // file -> length of the wrapper on its line 1
  natives.columnMaps = new Map(); // file -> column map of a transpiled module (internal/stack)
  // Prototypes of platform objects structuredClone refuses (Headers, URL, ...).
  natives.uncloneable = new WeakSet();

  // ---- process ---------------------------------------------------------------
  // The object exists before any builtin runs (they receive it). As in Node
  // its prototype is a `process` object whose own prototype is
  // EventEmitter.prototype, but events.js (20 KB) is not loaded for it at
  // startup: until something loads events, that prototype carries stand-ins
  // for the EventEmitter methods that load it, then give way to the real
  // ones. Listeners added at boot go straight into process._events.
  const processBinding = internalBinding('process');
  const processProto = { process: function() {} }.process.prototype;
  Object.setPrototypeOf(process, processProto);
  ObjectDefineProperty(process, Symbol.toStringTag, {
    value: 'process', enumerable: false, writable: true, configurable: true,
  });
  process._events = { __proto__: null };
  process._eventsCount = 0;
  process._maxListeners = undefined;
  const emitterMethods = ['setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on',
    'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off',
    'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames'];
  for (const name of emitterMethods) {
    const standIn = { [name](...args) {
      const proto = requireBuiltin('events').prototype; // makes process an emitter
      return ReflectApply(proto[name], this, args);
    } }[name];
    ObjectDefineProperty(processProto, name, { value: standIn, writable: true, configurable: true, enumerable: false });
  }
  let processIsEmitter = false;
  function makeProcessEmitter(EventEmitter) {
    processIsEmitter = true;
    for (const name of emitterMethods) delete processProto[name];
    Object.setPrototypeOf(processProto, EventEmitter.prototype);
    const events = process._events;
    const count = process._eventsCount;
    process._events = undefined;
    EventEmitter.init.call(process);
    process._events = events;
    process._eventsCount = count;
    // Signals: a listener for 'SIGINT' (or any signal's name) starts a
    // watcher for it, unref'd as in Node; the last one removed stops it.
    // The listeners get (name, number).
    process.on('newListener', function startListeningIfSignal(type) {
      if (!isSignal(type) || signalWraps.has(type)) return;
      const wrap = internalBinding('signal_wrap').create();
      wrap.unref();
      wrap.onsignal = (signum) => process.emit(type, type, signum);
      const err = wrap.start(processBinding.signals[type]);
      if (err) {
        wrap.close();
        const { errnoException } = requireBuiltin('internal/net/errors');
        throw errnoException(err, 'uv_signal_start');
      }
      signalWraps.set(type, wrap);
    });
    process.on('removeListener', function stopListeningIfSignal(type) {
      const wrap = signalWraps.get(type);
      if (wrap !== undefined && process.listenerCount(type) === 0) {
        wrap.close();
        signalWraps.delete(type);
      }
    });
  }
  const signalWraps = new Map();
  function isSignal(type) {
    return typeof type === 'string' && type.startsWith('SIG') &&
      Object.prototype.hasOwnProperty.call(processBinding.signals, type);
  }
  // Whether process has listeners for `name`, without loading events.js.
  function processListens(name) {
    if (processIsEmitter) return process.listenerCount(name) > 0;
    const events = process._events;
    return events !== null && typeof events === 'object' && events[name] !== undefined;
  }
  natives.processListens = processListens;

  // ---- nextTick ---------------------------------------------------------------
  // tickInfo[0] is set while the queue holds callbacks; C reads it directly
  // to know whether to call runTicks again after the engine drained the
  // promise jobs.
  const tickInfo = natives.tickInfo;
  // The queue is a ring of (callback, args) slot pairs that doubles when
  // full, so a callback that queues the next one (a common chain) reuses
  // the same slots instead of growing an array until the queue empties.
  let tickRing = new Array(512);
  let tickMask = 511;
  let tickHead = 0;
  let tickTail = 0;

  function nextTick(callback) {
    if (typeof callback !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = requireBuiltin('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    if (process._exiting) return;
    let args;
    const count = arguments.length;
    if (count > 1) {
      args = new Array(count - 1);
      for (let i = 1; i < count; i++) args[i - 1] = arguments[i];
    }
    tickRing[tickTail] = callback;
    tickRing[tickTail + 1] = args;
    tickTail = (tickTail + 2) & tickMask;
    if (tickTail === tickHead) growTicks();
    tickInfo[0] = 1;
  }
  process.nextTick = nextTick;

  // Called when the ring just filled up: the same order in twice the room.
  function growTicks() {
    const size = tickMask + 1;
    const ring = new Array(size * 2);
    for (let i = 0; i < size; i++) ring[i] = tickRing[(tickHead + i) & tickMask];
    tickRing = ring;
    tickMask = size * 2 - 1;
    tickHead = 0;
    tickTail = size;
  }

  // With --use-env-proxy or NODE_USE_ENV_PROXY=1, a proxy URL that is no
  // URL fails before the program runs, as in Node (whose fetch parses them
  // at start).
  function checkEnvProxy() {
    const env = process.env;
    if (env.NODE_USE_ENV_PROXY !== '1' && !natives.execArgv.includes('--use-env-proxy')) return;
    if (!requireBuiltin('internal/http').useEnvProxy()) return;
    for (const url of [env.http_proxy || env.HTTP_PROXY, env.https_proxy || env.HTTPS_PROXY]) {
      if (url) new URL(url); // eslint-disable-line no-new
    }
  }

  // The engine's promise jobs, drained from here (inside JS) at the end of
  // each hook rather than by C after it returns: from C each job would be an
  // entry into the engine of its own (src/engine_fast.c). natives gets
  // drainMicrotasks once the engine's fast paths are calibrated (the first
  // binding that uses them); until then, and without them, C drains.
  function afterHook() {
    if (tickInfo[0]) runTicks();
    else if (natives.drainMicrotasks !== undefined) natives.drainMicrotasks();
  }

  function runTicks() {
    while (tickHead !== tickTail) {
      const callback = tickRing[tickHead];
      const args = tickRing[tickHead + 1];
      tickRing[tickHead] = undefined;
      tickRing[tickHead + 1] = undefined;
      tickHead = (tickHead + 2) & tickMask;
      try {
        if (args === undefined) callback();
        else ReflectApply(callback, undefined, args);
      } catch (err) {
        uncaught(err);
      }
    }
    tickInfo[0] = 0;
    if (natives.drainMicrotasks !== undefined) natives.drainMicrotasks();
  }

  // ---- promise rejections ---------------------------------------------------------
  // The engine calls onUnhandledRejection for a rejected promise that has no
  // handler once the promise jobs have drained; whether it is still
  // unhandled is decided in processRejections, after the nextTick queue.
  let pendingRejections = [];
  function onUnhandledRejection(promise, reason) {
    pendingRejections.push(promise, reason);
    tickInfo[1] = 1;
  }
  let rejections;
  function processRejections() {
    tickInfo[1] = 0;
    const list = pendingRejections;
    pendingRejections = [];
    if (rejections === undefined) rejections = requireBuiltin('internal/process/promises');
    try {
      rejections.process(list, tickInfo);
    } catch (err) {
      uncaught(err);
    }
    afterHook();
  }

  // ---- uncaught exceptions ------------------------------------------------------
  function uncaught(err) {
    try {
      requireBuiltin('internal/stack').hideEngineProperties(err);
      requireBuiltin('internal/process/execution').handleUncaught(err);
    } catch (reportErr) {
      reportFailure(err, reportErr);
    }
  }

  // The report of an uncaught exception itself failed (user code may have
  // broken the builtins it uses): say so as plainly as possible and exit
  // with 7, Node's code for a failing exception handler. Nothing here may
  // throw, and nothing may reach the engine's abort.
  function reportFailure(err, reportErr) {
    const show = (v) => {
      try {
        return `${v}`;
      } catch {
        return '<value that cannot be shown>';
      }
    };
    try {
      internalBinding('fs').writeAll(2, `Uncaught ${show(err)}\n(reporting it failed: ${show(reportErr)})\n`);
    } catch {
      // stderr is gone.
    }
    natives.reallyExit(7);
  }

  function emitExit() {
    const code = exitCodeNow();
    if (!process._exiting) {
      process._exiting = true;
      try {
        if (processListens('exit')) process.emit('exit', code);
      } catch (err) {
        uncaught(err);
      }
    }
    return exitCodeNow();
  }

  function exitCodeNow() {
    const c = process.exitCode;
    return c === undefined || c === null ? 0 : (c | 0);
  }

  // ---- globals ------------------------------------------------------------------
  // The Error constructors are wrapped for Node-style stacks on first use of
  // any of them, not at startup: until then each global is an accessor
  // (internal/bootstrap) whose first use puts the intrinsics back and
  // installs the wrappers. Errors the engine raises before that keep V8's
  // frame limit.
  function installErrors() {
    if (errorsInstalled) return;
    errorsInstalled = true;
    for (let i = 0; i < errorNames.length; i++) {
      ObjectDefineProperty(globalThis, errorNames[i], {
        value: intrinsics[errorNames[i]], writable: true, configurable: true, enumerable: false,
      });
    }
    requireBuiltin('internal/error_stacks').installErrorStacks(globalThis);
  }
  let globals;
  const lazyGlobals = () => (globals ??= requireBuiltin('internal/globals'));
  // ---- the hooks C calls -------------------------------------------------------------
  // (and what internal/bootstrap's accessors and -e code ask for)
  const hooks = {
    uncaught,
    requireBuiltin,
    // The value of global `name` on its first read, in its place from then on.
    globalValue(name) {
      if (name === 'process') {
        ObjectDefineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });
        return process;
      }
      if (errorNames.includes(name)) {
        installErrors();
        return globalThis[name];
      }
      return lazyGlobals().globalValue(name);
    },
    setGlobal(name, value) {
      if (errorNames.includes(name)) installErrors();
      lazyGlobals().setGlobal(name, value);
    },
    fetch(input, init) {
      return lazyGlobals().fetch(input, init);
    },
    // module, exports and require of -e code (internal/bootstrap's evalPlain).
    evalGlobal(key, name) {
      return requireBuiltin('internal/modules/run_main').evalGlobal(key, name);
    },
    runTicks,
    onUnhandledRejection,
    processRejections,
    // Every event-loop callback: then the nextTick queue and the promise
    // jobs, inside this same call (Node's order).
    callback(fn, self, ...args) {
      let result;
      try {
        result = ReflectApply(fn, self, args);
      } catch (err) {
        uncaught(err);
      }
      afterHook();
      if (rejections !== undefined && rejections.hasReported()) tickInfo[1] = 1;
      return result;
    },
    runMain(path) {
      try {
        checkEnvProxy();
        requireBuiltin('internal/modules/run_main').runMain(path);
      } catch (err) {
        uncaught(err);
      }
      afterHook();
    },
    evalString(source, name, print) {
      try {
        checkEnvProxy();
        requireBuiltin('internal/modules/run_main').evalString(source, name, print);
      } catch (err) {
        uncaught(err);
      }
      afterHook();
    },
    runTests() {
      try {
        const { runTests } = requireBuiltin('internal/test_runner/runner');
        runTests(process.argv.slice(1)).catch(uncaught);
      } catch (err) {
        uncaught(err);
      }
      afterHook();
    },
    checkFile(path, source) {
      try {
        requireBuiltin('internal/modules/run_main').checkSyntax(path, source);
      } catch (err) {
        uncaught(err);
      }
    },
    beforeExit() {
      if (process._exiting) return;
      try {
        if (processListens('beforeExit')) process.emit('beforeExit', exitCodeNow());
      } catch (err) {
        uncaught(err);
      }
      afterHook();
    },
    emitExit,
    exitCode: exitCodeNow,
  };
  module.exports = hooks;
  // From here on, internal/bootstrap's accessors and hooks use these: the
  // rest of the setup may read globals (an option's error, say).
  natives.bootstrapped(hooks);

  requireBuiltin('internal/process/setup').setup(process, natives, processBinding);
  if (natives.stackTraceLimit !== 10) { // --stack-trace-limit
    intrinsics.Error.stackTraceLimit = natives.stackTraceLimit;
    // (The setup may have used errors already.)
    if (errorsInstalled) globalThis.Error.stackTraceLimit = natives.stackTraceLimit;
  }
  // A child made by fork(): its IPC channel to the parent.
  if (processBinding.env.NODE_CHANNEL_FD !== undefined) {
    requireBuiltin('internal/child_process/channel').setupFromEnv();
  }
  // --expose-gc: gc() runs a full collection now; gc({ execution: 'async' })
  // returns a promise settled after one. Other options are accepted and
  // make no difference, as in V8.
  if (natives.execArgv.includes('--expose-gc') || natives.execArgv.includes('--expose_gc')) {
    const gc = function gc() {
      const options = arguments[0];
      if (options !== null && typeof options === 'object' && options.execution === 'async') {
        return new Promise((resolve) => {
          requireBuiltin('internal/timers').setImmediate(() => {
            natives.gc();
            resolve();
          });
        });
      }
      natives.gc();
      return undefined;
    };
    ObjectDefineProperty(globalThis, 'gc', { value: gc, writable: true, enumerable: true, configurable: false });
  }

}
