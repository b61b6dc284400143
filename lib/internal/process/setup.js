'use strict';
// The properties of `process` that exist from the start. Costly ones are
// getters that build their value on first read.

const kNodeVersion = '24.13.2';

function lazy(obj, name, make) {
  Object.defineProperty(obj, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

function validateExitCode(code) {
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  const { validateInteger } = require('internal/validators');
  validateInteger(code, 'code');
}

// process.env: the live C environment (binding.env, whose reads and
// writes go to getenv/setenv), behind a Proxy that applies Node's rules
// that a host object cannot: values are stored as strings, symbols are
// refused, and defineProperty takes only plain data descriptors.
function makeEnv(target) {
  const defineError = (reason) => {
    const { ERR_INVALID_OBJECT_DEFINE_PROPERTY } = require('internal/errors').codes;
    return new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', reason);
  };
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
      if ('get' in desc || 'set' in desc) {
        throw defineError('does not accept an accessor(getter/setter) descriptor');
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw defineError('only accepts a configurable, writable, and enumerable data descriptor');
      }
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
      Object.defineProperty(this, 'openssl', { value, enumerable: true, writable: true, configurable: true });
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
    cached_builtins: true,
    require_module: false,
    typescript: false,
  };
  // The build facts packages read (node-gyp, prebuild tools): kiln's own,
  // frozen as in Node. No napi_build_version: kiln has no N-API.
  lazy(process, 'config', () => Object.freeze({
    target_defaults: Object.freeze({}),
    variables: Object.freeze({
      host_arch: 'x64',
      target_arch: 'x64',
      node_module_version: 137,
      node_shared: false,
      node_shared_libuv: true,
      node_shared_openssl: true,
      node_shared_zlib: true,
      node_shared_brotli: true,
    }),
  }));
  process._exiting = false;

  // The working directory changes only through chdir, so it is cached as
  // in Node: path.resolve() asks for it on every relative path.
  let cachedCwd = '';
  process.cwd = function cwd() {
    if (cachedCwd === '') cachedCwd = binding.cwd();
    return cachedCwd;
  };
  process.chdir = function chdir(directory) {
    require('internal/validators').validateString(directory, 'directory');
    cachedCwd = '';
    binding.chdir(directory);
  };
  process.hrtime = function hrtime(prev) {
    const ns = binding.hrtime();
    let sec = Math.floor(ns / 1e9);
    let nsec = ns - sec * 1e9;
    if (prev !== undefined) {
      if (!Array.isArray(prev)) {
        const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
        throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
      }
      if (prev.length !== 2) {
        const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
        throw new ERR_OUT_OF_RANGE('time', 2, prev.length);
      }
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) {
        sec--;
        nsec += 1e9;
      }
    }
    return [sec, nsec];
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
        validateExitCode(code);
        code = +code; // '7' is stored as 7, as in Node
      }
      exitCode = code;
    },
  });

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      const code = process.exitCode === undefined || process.exitCode === null ? 0 : process.exitCode | 0;
      if (natives.processListens('exit')) process.emit('exit', code);
    }
    const final = process.exitCode;
    // Through process.reallyExit, which a program may replace, as in Node.
    process.reallyExit(final === undefined || final === null ? 0 : final | 0);
  };
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

  const methods = () => require('internal/process/methods');
  process.memoryUsage = function memoryUsage() { return methods().memoryUsage(); };
  process.memoryUsage.rss = function rss() { return binding.rss(); };
  process.cpuUsage = function cpuUsage(prev) { return methods().cpuUsage(prev); };
  process.resourceUsage = function resourceUsage() { return methods().resourceUsage(); };
  process.umask = function umask(mask) { return methods().umask(mask); };
  process.kill = function kill(pid, sig) { return methods().kill(pid, sig); };
  process.abort = function abort() { binding.abort(); };
  process.dlopen = function dlopen(module, filename, flags) {
    if (arguments.length < 2) {
      const err = new TypeError('process.dlopen needs at least 2 arguments');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    const exports = module?.exports;
    if (exports === undefined || exports === null) throw new TypeError('Cannot convert undefined or null to object');
    filename = `${filename}`;
    const { ERR_DLOPEN_FAILED } = require('internal/errors').codes;
    const message = binding.dlopen(filename, flags === undefined ? 1 /* RTLD_LAZY */ : flags | 0);
    // Loaded or not, nothing registers: kiln has no native addon API yet.
    throw new ERR_DLOPEN_FAILED(message ?? `Module did not self-register: '${filename}'.`);
  };
  process.uptime = function uptime() { return (binding.hrtime() - binding.startTime) / 1e9; };
  process.constrainedMemory = function constrainedMemory() { return binding.constrainedMemory(); };
  process.availableMemory = function availableMemory() { return binding.availableMemory(); };
  process.getuid = function getuid() { return binding.getIds()[0]; };
  process.geteuid = function geteuid() { return binding.getIds()[1]; };
  process.getgid = function getgid() { return binding.getIds()[2]; };
  process.getegid = function getegid() { return binding.getIds()[3]; };
  process.getgroups = function getgroups() { return binding.getGroups(); };
  process.setuid = function setuid(id) { methods().setId(0, id, 'id'); };
  process.seteuid = function seteuid(id) { methods().setId(1, id, 'id'); };
  process.setgid = function setgid(id) { methods().setId(2, id, 'id'); };
  process.setegid = function setegid(id) { methods().setId(3, id, 'id'); };
  process.setgroups = function setgroups(groups) { methods().setgroups(groups); };
  process.initgroups = function initgroups(user, extraGroup) { methods().initgroups(user, extraGroup); };
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    require('internal/process/execution').setCaptureCallback(fn);
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return require('internal/process/execution').hasCaptureCallback();
  };
  // Node's shorthand for module.setSourceMapsSupport(enabled) with
  // node_modules and generated code included (or excluded) alike.
  process.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
    require('internal/validators').validateBoolean(enabled, 'enabled');
    require('internal/source_map/support').setSourceMapsSupport(enabled, {
      nodeModules: enabled,
      generatedCode: enabled,
    });
  };
  Object.defineProperty(process, 'sourceMapsEnabled', {
    enumerable: true,
    configurable: true,
    get() { return require('internal/source_map/support').state.enabled; },
  });
  lazy(process, 'allowedNodeEnvironmentFlags', () => methods().allowedNodeEnvironmentFlags());
  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    return methods().getActiveResourcesInfo();
  };
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

module.exports = { setup };
