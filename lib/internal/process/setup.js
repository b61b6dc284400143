'use strict';
// The properties of `process` that exist from the start. Every start
// compiles this file, and the engine's parser costs about as much per byte
// as everything else here: a method that is not called at startup is a
// one-line call into internal/process/methods, loaded on first use, and
// costly values are getters that build them on first read.

const kNodeVersion = '24.13.2';

let methodsModule;
const methods = () => (methodsModule ??= require('internal/process/methods'));

function lazy(obj, name, make) {
  Object.defineProperty(obj, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      // (No prototype: by now a program may have put `get` on Object.prototype.)
      Object.defineProperty(obj, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}

// The one method of an object literal: a function with no prototype that
// `new` refuses, as Node's methods implemented in C++ are.
function nativeMethod(holder) {
  for (const key in holder) return holder[key];
}

function setup(process, natives, binding) {
  process.version = `v${kNodeVersion}`;
  process.versions = {
    node: kNodeVersion,
    kiln: natives.kilnVersion,
    uv: natives.uvVersion,
    modules: '137',
  };
  // OpenSSL's version, read from the crypto binding on first use (test/common
  // decides from it whether crypto exists)
  Object.defineProperty(process.versions, 'openssl', {
    enumerable: true, configurable: true,
    get() {
      const value = internalBinding('crypto').opensslVersion;
      Object.defineProperty(this, 'openssl', { __proto__: null, value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = { name: 'node', lts: 'Krypton' };
  process.execPath = natives.execPath;
  process.argv0 = natives.argv0;
  process.execArgv = natives.execArgv;
  // argv[0] is the executable, absolute; argv[1] the script, absolute,
  // resolved when the main module runs.
  const argv = natives.argv;
  argv[0] = natives.execPath;
  process.argv = argv;
  process.env = makeEnv(binding.env);
  // NODE_OPTIONS count as options given before the command line's, but are
  // not in process.execArgv (as in Node): lib/ reads natives.execArgv.
  const nodeOptions = process.env.NODE_OPTIONS;
  if (nodeOptions) {
    const extra = methods().parseNodeOptions(nodeOptions, natives.argv0);
    if (extra.length > 0) natives.execArgv = [...extra, ...process.execArgv];
  }
  let envFile = false;
  let requireModule = true;
  let title;
  let reportFlags = false;
  let traceSigint = false;
  let secureHeap = 0;
  let secureHeapMin = 2;
  natives.stackTraceLimit = 10; // V8's default
  for (let i = 0; i < natives.execArgv.length; i++) {
    const a = natives.execArgv[i];
    if (a.startsWith('--env-file')) envFile = true;
    // Set by their flags only, as in Node (absent otherwise).
    else if (a === '--no-deprecation') process.noDeprecation = true;
    else if (a === '--throw-deprecation') process.throwDeprecation = true;
    else if (a === '--trace-deprecation') process.traceDeprecation = true;
    else if (a === '--no-experimental-require-module' || a === '--no-require-module') requireModule = false;
    else if (a.startsWith('--title')) title = a[7] === '=' ? a.slice(8) : natives.execArgv[i + 1];
    else if (a.startsWith('--report-')) reportFlags = true;
    else if (a === '--trace-sigint') traceSigint = true;
    else if (a.startsWith('--secure-heap')) {
      // (main.c checked them: powers of two.) A value that is not a number
      // counts as 0, as in Node.
      const min = a.startsWith('--secure-heap-min');
      const at = min ? 17 : 13;
      const v = a[at] === '=' ? a.slice(at + 1) : natives.execArgv[i + 1];
      const n = Number.parseInt(v, 10);
      if (min) secureHeapMin = Number.isFinite(n) ? n : 0;
      else secureHeap = Number.isFinite(n) ? n : 0;
    }
    else if (a.startsWith('--stack-trace-limit')) {
      const v = a[19] === '=' ? a.slice(20) : natives.execArgv[i + 1];
      if (v && Number.isFinite(+v)) natives.stackTraceLimit = +v;
    }
  }
  if (envFile) methods().applyEnvFileOptions(natives);
  // OpenSSL's secure heap is made at start, as in Node (which warns then
  // when OpenSSL refuses it).
  if (secureHeap >= 2) secureHeapMin = Math.min(secureHeap, Math.max(2, secureHeapMin));
  if (secureHeap > 0 || secureHeapMin !== 2) internalBinding('crypto').secureHeapInit(secureHeap, secureHeapMin);
  process.pid = binding.pid;
  process.ppid = binding.ppid;
  process.features = {
    inspector: false,
    debug: false,
    uv: true,
    ipv6: true,
    tls_alpn: false,
    tls_sni: false,
    tls_ocsp: false,
    tls: false,
    openssl_is_boringssl: false,
    cached_builtins: true,
    require_module: requireModule,
    typescript: false,
  };
  lazy(process, 'config', () => methods().config());
  lazy(process, 'report', () => require('internal/process/report').report);
  process._exiting = false;

  // The working directory changes only through chdir, so it is cached as
  // in Node: path.resolve() asks for it on every relative path.
  let cachedCwd = '';
  process.cwd = function cwd() {
    if (cachedCwd === '') cachedCwd = binding.cwd();
    return cachedCwd;
  };
  process.chdir = function chdir(directory) {
    methods().chdir(directory);
    cachedCwd = '';
  };
  process.hrtime = function hrtime(time) {
    if (time !== undefined) return methods().hrtimeSince(time);
    const ns = binding.hrtime();
    const sec = Math.floor(ns / 1e9);
    return [sec, ns - sec * 1e9];
  };
  process.hrtime.bigint = function bigint() {
    return BigInt(binding.hrtime());
  };

  // process.exitCode accepts integers and strings of integers, as in Node.
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        if (typeof code !== 'number' || !Number.isInteger(code)) methods().validateExitCode(code);
        code = +code; // '7' is stored as 7, as in Node
      }
      exitCode = code;
    },
  });
  process.exit = function exit(code) { methods().exit(process, natives, code); };
  process.reallyExit = natives.reallyExit;
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    require('internal/process/warning').emitWarning(warning, type, code, ctor);
  };
  // Node's own 'warning' listener, put in place without loading events.js
  // (see internal/bootstrap).
  process._events.warning = function onWarning(warning) {
    require('internal/process/warning').onWarning(warning);
  };
  process._eventsCount++;

  process.memoryUsage = function memoryUsage() { return methods().memoryUsage(); };
  process.memoryUsage.rss = function rss() { return binding.rss(); };
  process.cpuUsage = function cpuUsage(prevValue) { return methods().cpuUsage(prevValue); };
  process.threadCpuUsage = function threadCpuUsage(prevValue) { return methods().threadCpuUsage(prevValue); };
  process.resourceUsage = function resourceUsage() { return methods().resourceUsage(); };
  process.umask = function umask(mask) { return methods().umask(mask); };
  process.kill = function kill(pid, sig) { return methods().kill(pid, sig); };
  process._kill = nativeMethod({ _kill(pid, sig) { return methods().rawKill(pid, sig); } });
  process.abort = nativeMethod({ abort() { binding.abort(); } });
  process.execve = function execve(execPath, args = [], env = undefined) { methods().execve(execPath, args, env); };
  process.dlopen = nativeMethod({ dlopen() { methods().dlopen(arguments); } });
  process.uptime = nativeMethod({ uptime() { return (binding.hrtime() - binding.startTime) / 1e9; } });
  process.constrainedMemory = nativeMethod({ constrainedMemory() { return binding.constrainedMemory(); } });
  process.availableMemory = nativeMethod({ availableMemory() { return binding.availableMemory(); } });
  process.getuid = nativeMethod({ getuid() { return binding.getIds()[0]; } });
  process.geteuid = nativeMethod({ geteuid() { return binding.getIds()[1]; } });
  process.getgid = nativeMethod({ getgid() { return binding.getIds()[2]; } });
  process.getegid = nativeMethod({ getegid() { return binding.getIds()[3]; } });
  process.getgroups = nativeMethod({ getgroups() { return binding.getGroups(); } });
  process.setuid = function setuid(id) { methods().setId(0, id, 'id'); };
  process.seteuid = function seteuid(id) { methods().setId(1, id, 'id'); };
  process.setgid = function setgid(id) { methods().setId(2, id, 'id'); };
  process.setegid = function setegid(id) { methods().setId(3, id, 'id'); };
  process.setgroups = function setgroups(groups) { methods().setgroups(groups); };
  process.initgroups = function initgroups(user, extraGroup) { methods().initgroups(user, extraGroup); };
  process._fatalException = function(er, fromPromise) {
    return require('internal/process/execution').fatalException(er, fromPromise);
  };
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    require('internal/process/execution').setCaptureCallback(fn);
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return require('internal/process/execution').hasCaptureCallback();
  };
  process.setSourceMapsEnabled = function setSourceMapsEnabled(val) { methods().setSourceMapsEnabled(val); };
  Object.defineProperty(process, 'sourceMapsEnabled', {
    enumerable: true,
    configurable: true,
    get() { return require('internal/source_map/support').state.enabled; },
  });
  lazy(process, 'allowedNodeEnvironmentFlags', () => methods().allowedNodeEnvironmentFlags());
  process._getActiveRequests = nativeMethod({ _getActiveRequests() { return methods()._getActiveRequests(); } });
  process._getActiveHandles = nativeMethod({ _getActiveHandles() { return methods()._getActiveHandles(); } });
  process.getActiveResourcesInfo = nativeMethod({ getActiveResourcesInfo() { return methods().getActiveResourcesInfo(); } });
  process.getBuiltinModule = function getBuiltinModule(id) { return methods().getBuiltinModule(id); };
  process.loadEnvFile = function loadEnvFile(path = undefined) { methods().loadEnvFile(path); };
  process.ref = function ref(maybeRefable) { methods().ref(maybeRefable, true); };
  process.unref = function unref(maybeRefable) { methods().ref(maybeRefable, false); };
  process._rawDebug = function _rawDebug() { methods().rawDebug(arguments); };
  Object.defineProperty(process, 'title', {
    enumerable: true,
    configurable: true,
    get() {
      try {
        return binding.getTitle();
      } catch {
        return 'kiln'; // an embedder's process, whose argv libuv does not own
      }
    },
    set(title) { binding.setTitle(`${title}`); },
  });
  if (title !== undefined) binding.setTitle(title); // --title
  if (reportFlags) require('internal/process/report').applyFlags(natives.execArgv);
  if (traceSigint) require('internal/util/trace_sigint').setTraceSigInt(true);

  lazy(process, 'stdin', () => require('internal/process/stdio').makeReader());
  // The old way to start reading stdin.
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
  lazy(process, 'stdout', () => require('internal/process/stdio').makeWriter(1));
  lazy(process, 'stderr', () => require('internal/process/stdio').makeWriter(2));
  // Whether process.stdout (fd 1) or stderr (2) is still the untouched lazy
  // property: the global console then writes plain strings straight to the
  // fd, without making the stream (its machinery costs a few ms to load).
  const stdioGetters = [undefined,
    Object.getOwnPropertyDescriptor(process, 'stdout').get,
    Object.getOwnPropertyDescriptor(process, 'stderr').get];
  natives.stdioUntouched = function stdioUntouched(fd) {
    const d = Object.getOwnPropertyDescriptor(process, fd === 1 ? 'stdout' : 'stderr');
    return d !== undefined && d.get === stdioGetters[fd];
  };
}

// process.env: the live C environment (binding.env, whose reads and
// writes go to getenv/setenv), behind a Proxy that applies Node's rules
// that a host object cannot: values are stored as strings, symbols are
// refused, and defineProperty takes only plain data descriptors.
function makeEnv(target) {
  const toValue = (value) => {
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${value}`;
  };
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      t[key] = toValue(value);
      return true;
    },
    defineProperty(t, key, desc) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      methods().checkEnvDescriptor(desc);
      t[key] = toValue(desc.value);
      return true;
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'symbol') return undefined;
      // Variables are strings; anything else read through t is inherited
      // (process.env.hasOwnProperty is Object.prototype's until set).
      const value = t[key];
      if (typeof value !== 'string') return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
  });
}

module.exports = { setup };
