'use strict';
// The first JS that runs: a program whose `this` is `natives` (src/runtime.c)
// and whose completion value is the object of hooks C calls (callback,
// runTicks, evalString, runMain, beforeExit, emitExit, exitCode, ...).
//
// It is kept to what every start needs, because every byte of it is paid
// for by every start: Node's globals as accessors, and the hooks. The rest
// of the bootstrap (process, the builtin modules, nextTick, promise
// rejections, uncaught exceptions: internal/bootstrap/node) is loaded by
// full() on first need: the first read of a global Node adds, the first
// hook that needs it, or at once when the command line or the environment
// has options for it (natives.eager). `kiln -e CODE` whose code uses
// none of Node's globals runs without it.
{
  const natives = this;
  const g = globalThis;
  const defineProperty = Object.defineProperty;
  const ReflectApply = Reflect.apply;
  const tickInfo = natives.tickInfo; // (src/runtime.c says what it holds)
  // Explicit resource management's symbols, which Node provides where the
  // engine does not yet.
  if (typeof Symbol.dispose !== 'symbol') defineProperty(Symbol, 'dispose', { value: Symbol('Symbol.dispose') });
  if (typeof Symbol.asyncDispose !== 'symbol') {
    defineProperty(Symbol, 'asyncDispose', { value: Symbol('Symbol.asyncDispose') });
  }
  // Object.prototype.toString.call(globalThis) is '[object global]' in Node.
  defineProperty(g, Symbol.toStringTag, { value: 'global', enumerable: false, writable: false, configurable: true });
  Error.stackTraceLimit = 10; // V8's default

  let node; // internal/bootstrap/node's hooks, once loaded
  let loading = false;
  const intrinsics = { __proto__: null }; // the engine's globals the accessors below replace
  natives.intrinsics = intrinsics;
  // The collection methods the lazily loaded util.types and util.inspect
  // make iterators with, as they are before any program runs (a program
  // may replace Map.prototype.keys before those load).
  natives.collectionMethods = {
    __proto__: null,
    mapKeys: Map.prototype.keys,
    mapValues: Map.prototype.values,
    mapEntries: Map.prototype.entries,
    setValues: Set.prototype.values,
    setEntries: Set.prototype.entries,
  };
  function full() {
    if (node !== undefined) return node;
    // The bootstrap's own top-level code must not read the globals it
    // defines: that would load it twice.
    if (loading) throw new intrinsics.Error('internal/bootstrap/node read a lazy global while loading');
    loading = true;
    natives.compileBuiltin('internal/bootstrap/node', [{}, undefined, {}, undefined, undefined, natives]);
    return node;
  }
  // Called by internal/bootstrap/node once its hooks exist, before the rest
  // of its setup (which may read globals).
  natives.bootstrapped = (hooks) => {
    node = hooks;
    natives.setHooks(hooks); // C calls them from now on
  };

  // ---- globals -----------------------------------------------------------------
  // Node's globals, each an accessor until first read, when
  // internal/globals makes it (loading its module) and puts the value in its
  // place. A name ending in '*' is enumerable (Node's web-platform
  // functions); '^' enumerable with a getter only; '=' an enumerable value
  // (below); '!' the engine has one, which internal/globals wraps or puts
  // back. The enumerable ones come in Node's order, which Object.keys shows.
  // fetch's implementation loads on its first call.
  const fetch = function fetch(input, init = undefined) { return full().fetch(input, init); };
  let resolved; // made on first use: the promise machinery is RSS at start
  const queueMicrotask = function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = full().requireBuiltin('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    (resolved ??= Promise.resolve()).then(() => {
      try {
        callback();
      } catch (err) {
        full().uncaught(err);
      }
    });
  };
  const values = { global: g, queueMicrotask, fetch };
  const names = 'global= clearImmediate* setImmediate* clearInterval* clearTimeout* setInterval* setTimeout* ' +
    'queueMicrotask= structuredClone* atob* btoa* performance* fetch= crypto^ navigator^ ' +
    'process console WebAssembly! SuppressedError DisposableStack AsyncDisposableStack DOMException Event ' +
    'EventTarget CustomEvent MessageChannel MessagePort MessageEvent BroadcastChannel AbortController ' +
    'AbortSignal Buffer Blob File TextEncoder TextDecoder URL URLSearchParams URLPattern ReadableStream ' +
    'ReadableStreamDefaultReader ReadableStreamBYOBReader ReadableStreamBYOBRequest ' +
    'ReadableByteStreamController ReadableStreamDefaultController TransformStream ' +
    'TransformStreamDefaultController WritableStream WritableStreamDefaultWriter ' +
    'WritableStreamDefaultController ByteLengthQueuingStrategy CountQueuingStrategy TextEncoderStream ' +
    'TextDecoderStream CompressionStream DecompressionStream Headers Request Response FormData WebSocket ' +
    'CloseEvent Navigator ' +
    'Crypto CryptoKey SubtleCrypto Performance PerformanceEntry PerformanceMark PerformanceMeasure ' +
    'PerformanceObserver PerformanceObserverEntryList PerformanceResourceTiming Error! TypeError! ' +
    'RangeError! SyntaxError! ReferenceError! EvalError! URIError! AggregateError!';
  // One loop, not a helper called per global: a function called some
  // eighty times at boot would be compiled by the JIT, which costs more
  // than the rest of this file.
  // (--no-experimental-websocket: no WebSocket or CloseEvent, as in Node.)
  const noWebSocket = natives.execArgv.includes('--no-experimental-websocket');
  for (let i = 0, j = 0; i < names.length; i = j + 1) {
    j = names.indexOf(' ', i);
    if (j < 0) j = names.length;
    let name = names.slice(i, j);
    if (noWebSocket && (name === 'WebSocket' || name === 'CloseEvent')) continue;
    const flag = name[name.length - 1];
    if (flag === '*' || flag === '^' || flag === '!' || flag === '=') name = name.slice(0, -1);
    if (flag === '=') {
      // (The engine's own queueMicrotask, if it has one, stays.)
      if (name !== 'queueMicrotask' || typeof g.queueMicrotask !== 'function') {
        defineProperty(g, name, { value: values[name], writable: true, configurable: true, enumerable: true });
      }
      continue;
    }
    if (flag === '!') intrinsics[name] = g[name];
    const enumerable = flag === '*' || flag === '^';
    const get = function() { return full().globalValue(name); };
    // An enumerable one's getter is named "get <name>", as Node names the
    // accessors it lists in Object.keys. (No user code has run yet, so the
    // descriptors need no null prototype.)
    if (enumerable) defineProperty(get, 'name', { value: `get ${name}` });
    const set = flag === '^' ? undefined : function set(value) { full().setGlobal(name, value); };
    defineProperty(g, name, { configurable: true, enumerable, get, set });
  }

  // ---- code given on the command line ---------------------------------------------------
  // It runs as a script in the global scope, with require, module, exports,
  // __filename and __dirname as globals, and the builtin modules it names
  // (`kiln -p "os.cpus().length"`): not the node:-only ones, nor subpaths
  // (fs/promises) or the old _stream_* names. Only the names the code
  // contains get one (a name built at run time does not): an accessor per
  // builtin would cost every `kiln -e` more than the rest of it. Each is
  // made on first read. internal/modules/run_main runs the cases this
  // does not (a module, -p, preloaded modules) and calls this for scripts.
  function evalPlain(source, name) {
    // (Node's module globals are enumerable, the builtins' are not.)
    const lazy = (key, enumerable, make) => defineProperty(g, key, {
      __proto__: null, configurable: true, enumerable,
      get() {
        const value = make();
        defineProperty(g, key, { __proto__: null, value, writable: true, configurable: true, enumerable });
        return value;
      },
      set(value) {
        defineProperty(g, key, { __proto__: null, value, writable: true, configurable: true, enumerable });
      },
    });
    const ids = natives.builtinNamesIn(source);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id === 'test' || id === 'sea' || id === 'sqlite' || id in g) continue; // node:-only
      lazy(id, false, () => full().requireBuiltin(id));
    }
    defineProperty(g, '__filename', { value: name, writable: true, configurable: true, enumerable: true });
    lazy('module', true, () => full().evalGlobal('module', name));
    lazy('exports', true, () => full().evalGlobal('exports', name));
    defineProperty(g, '__dirname', { value: '.', writable: true, configurable: true, enumerable: true });
    lazy('require', true, () => full().evalGlobal('require', name));
    // For error messages; the first before the Map exists (the rest of the
    // bootstrap makes it).
    if (natives.evalSources !== undefined) natives.evalSources.set(name, source);
    else natives.firstEvalSource = [name, source];
    return natives.evalScript(source, name);
  }
  natives.evalPlain = evalPlain;

  // Whether code given on the command line may be a module or use what
  // the engine lacks (`using`): then internal/modules/esm/entry decides.
  // Plain string tests: a regular expression costs every `kiln -e` its
  // compilation.
  function mayNeedTranspiler(source) {
    return source.includes('import') || source.includes('export') || source.includes('await') ||
      source.includes('using');
  }
  natives.mayNeedTranspiler = mayNeedTranspiler;

  // ---- the hooks C calls -------------------------------------------------------------
  // Until full() has run, nothing can have queued a tick, listened for
  // 'exit' or set an exit code (all of them go through process).
  const hooks = {
    evalString(source, name, print) {
      if (node !== undefined || print || mayNeedTranspiler(source)) {
        full().evalString(source, name, print);
        return;
      }
      try {
        evalPlain(source, name);
      } catch (err) {
        full().uncaught(err);
      }
      if (tickInfo[0]) node.runTicks();
    },
    beforeExit() {
      if (node !== undefined) node.beforeExit();
    },
    emitExit() { return node === undefined ? 0 : node.emitExit(); },
    exitCode() { return node === undefined ? 0 : node.exitCode(); },
  };
  // The others load the bootstrap and call its own.
  const loads = 'callback runTicks onUnhandledRejection processRejections runMain runTests checkFile';
  for (let i = 0, j = 0; i < loads.length; i = j + 1) {
    j = loads.indexOf(' ', i);
    if (j < 0) j = loads.length;
    const name = loads.slice(i, j);
    hooks[name] = function() {
      const f = full();
      return ReflectApply(f[name], f, arguments);
    };
  }
  natives.eager ? full() : hooks;
}
